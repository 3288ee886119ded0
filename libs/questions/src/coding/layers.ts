// Layers: embedding lookup, layer norm, conv2d, max pooling, LSTM and inverted dropout.
import type { Prng } from '../prng';
import type { CodingQuestion } from '../types';
import { bySize, fixedDraw, makeGenerator, type Input, type Size } from './cases';
import { defineCoding, opt } from './define';
import { bi, example } from './helpers';

function drawEmbedding(rng: Prng, size: Size): Input {
  const [v, d, shape] = bySize(size, [5, 3, [4]], [50, 16, [4, 8]], [1000, 64, [16, 32]]);
  return { ids: rng.intTensor(shape, 0, v - 1), table: rng.normalTensor([v, d]) };
}

const embedding = defineCoding({
  algorithmId: 'layers.embedding',
  seeds: ['003#§18'],
  title: bi('嵌入层查表', 'Embedding lookup'),
  statement: bi(
    '嵌入层把整数 id 映射为向量：给定任意形状的整数张量 ids 和嵌入表 table（[v][d]），返回 y，形状为 ids 的形状再加上最后一维 d，y[...] = table[ids[...]]。',
    'An embedding layer maps integer ids to vectors: given an integer tensor ids of any shape and a table [v][d], return y with the shape of ids plus a last axis d, where y[...] = table[ids[...]].',
  ),
  params: [{ name: 'ids' }, { name: 'table' }],
  outputs: ['y'],
  difficulty: 'EASY',
  tags: ['embedding', 'nlp'],
  solution: `
import numpy as np

def embedding(ids, table):
    ids = np.asarray(ids, dtype=np.int64)
    table = np.asarray(table)
    if ids.size and (ids.min() < 0 or ids.max() >= len(table)):
        raise ValueError("id out of range")
    return {"y": table[ids]}   # fancy indexing keeps the shape of ids and appends d`,
  explanation: bi(
    '嵌入层等价于 one-hot 向量乘以嵌入矩阵，但直接索引更省计算；越界 id 应报错而不是悄悄回绕。',
    'An embedding layer equals a one-hot vector times the table, but indexing is far cheaper; an out-of-range id should be an error, not silently wrap around.',
  ),
  generate: makeGenerator({
    samples: [example('layers.embedding'), fixedDraw(drawEmbedding)],
    edge: {
      'repeated-ids': { ids: [1, 1, 1, 0], table: [[0.5, -1], [2, 3]] },
      'single-row-table': { ids: [[0], [0]], table: [[7, 8, 9]] },
      'three-axes': { ids: [[[0, 1], [2, 0]]], table: [[1], [2], [3]] },
    },
    draw: drawEmbedding,
  }),
});

function drawLayerNorm(rng: Prng, size: Size): Input {
  const shape = bySize(size, [2, 4], [4, 8, 16], [16, 32, 64]);
  const d = shape[shape.length - 1];
  const input: Input = {
    x: rng.normalTensor(shape, 3),
    gamma: rng.uniformTensor([d], 0.5, 1.5),
    beta: rng.uniformTensor([d], -0.5, 0.5),
  };
  if (size === 'medium') input.eps = 1e-3;
  return input;
}

