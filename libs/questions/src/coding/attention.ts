// Attention: scaled dot-product and multi-head attention.
import type { Prng } from '../prng';
import type { CodingQuestion } from '../types';
import { bySize, fixedDraw, makeGenerator, type Input, type Size } from './cases';
import { defineCoding, opt } from './define';
import { bi, example } from './helpers';

function drawSdp(rng: Prng, size: Size): Input {
  const [batch, tq, tk, d, dv] = bySize(size, [[], 2, 3, 4, 2], [[2], 6, 8, 8, 8], [[2, 4], 32, 32, 32, 32]);
  const input: Input = {
    q: rng.normalTensor([...batch, tq, d]),
    k: rng.normalTensor([...batch, tk, d]),
    v: rng.normalTensor([...batch, tk, dv]),
  };
  if (rng.bool(0.4)) input.mask = rng.intTensor([tq, tk], 0, 1);
  else if (tq === tk || rng.bool(0.3)) input.causal = tq === tk;
  return input;
}

const scaledDotProduct = defineCoding({
  algorithmId: 'attention.scaled_dot_product',
  seeds: ['003#§4'],
  title: bi('缩放点积注意力', 'Scaled dot-product attention'),
  statement: bi(
    '实现 softmax(q·kᵀ/√d)·v。q 形状 [..][tq][d]，k [..][tk][d]，v [..][tk][dv]，前面的批维可有可无。可选 mask [tq][tk]（1 表示可以关注）；causal 为 true 时位置 i 只能关注 j ≤ i。没有任何可关注位置的行，其权重与输出均为 0。返回 output [..][tq][dv] 和 weights [..][tq][tk]。',
    'Compute softmax(q·kᵀ/√d)·v. q is [..][tq][d], k [..][tk][d], v [..][tk][dv], with optional leading batch axes. An optional mask [tq][tk] has 1 where attending is allowed; causal true lets position i attend only to j ≤ i. A row with nothing to attend gets zero weights and zero output. Return output [..][tq][dv] and weights [..][tq][tk].',
  ),
  params: [{ name: 'q' }, { name: 'k' }, { name: 'v' }, { name: 'mask', default: opt.none }, { name: 'causal', default: opt.false }],
  outputs: ['output', 'weights'],
  difficulty: 'MEDIUM',
  tags: ['attention', 'transformer'],
  limits: { gpu: true },
  solution: `
import numpy as np

def scaled_dot_product(q, k, v, mask=None, causal=False):
    q, k, v = (np.asarray(a, dtype=np.float64) for a in (q, k, v))
    d = q.shape[-1]
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(d)                   # [..][tq][tk]
    tq, tk = scores.shape[-2:]
    allowed = np.ones((tq, tk), dtype=bool)
    if mask is not None:
        allowed &= np.asarray(mask) != 0
    if causal:
        allowed &= np.tril(np.ones((tq, tk), dtype=bool))
    scores = np.where(allowed, scores, -np.inf)
    row_max = scores.max(axis=-1, keepdims=True)
    row_max = np.where(np.isfinite(row_max), row_max, 0)                # fully masked rows
    e = np.where(allowed, np.exp(scores - row_max), 0.0)
    total = e.sum(axis=-1, keepdims=True)
    weights = np.divide(e, total, out=np.zeros_like(e), where=total > 0)
    return {"output": weights @ v, "weights": weights}`,
  explanation: bi(
    '除以 √d 使点积的方差不随维度增长，softmax 不至于饱和；掩码位置置为 −∞ 再做 softmax，先减去行最大值保证数值稳定；整行被掩码时直接输出 0，避免 0/0 产生 NaN。',
    'Dividing by √d keeps the dot products\' variance from growing with the dimension, so softmax does not saturate; masked positions become −∞ before the softmax, which subtracts the row maximum for stability; a fully masked row outputs zeros instead of the NaN of 0/0.',
  ),
  generate: makeGenerator({
    samples: [example('attention.scaled_dot_product'), fixedDraw(drawSdp)],
    edge: {
      'fully-masked-row': {
        q: [[1, 0], [0, 1]],
        k: [[1, 0], [0, 1]],
        v: [[1, 2], [3, 4]],
        mask: [[0, 0], [1, 1]],
      },
      'huge-logits': { q: [[100, -100]], k: [[100, 100], [100, -100]], v: [[1], [2]] },
      'single-key': { q: [[0.5, 1], [2, -1]], k: [[1, 1]], v: [[3, 4, 5]] },
      'batched-causal': {
        q: [[[1, 0], [0, 1], [1, 1]], [[0, 1], [1, 0], [-1, 1]]],
        k: [[[1, 0], [0, 1], [1, 1]], [[0, 1], [1, 0], [-1, 1]]],
        v: [[[1], [2], [3]], [[4], [5], [6]]],
        causal: true,
      },
    },
    draw: drawSdp,
  }),
});

export function projections(rng: Prng, d: number): Input {
  const s = 1 / Math.sqrt(d);
  const out: Input = {};
  for (const name of ['q', 'k', 'v', 'o']) {
    out[`w${name}`] = rng.uniformTensor([d, d], -s, s);
    out[`b${name}`] = rng.uniformTensor([d], -0.1, 0.1);
  }
  return out;
}

