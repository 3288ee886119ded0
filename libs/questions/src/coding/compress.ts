// Model compression: post-training quantisation and magnitude pruning.
import { roundTo, type Prng, type Tensor } from '../prng';
import type { CodingQuestion } from '../types';
import { bySize, fixedDraw, makeGenerator, type Input, type Size } from './cases';
import { defineCoding } from './define';
import { bi, example } from './helpers';

function drawQuantize(rng: Prng, size: Size): Input {
  const shape = bySize(size, [6], [8, 16], [64, 128]);
  for (;;) {
    const shift = rng.pick([0, 0, 1.5, -0.5]);
    const drawn = {
      x: rng.tensor(shape, () => rng.normal(shift, rng.pick([0.5, 2]))),
      dtype: rng.pick(['qint8', 'quint8'] as const),
      scheme: rng.pick(['affine', 'symmetric'] as const),
    };
    const kept = offRoundingBoundaries(drawn);
    if (kept) return kept;
  }
}

/** How close (in steps of q) x/scale may come to a rounding boundary k + 1/2. float32 moves it
 * by about 255·2⁻²³ ≈ 3e-5 at most, so this margin leaves both precisions on the same side. */
const TIE_MARGIN = 1e-3;
const nearTie = (t: number) => Math.abs(Math.abs(t - Math.trunc(t)) - 0.5) < TIE_MARGIN;

/**
 * PyTorch quantises in float32, and where x/scale lies on a boundary k + 1/2 float32 and float64
 * round it to different integers (q is compared exactly): such a case would test floating-point
 * luck, not quantisation. So drawn values are kept off the boundaries: a value near one moves
 * 5% of a step toward 0 (min and max, hence scale and zero point, stay as drawn); a symmetric
 * draw whose largest magnitude is negative (it sits on −127.5, where clamping does not help as
 * it does at +127.5) is mirrored; an affine draw whose zero point min/scale is a tie is dropped.
 */
function offRoundingBoundaries(input: { x: Tensor; dtype: 'qint8' | 'quint8'; scheme: 'affine' | 'symmetric' }): Input | undefined {
  const map = (t: Tensor, f: (v: number) => number): Tensor => (Array.isArray(t) ? t.map((u) => map(u, f)) : f(t));
  const values: number[] = [];
  map(input.x, (v) => (values.push(v), v));
  let lo = Math.min(0, ...values);
  let hi = Math.max(0, ...values);
  let x = input.x;
  if (input.scheme === 'symmetric' && -lo > hi) {
    x = map(x, (v) => -v);
    [lo, hi] = [-hi, -lo];
  }
  const [qmin, qmax] = input.dtype === 'qint8' ? [-128, 127] : [0, 255];
  const scale = input.scheme === 'symmetric' ? Math.max(-lo, hi) / ((qmax - qmin) / 2) : (hi - lo) / (qmax - qmin);
  if (scale === 0) return input;
  if (input.scheme === 'affine' && nearTie(lo / scale)) return undefined;
  // The range's ends are exempt: q there is qmin/qmax whichever way x/scale rounds.
  const exempt = (v: number) => v === hi || (input.scheme === 'affine' && v === lo);
  x = map(x, (v) => (!exempt(v) && nearTie(v / scale) ? roundTo(v - Math.sign(v) * 0.05 * scale, 6) : v));
  return { ...input, x };
}

