// Data preparation: cleaning, scaling, splitting, windows and BERT masking.
import type { Prng } from '../prng';
import type { CodingQuestion } from '../types';
import { bySize, fixedDraw, makeGenerator, type Input, type Size } from './cases';
import { defineCoding, opt } from './define';
import { bi, example } from './helpers';

function drawClean(rng: Prng, size: Size): Input {
  const [n, f] = bySize(size, [6, 2], [50, 3], [1000, 4]);
  const value = () => {
    const r = rng.next();
    if (r < 0.1) return null;
    if (r < 0.4) return rng.pick(['a', 'b', 'c']);
    return rng.int(0, 3);
  };
  return { rows: Array.from({ length: n }, () => Array.from({ length: f }, value)) };
}

const clean = defineCoding({
  algorithmId: 'data.clean',
  seeds: ['004#§3'],
  title: bi('数据清洗：去缺失值与去重', 'Data cleaning: drop missing values and duplicates'),
  statement: bi(
    '复现种子中的 pandas 预处理 data.dropna() 后 data.drop_duplicates()：rows 为二维表格（值为数字、字符串或 null），先删除含 null 的行，再删除重复行（保留第一次出现），保持原有顺序。返回 rows。',
    "Reproduce the seed's pandas preprocessing data.dropna() followed by data.drop_duplicates(): rows is a table (values are numbers, strings or null); drop every row containing null, then drop repeated rows (keeping the first occurrence), preserving order. Return rows.",
  ),
  params: [{ name: 'rows' }],
  outputs: ['rows'],
  tolerance: { rows: 'exact' },
  difficulty: 'EASY',
  tags: ['data-preprocessing', 'pandas'],
  solution: `
def clean(rows):
    seen, out = set(), []
    for row in rows:
        if any(v is None for v in row):
            continue
        key = tuple(row)
        if key in seen:
            continue
        seen.add(key)
        out.append(list(row))
    return {"rows": out}`,
  explanation: bi(
    '顺序很重要：先去缺失值再去重。去重用哈希集合记录已出现的行，复杂度 O(n)，并保留第一次出现的位置。',
    'Order matters: drop missing values before duplicates. A hash set of the rows seen so far makes de-duplication O(n) and keeps the first occurrence in place.',
  ),
  generate: makeGenerator({
    samples: [example('data.clean'), fixedDraw(drawClean)],
    edge: {
      'all-rows-missing': { rows: [[null, 1], [2, null]] },
      'duplicate-after-dropna': { rows: [[1, 'x'], [null, 'x'], [1, 'x'], [1, 'y']] },
      'no-change': { rows: [[1], [2], [3]] },
    },
    draw: drawClean,
  }),
});

function drawMatrix(rng: Prng, size: Size): number[][] {
  const [n, f] = bySize(size, [4, 2], [50, 5], [2000, 10]);
  const scales = Array.from({ length: f }, () => rng.pick([0.01, 1, 100]));
  return Array.from({ length: n }, () => scales.map((s) => rng.normal(0, s)));
}

function drawMinMax(rng: Prng, size: Size): Input {
  const input: Input = { x: drawMatrix(rng, size) };
  if (rng.bool(0.3)) input.feature_range = [-1, 1];
  return input;
}