const layerNorm = defineCoding({
  algorithmId: 'layers.layer_norm',
  seeds: ['003#§6'],
  title: bi('层归一化', 'Layer normalisation'),
  statement: bi(
    '对 x（形状 [...][d]）的最后一维做层归一化，与 torch.nn.functional.layer_norm 一致：y = (x − mean) / sqrt(var + eps) · gamma + beta，其中 var 为有偏方差（除以 d），eps 默认 1e-5。',
    'Layer-normalise x (shape [...][d]) over its last axis as torch.nn.functional.layer_norm does: y = (x − mean) / sqrt(var + eps) · gamma + beta, with the biased variance (divide by d) and eps 1e-5 by default.',
  ),
  params: [{ name: 'x' }, { name: 'gamma' }, { name: 'beta' }, { name: 'eps', default: opt.num(1e-5) }],
  outputs: ['y'],
  difficulty: 'EASY',
  tags: ['normalization', 'transformer'],
  solution: `
import numpy as np

def layer_norm(x, gamma, beta, eps=1e-5):
    x = np.asarray(x, dtype=np.float64)
    mean = x.mean(axis=-1, keepdims=True)
    var = x.var(axis=-1, keepdims=True)        # biased (ddof=0), as PyTorch
    return {"y": (x - mean) / np.sqrt(var + eps) * gamma + beta}`,
  explanation: bi(
    '与批归一化不同，层归一化对每个样本的特征维做统计，不依赖批大小，因此适合 Transformer 和变长序列；方差用有偏估计，eps 加在根号内。',
    'Unlike batch norm, layer norm takes statistics over each sample\'s features, independent of batch size, which suits Transformers and variable-length sequences; the variance is biased and eps goes inside the square root.',
  ),
  generate: makeGenerator({
    samples: [example('layers.layer_norm'), fixedDraw(drawLayerNorm)],
    edge: {
      'constant-row': { x: [[3, 3, 3], [1, 2, 3]], gamma: [1, 2, 3], beta: [0.5, 0, -0.5] },
      'single-feature': { x: [[5], [-2]], gamma: [2], beta: [1] },
      'large-eps': { x: [[1, 2]], gamma: [1, 1], beta: [0, 0], eps: 1 },
    },
    draw: drawLayerNorm,
  }),
});

function drawConv(rng: Prng, size: Size): Input {
  const [n, c, hw, o, k] = bySize(size, [1, 1, 5, 2, 3], [2, 3, 12, 4, 3], [4, 8, 28, 16, 5]);
  const input: Input = {
    x: rng.normalTensor([n, c, hw, hw]),
    weight: rng.normalTensor([o, c, k, k], 0.3),
  };
  if (rng.bool(0.7)) input.bias = rng.normalTensor([o], 0.1);
  if (rng.bool()) input.stride = rng.pick([1, 2, [2, 1]]);
  if (rng.bool()) input.padding = rng.pick([1, [0, 1], 2]);
  return input;
}

const conv2d = defineCoding({
  algorithmId: 'layers.conv2d',
  seeds: ['001#§三.2', '004#§5'],
  title: bi('二维卷积', '2-D convolution'),
  statement: bi(
    '实现 torch.nn.functional.conv2d（NCHW，实际为互相关）：x 形状 [n][c][h][w]，weight [o][c][kh][kw]，可选 bias [o]，stride 和 padding 为整数或 [h, w]（默认 1 和 0，补零）。输出 y 形状 [n][o][⌊(h+2ph−kh)/sh⌋+1][⌊(w+2pw−kw)/sw⌋+1]。',
    'Implement torch.nn.functional.conv2d (NCHW; really a cross-correlation): x is [n][c][h][w], weight [o][c][kh][kw], optional bias [o], stride and padding ints or [h, w] (default 1 and 0, zero padding). y is [n][o][⌊(h+2ph−kh)/sh⌋+1][⌊(w+2pw−kw)/sw⌋+1].',
  ),
  params: [
    { name: 'x' },
    { name: 'weight' },
    { name: 'bias', default: opt.none },
    { name: 'stride', default: opt.num(1) },
    { name: 'padding', default: opt.num(0) },
  ],
  outputs: ['y'],
  difficulty: 'MEDIUM',
  tags: ['cnn', 'convolution'],
  limits: { gpu: true },
  related: ['train-image-cnn'],
  solution: `
import numpy as np

def pair(v):
    return (v, v) if np.isscalar(v) else tuple(v)

def conv2d(x, weight, bias=None, stride=1, padding=0):
    x, weight = np.asarray(x, dtype=np.float64), np.asarray(weight, dtype=np.float64)
    (sh, sw), (ph, pw) = pair(stride), pair(padding)
    x = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    n, c, h, w = x.shape
    o, _, kh, kw = weight.shape
    oh, ow = (h - kh) // sh + 1, (w - kw) // sw + 1
    y = np.zeros((n, o, oh, ow))
    for i in range(oh):
        for j in range(ow):
            patch = x[:, :, i * sh:i * sh + kh, j * sw:j * sw + kw]      # [n][c][kh][kw]
            y[:, :, i, j] = np.tensordot(patch, weight, axes=([1, 2, 3], [1, 2, 3]))
    if bias is not None:
        y += np.asarray(bias)[None, :, None, None]
    return {"y": y}`,
  explanation: bi(
    '深度学习框架中的"卷积"不翻转卷积核（互相关）。对每个输出位置取出 [c][kh][kw] 的窗口，与每个输出通道的核做点积；先补零再滑动，输出尺寸按向下取整计算。',
    'The "convolution" of deep-learning frameworks does not flip the kernel (it is a cross-correlation). For each output position take the [c][kh][kw] window and dot it with each output channel\'s kernel; pad with zeros first, and round output sizes down.',
  ),
  generate: makeGenerator({
    samples: [example('layers.conv2d'), fixedDraw(drawConv)],
    edge: {
      'one-by-one-kernel': { x: [[[[1, 2], [3, 4]], [[5, 6], [7, 8]]]], weight: [[[[1]], [[-1]]]] },
      'kernel-covers-input': { x: [[[[1, 2], [3, 4]]]], weight: [[[[1, 1], [1, 1]]]], bias: [-10] },
      'padding-and-stride': {
        x: [[[[1, 2, 3], [4, 5, 6], [7, 8, 9]]]],
        weight: [[[[1, 0], [0, 1]]]],
        stride: [2, 1],
        padding: [1, 0],
      },
    },
    draw: drawConv,
  }),
});