const quantize = defineCoding({
  algorithmId: 'compress.quantize',
  seeds: ['002#§2', '004#§10', '004#§13', '004#§14', '004#§28'],
  title: bi('8 位量化', '8-bit quantisation'),
  statement: bi(
    '按 PyTorch 的 MinMaxObserver（按张量，reduce_range=False）加 quantize_per_tensor 对 x 做 8 位量化。dtype 为 "qint8"（[−128, 127]）或 "quint8"（[0, 255]）；scheme "affine"：min、max 先扩展到包含 0，scale = (max − min)/(qmax − qmin)，zero_point = qmin − round(min/scale) 并截断到范围内；"symmetric"：scale = max(|min|, |max|)/((qmax − qmin)/2)，zero_point 对 qint8 为 0、对 quint8 为 128。scale 不小于 float32 的 eps。q = clamp(round(x/scale) + zero_point)（四舍五入到偶数）。PyTorch 以 float32 计算（x 先转为 float32，scale 为 float32，q 由 x·(1/scale) 取整）；测试用例中 x/scale 与取整边界 k + ½ 的距离至少为 0.001（在边界上 float32 与 float64 可能取整不同），因此用 float64 计算也得到相同的 q 和 zero_point。返回 q、scale、zero_point、dequantized = (q − zero_point)·scale 和 max_abs_error = max|x − dequantized|。',
    "Quantise x to 8 bits as PyTorch's MinMaxObserver (per tensor, reduce_range=False) followed by quantize_per_tensor. dtype is \"qint8\" ([−128, 127]) or \"quint8\" ([0, 255]); scheme \"affine\": extend min and max to include 0, scale = (max − min)/(qmax − qmin), zero_point = qmin − round(min/scale) clamped to the range; \"symmetric\": scale = max(|min|, |max|)/((qmax − qmin)/2), zero_point 0 for qint8 and 128 for quint8. scale is at least float32's eps. q = clamp(round(x/scale) + zero_point) (round half to even). PyTorch computes in float32 (x rounded to float32, a float32 scale, q rounded from x·(1/scale)); the cases keep every x/scale at least 0.001 away from a rounding boundary k + ½ (where float32 and float64 may round differently), so computing in float64 gives the same q and zero_point. Return q, scale, zero_point, dequantized = (q − zero_point)·scale and max_abs_error = max|x − dequantized|.",
  ),
  params: [{ name: 'x' }, { name: 'dtype' }, { name: 'scheme' }],
  outputs: ['q', 'scale', 'zero_point', 'dequantized', 'max_abs_error'],
  tolerance: { q: 'exact', zero_point: 'exact' },
  difficulty: 'MEDIUM',
  tags: ['compression', 'quantization'],
  related: ['code-numeric-float16'],
  solution: `
import numpy as np

def quantize(x, dtype, scheme):
    x = np.asarray(x, dtype=np.float32)
    qmin, qmax = (-128, 127) if dtype == "qint8" else (0, 255)
    lo, hi = min(float(x.min()), 0.0), max(float(x.max()), 0.0)     # the range always holds 0
    eps = float(np.finfo(np.float32).eps)
    if scheme == "symmetric":
        scale = max(max(-lo, hi) / ((qmax - qmin) / 2), eps)
        zero_point = 0 if dtype == "qint8" else 128
    else:
        scale = max((hi - lo) / (qmax - qmin), eps)
        zero_point = int(np.clip(qmin - round(lo / scale), qmin, qmax))
    scale = float(np.float32(scale))
    q = np.clip(np.rint(x / np.float32(scale)) + zero_point, qmin, qmax).astype(np.int64)
    deq = ((q - zero_point) * np.float32(scale)).astype(np.float32)
    return {"q": q, "scale": scale, "zero_point": zero_point, "dequantized": deq,
            "max_abs_error": float(np.abs(x - deq).max())}`,
  explanation: bi(
    '仿射量化用 scale 和 zero_point 把实数区间线性映射到整数区间，保证 0 能被精确表示（补零、ReLU 输出都依赖这一点）；对称量化令零点固定，计算更简单，但对偏斜分布浪费一半范围。量化误差最多约 scale/2（范围内）。',
    'Affine quantisation maps the real range linearly onto the integers with a scale and a zero point, chosen so that 0 is exactly representable (zero padding and ReLU outputs rely on it); symmetric quantisation fixes the zero point, which is simpler but wastes half the range on skewed data. The error within range is at most about scale/2.',
  ),
  generate: makeGenerator({
    samples: [example('compress.quantize'), fixedDraw(drawQuantize)],
    edge: {
      'all-zeros': { x: [0, 0, 0], dtype: 'qint8', scheme: 'affine' },
      'all-positive-symmetric': { x: [0.5, 1, 2], dtype: 'quint8', scheme: 'symmetric' },
      'all-negative-affine': { x: [-3, -2, -1], dtype: 'quint8', scheme: 'affine' },
      // −0.9, not −1: with max 1, x/scale = −127.5 rounds to −127 in float32 but −128 in float64
      matrix: { x: [[-0.9, 0.25], [0.75, 1]], dtype: 'qint8', scheme: 'symmetric' },
    },
    draw: drawQuantize,
  }),
});

function distinctMagnitudes(rng: Prng, count: number): number[] {
  // distinct |values| so that which entries are pruned never depends on a tie-break
  const magnitudes = rng.shuffle(Array.from({ length: count }, (_, i) => Number(((i + 1) * 0.0137).toFixed(4))));
  return magnitudes.map((m) => (rng.bool() ? -m : m));
}