const minMaxScale = defineCoding({
  algorithmId: 'data.min_max_scale',
  seeds: ['004#§3', '004#§18'],
  title: bi('Min-Max 归一化', 'Min-max scaling'),
  statement: bi(
    '实现 scikit-learn MinMaxScaler 的 fit_transform：x 形状 [n][f]，按列缩放到 feature_range（默认 [0, 1]）。常数列映射为范围下限。返回 y 以及每列的 data_min、data_max。',
    'Implement scikit-learn MinMaxScaler fit_transform: x is [n][f]; scale each column to feature_range (default [0, 1]). A constant column maps to the range minimum. Return y and each column\'s data_min and data_max.',
  ),
  params: [{ name: 'x' }, { name: 'feature_range', default: opt.list([0, 1]) }],
  outputs: ['y', 'data_min', 'data_max'],
  difficulty: 'EASY',
  tags: ['data-preprocessing', 'normalization'],
  related: ['train-timeseries-lstm'],
  solution: `
import numpy as np

def min_max_scale(x, feature_range=(0, 1)):
    x = np.asarray(x, dtype=np.float64)
    lo, hi = feature_range
    data_min, data_max = x.min(axis=0), x.max(axis=0)
    span = data_max - data_min
    span[span == 0] = 1.0                      # constant column: (x - min) is 0 -> range minimum
    y = (x - data_min) / span * (hi - lo) + lo
    return {"y": y, "data_min": data_min, "data_max": data_max}`,
  explanation: bi(
    '按列独立缩放；常数列的跨度为 0，需要把跨度当作 1 处理，否则除零得到 NaN。实际使用时只能在训练集上 fit，再用同样的 min/max 变换测试集，避免信息泄漏。',
    'Each column scales on its own; a constant column has zero span, which must be treated as 1 or the division yields NaN. In practice fit on the training set only and reuse its min/max on the test set, to avoid leakage.',
  ),
  generate: makeGenerator({
    samples: [example('data.min_max_scale'), fixedDraw(drawMinMax)],
    edge: {
      'single-row': { x: [[3, -1, 0]] },
      'custom-range': { x: [[0, 10], [5, 20], [10, 30]], feature_range: [-1, 1] },
      'negative-values': { x: [[-5], [-3], [-4]] },
    },
    draw: drawMinMax,
  }),
});

const standardize = defineCoding({
  algorithmId: 'data.standardize',
  seeds: ['004#§3'],
  title: bi('标准化（Z-score）', 'Standardisation (z-score)'),
  statement: bi(
    '实现 scikit-learn StandardScaler 的 fit_transform：x 形状 [n][f]，每列减去均值、除以总体标准差（除以 n）；标准差为 0 的列 scale 取 1。返回 y、mean 和 scale。',
    'Implement scikit-learn StandardScaler fit_transform: x is [n][f]; subtract each column\'s mean and divide by its population standard deviation (divide by n); a column with zero deviation gets scale 1. Return y, mean and scale.',
  ),
  params: [{ name: 'x' }],
  outputs: ['y', 'mean', 'scale'],
  difficulty: 'EASY',
  tags: ['data-preprocessing', 'normalization'],
  solution: `
import numpy as np

def standardize(x):
    x = np.asarray(x, dtype=np.float64)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)                      # population std (ddof=0), as scikit-learn
    scale[scale == 0] = 1.0
    return {"y": (x - mean) / scale, "mean": mean, "scale": scale}`,
  explanation: bi(
    'scikit-learn 用总体标准差（ddof=0），而 pandas 的 std() 默认是样本标准差（ddof=1），两者在小样本时差别明显；零方差列不缩放，避免除零。',
    'scikit-learn uses the population standard deviation (ddof=0) while pandas std() defaults to the sample one (ddof=1), which differ noticeably for small n; zero-variance columns are left unscaled to avoid division by zero.',
  ),
  generate: makeGenerator({
    samples: [example('data.standardize'), fixedDraw((r, s) => ({ x: drawMatrix(r, s) }))],
    edge: {
      'single-row': { x: [[3, -1]] },
      'all-constant': { x: [[7, 7], [7, 7]] },
      'large-offset': { x: [[1e4 + 1], [1e4 + 2], [1e4 + 3]] },
    },
    draw: (rng, size) => ({ x: drawMatrix(rng, size) }),
  }),
});

function drawSplit(rng: Prng, size: Size): Input {
  const n = bySize(size, 5, 101, 5000);
  const rows = Array.from({ length: n }, (_, i) => [i, rng.uniform(0, 1)]);
  const input: Input = { rows };
  if (rng.bool(0.6)) input.train_fraction = rng.pick([0.5, 0.7, 0.75, 0.9, 0.33]);
  return input;
}