function drawPool(rng: Prng, size: Size): Input {
  const [n, c, hw] = bySize(size, [1, 1, 4], [2, 3, 9], [4, 16, 32]);
  const input: Input = { x: rng.normalTensor([n, c, hw, hw]), kernel: rng.pick([2, 3]) };
  if (rng.bool(0.4)) input.stride = 1;
  return input;
}

const maxPool2d = defineCoding({
  algorithmId: 'layers.max_pool2d',
  seeds: ['001#§三.2', '004#§5'],
  title: bi('二维最大池化', '2-D max pooling'),
  statement: bi(
    '实现 torch.nn.functional.max_pool2d（无填充）：x 形状 [n][c][h][w]，窗口 kernel×kernel，步长 stride（默认等于 kernel）；输出 y 形状 [n][c][⌊(h−k)/s⌋+1][⌊(w−k)/s⌋+1]，每个元素为窗口内最大值。',
    'Implement torch.nn.functional.max_pool2d without padding: x is [n][c][h][w], windows are kernel×kernel, stride defaults to kernel; y is [n][c][⌊(h−k)/s⌋+1][⌊(w−k)/s⌋+1], each the window\'s maximum.',
  ),
  params: [{ name: 'x' }, { name: 'kernel' }, { name: 'stride', default: opt.none }],
  outputs: ['y'],
  difficulty: 'EASY',
  tags: ['cnn', 'pooling'],
  related: ['train-image-cnn'],
  solution: `
import numpy as np

def max_pool2d(x, kernel, stride=None):
    x = np.asarray(x, dtype=np.float64)
    s = kernel if stride is None else stride
    n, c, h, w = x.shape
    oh, ow = (h - kernel) // s + 1, (w - kernel) // s + 1
    y = np.empty((n, c, oh, ow))
    for i in range(oh):
        for j in range(ow):
            y[:, :, i, j] = x[:, :, i * s:i * s + kernel, j * s:j * s + kernel].max(axis=(2, 3))
    return {"y": y}`,
  explanation: bi(
    '池化按通道独立进行；尺寸不能整除时多余的行列被丢弃（向下取整）；步长小于窗口时窗口重叠。',
    'Pooling works per channel; when sizes do not divide, the leftover rows and columns are dropped (floor); a stride smaller than the kernel makes windows overlap.',
  ),
  generate: makeGenerator({
    samples: [example('layers.max_pool2d'), fixedDraw(drawPool)],
    edge: {
      'leftover-dropped': { x: [[[[1, 2, 3], [4, 5, 6], [7, 8, 9]]]], kernel: 2 },
      'overlapping-windows': { x: [[[[1, 5, 2], [0, 3, 8], [4, 1, 6]]]], kernel: 2, stride: 1 },
      'all-negative': { x: [[[[-3, -2], [-5, -4]]]], kernel: 2 },
    },
    draw: drawPool,
  }),
});