function drawPrune(rng: Prng, size: Size): Input {
  const shapes = bySize(size, [[2, 3]], [[8, 8], [8]], [[64, 32], [32], [32, 10]]);
  const total = shapes.reduce((a, s) => a + s.reduce((x, y) => x * y, 1), 0);
  const values = distinctMagnitudes(rng, total);
  let at = 0;
  const tensors = shapes.map((s) => {
    const n = s.reduce((x, y) => x * y, 1);
    const flat = values.slice(at, (at += n));
    return s.length === 1 ? flat : Array.from({ length: s[0] }, (_, r) => flat.slice(r * s[1], (r + 1) * s[1]));
  });
  return { tensors, amount: rng.pick([0.2, 0.5, 0.75]), scope: rng.pick(['layer', 'global']) };
}

const prune = defineCoding({
  algorithmId: 'compress.prune',
  seeds: ['004#§14', '004#§22'],
  title: bi('按幅值剪枝（L1 非结构化）', 'Magnitude pruning (L1 unstructured)'),
  statement: bi(
    '实现 torch.nn.utils.prune 的 L1 非结构化剪枝。tensors 为张量列表，amount 为比例（0–1，剪掉 round(amount·n) 个，恰为 .5 时取偶数，与 Python 的 round 相同：round(4.5) = 4）或整数个数。scope 为 "layer" 时每个张量各自剪掉绝对值最小的那些（l1_unstructured）；为 "global" 时在所有张量一起排序后剪（global_unstructured）。返回 masks（保留为 1，剪掉为 0）和 pruned = tensor·mask。',
    'Implement L1 unstructured pruning as torch.nn.utils.prune does. tensors is a list of tensors; amount is a fraction (0–1, removing round(amount·n) entries, rounded half to even as Python\'s round does: round(4.5) = 4) or an integer count. With scope "layer" each tensor loses its own smallest-magnitude entries (l1_unstructured); with "global" all tensors are ranked together (global_unstructured). Return masks (1 kept, 0 pruned) and pruned = tensor·mask.',
  ),
  params: [{ name: 'tensors' }, { name: 'amount' }, { name: 'scope' }],
  outputs: ['masks', 'pruned'],
  tolerance: { masks: 'exact' },
  difficulty: 'MEDIUM',
  tags: ['compression', 'pruning'],
  solution: `
import numpy as np

def count_to_prune(amount, n):
    # PyTorch: a float is a fraction, rounded half to even; an int is a count
    return int(round(amount * n)) if isinstance(amount, float) else int(amount)

def prune_flat(values, k):
    mask = np.ones(len(values))
    if k > 0:
        mask[np.argsort(np.abs(values), kind="stable")[:k]] = 0
    return mask

def prune(tensors, amount, scope):
    ts = [np.asarray(t, dtype=np.float64) for t in tensors]
    if scope == "layer":
        masks = [prune_flat(t.ravel(), count_to_prune(amount, t.size)).reshape(t.shape) for t in ts]
    else:
        flat = np.concatenate([t.ravel() for t in ts])
        mask = prune_flat(flat, count_to_prune(amount, flat.size))
        masks, at = [], 0
        for t in ts:
            masks.append(mask[at:at + t.size].reshape(t.shape))
            at += t.size
    return {"masks": masks, "pruned": [t * m for t, m in zip(ts, masks)]}`,
  explanation: bi(
    '幅值剪枝假设绝对值小的权重对输出影响小。按层剪枝让每层稀疏度相同；全局剪枝让不同层的稀疏度自动不同（冗余层剪得更多），同等稀疏度下通常精度更好。非结构化稀疏需要专门的稀疏算子或硬件才能真正提速，剪枝后一般还要微调恢复精度。',
    'Magnitude pruning assumes small weights matter little. Layer-wise pruning gives every layer the same sparsity; global pruning lets sparsity differ (redundant layers lose more) and usually keeps more accuracy at equal sparsity. Unstructured sparsity only speeds things up with sparse kernels or hardware, and pruned models are usually fine-tuned afterwards.',
  ),
  generate: makeGenerator({
    samples: [example('compress.prune'), fixedDraw(drawPrune)],
    edge: {
      'amount-zero': { tensors: [[1, -2, 3]], amount: 0, scope: 'layer' },
      'nearly-all': { tensors: [[1, -2], [3]], amount: 0.99, scope: 'global' },
      'global-uneven-layers': { tensors: [[0.1, 0.2, 0.3], [5, 6, -7]], amount: 0.5, scope: 'global' },
      'integer-count': { tensors: [[[0.4, -0.1], [0.3, 0.2]]], amount: 3, scope: 'layer' },
    },
    draw: drawPrune,
  }),
});

export const compressionQuestions: CodingQuestion[] = [quantize, prune];