const split = defineCoding({
  algorithmId: 'data.split',
  seeds: ['004#§3'],
  title: bi('按顺序划分训练集与测试集', 'Ordered train/test split'),
  statement: bi(
    '复现种子中的划分：前 floor(len(rows) · train_fraction) 行作为训练集，其余作为测试集，保持顺序（train_fraction 默认 0.8）。返回 train 和 test。',
    "Reproduce the seed's split: the first floor(len(rows) · train_fraction) rows are the training set, the rest the test set, in order (train_fraction defaults to 0.8). Return train and test.",
  ),
  params: [{ name: 'rows' }, { name: 'train_fraction', default: opt.num(0.8) }],
  outputs: ['train', 'test'],
  tolerance: { train: 'exact', test: 'exact' },
  difficulty: 'EASY',
  tags: ['data-preprocessing'],
  solution: `
import math

def split(rows, train_fraction=0.8):
    cut = math.floor(len(rows) * train_fraction)
    return {"train": list(rows[:cut]), "test": list(rows[cut:])}`,
  explanation: bi(
    '时间序列必须按时间顺序划分（不能打乱），否则模型会"看到未来"；对独立同分布数据则通常应先随机打乱。注意向下取整。',
    'Time series must be split in time order (no shuffling) or the model sees the future; for i.i.d. data one would usually shuffle first. Mind the floor.',
  ),
  generate: makeGenerator({
    samples: [example('data.split'), fixedDraw(drawSplit)],
    edge: {
      'fraction-zero': { rows: [[1], [2]], train_fraction: 0 },
      'fraction-one': { rows: [[1], [2]], train_fraction: 1 },
      'single-row': { rows: [['only']] },
      'floor-not-round': { rows: [[1], [2], [3]], train_fraction: 0.99 },
    },
    draw: drawSplit,
  }),
});

function drawSeries(rng: Prng, n: number): number[] {
  const period = rng.int(5, 20);
  return Array.from({ length: n }, (_, t) => rng.normal(0.02 * t + Math.sin((2 * Math.PI * t) / period), 0.1));
}

function drawTimeWindows(rng: Prng, size: Size): Input {
  const n = bySize(size, 8, 100, 2000);
  return { series: drawSeries(rng, n), n_steps: rng.int(1, bySize(size, 4, 10, 30)) };
}

const timeWindows = defineCoding({
  algorithmId: 'data.time_windows',
  seeds: ['004#§18'],
  title: bi('构造时间序列训练样本', 'Build supervised windows from a time series'),
  statement: bi(
    '复现种子中的 create_sequences：给定序列 series（长度 n）和窗口长度 n_steps，第 i 个样本 X[i] = series[i : i+n_steps]，目标 y[i] = series[i+n_steps]，i = 0 … n−n_steps−1。返回 X [n−n_steps][n_steps] 和 y [n−n_steps]。',
    "Reproduce the seed's create_sequences: for a series of length n and window length n_steps, sample i is X[i] = series[i : i+n_steps] with target y[i] = series[i+n_steps], for i = 0 … n−n_steps−1. Return X [n−n_steps][n_steps] and y [n−n_steps].",
  ),
  params: [{ name: 'series' }, { name: 'n_steps' }],
  outputs: ['X', 'y'],
  difficulty: 'EASY',
  tags: ['time-series', 'data-preprocessing'],
  related: ['train-timeseries-lstm'],
  solution: `
import numpy as np

def time_windows(series, n_steps):
    s = np.asarray(series, dtype=np.float64)
    count = len(s) - n_steps
    X = np.array([s[i:i + n_steps] for i in range(count)]).reshape(count, n_steps)
    return {"X": X, "y": s[n_steps:]}`,
  explanation: bi(
    '滑动窗口把预测问题变成监督学习：每个窗口的下一个值就是标签。窗口之间重叠 n_steps−1 个值，样本数为 n−n_steps。',
    'Sliding windows turn forecasting into supervised learning: the value after each window is its label. Consecutive windows share n_steps−1 values, giving n−n_steps samples.',
  ),
  generate: makeGenerator({
    samples: [example('data.time_windows'), fixedDraw(drawTimeWindows)],
    edge: {
      'one-window': { series: [1, 2, 3, 4], n_steps: 3 },
      'step-one': { series: [5, -1, 2], n_steps: 1 },
    },
    draw: drawTimeWindows,
  }),
});