function drawLstm(rng: Prng, size: Size): Input {
  const [b, t, i, h] = bySize(size, [1, 3, 2, 2], [4, 10, 8, 16], [8, 50, 16, 64]);
  const s = 1 / Math.sqrt(h);
  const input: Input = {
    x: rng.normalTensor([b, t, i]),
    w_ih: rng.uniformTensor([4 * h, i], -s, s),
    w_hh: rng.uniformTensor([4 * h, h], -s, s),
    b_ih: rng.uniformTensor([4 * h], -s, s),
    b_hh: rng.uniformTensor([4 * h], -s, s),
  };
  if (rng.bool()) {
    input.h0 = rng.normalTensor([b, h], 0.5);
    input.c0 = rng.normalTensor([b, h], 0.5);
  }
  return input;
}

const lstm = defineCoding({
  algorithmId: 'layers.lstm',
  seeds: ['004#§18'],
  title: bi('LSTM 前向计算', 'LSTM forward pass'),
  statement: bi(
    '实现单层 torch.nn.LSTM（batch_first）的前向计算。x 形状 [b][t][i]，w_ih [4h][i]，w_hh [4h][h]，b_ih、b_hh [4h]，门的顺序为 i、f、g、o；h0、c0（[b][h]）缺省为 0。返回每步隐藏状态 output [b][t][h]，以及最后的 h_n、c_n（[b][h]）。',
    'Implement the forward pass of a one-layer torch.nn.LSTM (batch_first). x is [b][t][i], w_ih [4h][i], w_hh [4h][h], b_ih and b_hh [4h], gate order i, f, g, o; h0 and c0 ([b][h]) default to zeros. Return the hidden state at every step, output [b][t][h], and the final h_n and c_n ([b][h]).',
  ),
  params: [
    { name: 'x' },
    { name: 'w_ih' },
    { name: 'w_hh' },
    { name: 'b_ih' },
    { name: 'b_hh' },
    { name: 'h0', default: opt.none },
    { name: 'c0', default: opt.none },
  ],
  outputs: ['output', 'h_n', 'c_n'],
  difficulty: 'HARD',
  tags: ['rnn', 'lstm', 'time-series'],
  limits: { gpu: true },
  related: ['train-timeseries-lstm'],
  solution: `
import numpy as np

def sigmoid(z):
    return 1 / (1 + np.exp(-z))

def lstm(x, w_ih, w_hh, b_ih, b_hh, h0=None, c0=None):
    x = np.asarray(x, dtype=np.float64)
    b, t, _ = x.shape
    hid = len(w_hh[0])
    h = np.zeros((b, hid)) if h0 is None else np.asarray(h0, dtype=np.float64)
    c = np.zeros((b, hid)) if c0 is None else np.asarray(c0, dtype=np.float64)
    outputs = []
    for step in range(t):
        gates = x[:, step] @ np.asarray(w_ih).T + b_ih + h @ np.asarray(w_hh).T + b_hh   # [b][4h]
        i, f, g, o = np.split(gates, 4, axis=1)                                      # PyTorch order
        c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)
        h = sigmoid(o) * np.tanh(c)
        outputs.append(h)
    return {"output": np.stack(outputs, axis=1), "h_n": h, "c_n": c}`,
  explanation: bi(
    '每步：i、f、o 门用 sigmoid，候选 g 用 tanh；c = f⊙c + i⊙g，h = o⊙tanh(c)。PyTorch 的权重布局为 [4h][in]，需转置后与输入相乘，且有两组偏置 b_ih 与 b_hh 相加。',
    "Each step: the i, f and o gates use sigmoid, the candidate g uses tanh; c = f⊙c + i⊙g, h = o⊙tanh(c). PyTorch stores weights as [4h][in], so transpose before multiplying, and it adds two biases, b_ih and b_hh.",
  ),
  generate: makeGenerator({
    samples: [example('layers.lstm'), fixedDraw(drawLstm)],
    edge: {
      'single-step': { ...fixedDraw(drawLstm, 'small', 'single-step'), x: [[[0.5, -1]]] },
      'given-state': {
        x: [[[1], [2]]],
        w_ih: [[1], [1], [1], [1]],
        w_hh: [[0.5], [0.5], [0.5], [0.5]],
        b_ih: [0, 0, 0, 0],
        b_hh: [0, 0, 0, 0],
        h0: [[0.3]],
        c0: [[-0.7]],
      },
      'saturating-inputs': {
        x: [[[50], [-50]]],
        w_ih: [[1], [1], [1], [1]],
        w_hh: [[0], [0], [0], [0]],
        b_ih: [0, 0, 0, 0],
        b_hh: [0, 0, 0, 0],
      },
    },
    draw: drawLstm,
  }),
});