function drawMha(rng: Prng, size: Size): Input {
  const [b, tq, tk, heads, dh] = bySize(size, [1, 2, 3, 2, 2], [2, 6, 6, 4, 4], [4, 24, 24, 8, 8]);
  const d = heads * dh;
  const input: Input = {
    query: rng.normalTensor([b, tq, d]),
    key: rng.normalTensor([b, tk, d]),
    value: rng.normalTensor([b, tk, d]),
    num_heads: heads,
    ...projections(rng, d),
  };
  if (tq === tk && rng.bool()) input.causal = true;
  else if (rng.bool(0.3)) input.mask = rng.intTensor([tq, tk], 0, 1);
  return input;
}

const multiHead = defineCoding({
  algorithmId: 'attention.multi_head',
  seeds: ['004#§9', '003#§6'],
  title: bi('多头注意力', 'Multi-head attention'),
  statement: bi(
    '实现种子中的 MultiHeadAttention：query [b][tq][d]、key/value [b][tk][d] 先分别线性投影（x·W + b，W 形状 [d][d]），再拆成 num_heads 个维度为 d/num_heads 的头，每个头做缩放点积注意力（mask、causal 同缩放点积注意力题），拼接后经 wo、bo 输出投影。返回 output [b][tq][d] 和每个头的权重 weights [b][heads][tq][tk]。d 不能被 num_heads 整除时输入无效。',
    "Implement the seed's MultiHeadAttention: project query [b][tq][d] and key/value [b][tk][d] (x·W + b, W shaped [d][d]), split into num_heads heads of size d/num_heads, run scaled dot-product attention per head (mask and causal as in the scaled dot-product question), concatenate and apply the output projection wo, bo. Return output [b][tq][d] and per-head weights [b][heads][tq][tk]. d not divisible by num_heads is invalid input.",
  ),
  params: [
    { name: 'query' },
    { name: 'key' },
    { name: 'value' },
    { name: 'num_heads' },
    ...['wq', 'bq', 'wk', 'bk', 'wv', 'bv', 'wo', 'bo'].map((name) => ({ name })),
    { name: 'mask', default: opt.none },
    { name: 'causal', default: opt.false },
  ],
  outputs: ['output', 'weights'],
  difficulty: 'HARD',
  tags: ['attention', 'transformer', 'multi-head-attention'],
  limits: { gpu: true },
  related: ['code-attention-scaled-dot-product'],
  solution: `
import numpy as np

def attend(q, k, v, allowed):
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    scores = np.where(allowed, scores, -np.inf)
    m = scores.max(axis=-1, keepdims=True)
    e = np.where(allowed, np.exp(scores - np.where(np.isfinite(m), m, 0)), 0.0)
    s = e.sum(axis=-1, keepdims=True)
    w = np.divide(e, s, out=np.zeros_like(e), where=s > 0)
    return w @ v, w

def multi_head(query, key, value, num_heads, wq, bq, wk, bk, wv, bv, wo, bo, mask=None, causal=False):
    query, key, value = (np.asarray(a, dtype=np.float64) for a in (query, key, value))
    b, tq, d = query.shape
    tk = key.shape[1]
    if d % num_heads:
        raise ValueError("d must be divisible by num_heads")
    dh = d // num_heads
    def split(x, t):                       # [b][t][d] -> [b][heads][t][dh]
        return x.reshape(b, t, num_heads, dh).transpose(0, 2, 1, 3)
    q = split(query @ wq + bq, tq)
    k = split(key @ wk + bk, tk)
    v = split(value @ wv + bv, tk)
    allowed = np.ones((tq, tk), dtype=bool)
    if mask is not None:
        allowed &= np.asarray(mask) != 0
    if causal:
        allowed &= np.tril(np.ones((tq, tk), dtype=bool))
    heads, weights = attend(q, k, v, allowed)
    concat = heads.transpose(0, 2, 1, 3).reshape(b, tq, d)
    return {"output": concat @ wo + bo, "weights": weights}`,
  explanation: bi(
    '多个头在不同的子空间中并行关注不同位置；拆头只是 reshape + transpose，不增加参数。注意权重布局为 [in][out]（x·W），拼接顺序必须与拆分顺序一致。',
    'Several heads attend in parallel within different subspaces; splitting into heads is only a reshape and transpose, with no extra parameters. Weights are [in][out] (x·W), and the concatenation must undo the split in the same order.',
  ),
  generate: makeGenerator({
    samples: [example('attention.multi_head'), fixedDraw(drawMha)],
    edge: {
      'single-head': { ...fixedDraw(drawMha, 'small', 'single-head'), num_heads: 1 },
      'one-dim-heads': { ...fixedDraw(drawMha, 'small', 'one-dim-heads'), num_heads: 4 },
      'fully-masked-row': { ...fixedDraw(drawMha, 'small', 'masked'), mask: [[0, 0, 0], [1, 0, 1]] },
    },
    draw: drawMha,
  }),
});

export const attentionQuestions: CodingQuestion[] = [scaledDotProduct, multiHead];