function drawSlidingWindow(rng: Prng, size: Size): Input {
  const n = bySize(size, rng.int(5, 12), rng.int(50, 200), rng.int(2000, 5000));
  const max_length = bySize(size, rng.int(3, 6), rng.int(16, 64), rng.int(128, 512));
  return { ids: rng.intTensor([n], 0, 30000), max_length, stride: rng.int(0, max_length - 1) };
}

const slidingWindow = defineCoding({
  algorithmId: 'data.sliding_window',
  seeds: ['003#§5'],
  title: bi('长序列的滑动窗口切分', 'Sliding windows over a long sequence'),
  statement: bi(
    '把长度为 n 的 token 序列 ids 切成最长 max_length 的窗口：第一个窗口从 0 开始，每个窗口比上一个晚 max_length − stride 开始（相邻窗口共享 stride 个 token），直到某个窗口到达序列末尾 n 为止；最后一个窗口可以更短。n ≤ max_length 时只有一个窗口（整个序列）。stride 必须小于 max_length。返回 windows 和每个窗口的起始位置 offsets。',
    'Cut a token sequence ids of length n into windows of at most max_length: the first starts at 0 and each starts max_length − stride after the previous one (consecutive windows share stride tokens), until a window reaches the end n; the last window may be shorter. n ≤ max_length gives one window, the whole sequence. stride must be below max_length. Return windows and each window\'s start, offsets.',
  ),
  params: [{ name: 'ids' }, { name: 'max_length' }, { name: 'stride' }],
  outputs: ['windows', 'offsets'],
  tolerance: { windows: 'exact', offsets: 'exact' },
  difficulty: 'MEDIUM',
  tags: ['nlp', 'long-sequences'],
  solution: `
def sliding_window(ids, max_length, stride):
    n, step = len(ids), max_length - stride
    offsets = [0]
    while offsets[-1] + max_length < n:        # this window stops short of the end: one more
        offsets.append(offsets[-1] + step)
    return {"windows": [list(ids[o:o + max_length]) for o in offsets], "offsets": offsets}`,
  explanation: bi(
    '超过模型最大长度的文本需要切块（如 Hugging Face 分词器的 return_overflowing_tokens 与 stride）；重叠部分让窗口边界附近的 token 在某个窗口中有足够的上下文。',
    "Text longer than the model's maximum length has to be chunked (as Hugging Face tokenizers do with return_overflowing_tokens and stride); the overlap gives tokens near a window boundary enough context in some window.",
  ),
  generate: makeGenerator({
    samples: [example('data.sliding_window'), fixedDraw(drawSlidingWindow)],
    edge: {
      'shorter-than-window': { ids: [1, 2, 3], max_length: 5, stride: 2 },
      'exactly-one-window': { ids: [1, 2, 3, 4], max_length: 4, stride: 1 },
      'shorter-last-window': { ids: [1, 2, 3, 4, 5, 6], max_length: 4, stride: 1 },
      'no-overlap': { ids: [1, 2, 3, 4, 5, 6], max_length: 2, stride: 0 },
    },
    draw: drawSlidingWindow,
  }),
});

function drawMlm(rng: Prng, size: Size): Input {
  const n = bySize(size, 8, 128, 4096);
  const vocab_size = 30522;
  const special = Array.from({ length: n }, (_, i) => (i === 0 || i === n - 1 || rng.bool(0.05) ? 1 : 0));
  const input: Input = {
    ids: special.map((s) => (s ? rng.pick([101, 102, 0]) : rng.int(1000, vocab_size - 1))),
    special,
    vocab_size,
    mask_id: 103,
    u_select: rng.uniformTensor([n], 0, 1),
    u_action: rng.uniformTensor([n], 0, 1),
    random_ids: rng.intTensor([n], 0, vocab_size - 1),
  };
  if (rng.bool(0.3)) input.prob = rng.pick([0.3, 0.5]);
  return input;
}