function drawDropout(rng: Prng, size: Size): Input {
  const shape = bySize(size, [2, 3], [16, 32], [64, 256]);
  return { x: rng.normalTensor(shape), p: rng.pick([0.1, 0.25, 0.5]), u: rng.uniformTensor(shape, 0, 1) };
}

const dropout = defineCoding({
  algorithmId: 'layers.dropout',
  seeds: ['003#§19', '004#§2'],
  title: bi('反向（inverted）Dropout', 'Inverted dropout'),
  statement: bi(
    '实现训练时的 inverted dropout。为了可判题，随机数已给出：u 与 x 同形状，为 [0,1) 上的均匀随机数。u ≥ p 的位置保留并乘以 1/(1−p)，其余置 0；p = 1 时输出全 0。',
    'Implement training-time inverted dropout. So that it can be judged, the random draws are given: u has the shape of x and holds uniform numbers in [0,1). Keep positions where u ≥ p and scale them by 1/(1−p); zero the rest; p = 1 gives all zeros.',
  ),
  params: [{ name: 'x' }, { name: 'p' }, { name: 'u' }],
  outputs: ['y'],
  difficulty: 'EASY',
  tags: ['regularization', 'dropout'],
  solution: `
import numpy as np

def dropout(x, p, u):
    x, u = np.asarray(x, dtype=np.float64), np.asarray(u)
    if p >= 1:
        return {"y": np.zeros_like(x)}
    return {"y": np.where(u >= p, x / (1 - p), 0.0)}`,
  explanation: bi(
    '训练时放大保留的激活，使期望不变，因此推理时无需任何缩放；p = 1 时需特判，避免除以 0。',
    'Scaling the kept activations during training keeps their expectation unchanged, so inference needs no rescaling; p = 1 needs a special case to avoid dividing by zero.',
  ),
  generate: makeGenerator({
    samples: [example('layers.dropout'), fixedDraw(drawDropout)],
    edge: {
      'p-zero': { x: [1, -2, 3], p: 0, u: [0, 0.5, 0.99] },
      'p-one': { x: [[1, 2], [3, 4]], p: 1, u: [[0.1, 0.9], [0.99, 0]] },
      'u-equals-p-is-kept': { x: [2, 2], p: 0.5, u: [0.5, 0.4999] },
    },
    draw: drawDropout,
  }),
});

export const layerQuestions: CodingQuestion[] = [embedding, layerNorm, conv2d, maxPool2d, lstm, dropout];