const mlmMask = defineCoding({
  algorithmId: 'data.mlm_mask',
  seeds: ['003#§16'],
  title: bi('BERT 掩码语言模型的掩码规则', "BERT's masked-language-model masking"),
  statement: bi(
    '实现 BERT 的 MLM 掩码。为了可判题，随机数已给出：对每个位置 j，若不是特殊 token（special[j] = 0）且 u_select[j] < prob（默认 0.15）则选中；选中后若 u_action[j] < 0.8 替换为 mask_id，否则若 < 0.9 替换为 random_ids[j]，否则保持原 token。labels 在选中位置为原 id，其余为 −100。返回 input_ids 和 labels。',
    "Implement BERT's MLM masking. So that it can be judged, the random draws are given: position j is selected when it is not special (special[j] = 0) and u_select[j] < prob (default 0.15); a selected token becomes mask_id when u_action[j] < 0.8, else random_ids[j] when < 0.9, else stays. labels hold the original id at selected positions and −100 elsewhere. Return input_ids and labels.",
  ),
  params: [
    { name: 'ids' },
    { name: 'special' },
    { name: 'vocab_size' },
    { name: 'mask_id' },
    { name: 'prob', default: opt.num(0.15) },
    { name: 'u_select' },
    { name: 'u_action' },
    { name: 'random_ids' },
  ],
  outputs: ['input_ids', 'labels'],
  tolerance: { input_ids: 'exact', labels: 'exact' },
  difficulty: 'EASY',
  tags: ['nlp', 'bert', 'self-supervised-learning'],
  solution: `
import numpy as np

def mlm_mask(ids, special, vocab_size, mask_id, u_select, u_action, random_ids, prob=0.15):
    ids = np.asarray(ids)
    selected = (np.asarray(special) == 0) & (np.asarray(u_select) < prob)
    u = np.asarray(u_action)
    out = ids.copy()
    out[selected & (u < 0.8)] = mask_id
    swap = selected & (u >= 0.8) & (u < 0.9)
    out[swap] = np.asarray(random_ids)[swap]
    labels = np.where(selected, ids, -100)     # -100 is ignored by cross_entropy
    return {"input_ids": out, "labels": labels}`,
  explanation: bi(
    '80/10/10 规则：只用 [MASK] 会造成预训练与微调的不一致（微调时没有 [MASK]），因此部分选中位置换成随机词或保持不变，迫使模型对每个位置都保持表示能力。特殊 token 不参与掩码；未选中位置标签为 −100，在损失中被忽略。',
    'The 80/10/10 rule: masking only with [MASK] would create a mismatch between pre-training and fine-tuning (no [MASK] at fine-tuning), so some selected positions get a random token or stay unchanged, forcing a useful representation at every position. Special tokens are never masked; unselected positions get label −100, which the loss ignores.',
  ),
  generate: makeGenerator({
    samples: [example('data.mlm_mask'), fixedDraw(drawMlm)],
    edge: {
      'all-special': { ids: [101, 102], special: [1, 1], vocab_size: 200, mask_id: 103, u_select: [0, 0], u_action: [0, 0], random_ids: [5, 6] },
      'action-boundaries': {
        ids: [7, 8, 9, 10],
        special: [0, 0, 0, 0],
        vocab_size: 200,
        mask_id: 103,
        prob: 1,
        u_select: [0.5, 0.5, 0.5, 0.5],
        u_action: [0.7999, 0.8, 0.9, 0.95],
        random_ids: [1, 2, 3, 4],
      },
      'select-boundary': { ids: [7, 8], special: [0, 0], vocab_size: 200, mask_id: 103, u_select: [0.15, 0.1499], u_action: [0, 0], random_ids: [1, 2] },
    },
    draw: drawMlm,
  }),
});

export const dataQuestions: CodingQuestion[] = [clean, minMaxScale, standardize, split, timeWindows, slidingWindow, mlmMask];
