// Neural-network basics: the seed 000 §二 forward/backward pair, stacked dense layers,
// activations and cross entropy.
import type { Prng } from '../prng';
import type { CodingQuestion } from '../types';
import { bySize, fixedDraw, makeGenerator, type Input, type Size } from './cases';
import { defineCoding, opt } from './define';
import { bi, example, zeros } from './helpers';

function drawNet(rng: Prng, size: Size, scale = 1): Input {
  const [n, i, h, o] = bySize(size, [2, 2, 3, 1], [16, 8, 16, 4], [128, 32, 64, 8]);
  return {
    x: rng.uniformTensor([n, i], -1, 1),
    w1: rng.normalTensor([i, h], scale),
    b1: rng.normalTensor([h], 0.1 * scale),
    w2: rng.normalTensor([h, o], scale),
    b2: rng.normalTensor([o], 0.1 * scale),
  };
}

function drawNetWithLabels(rng: Prng, size: Size, scale = 1): Input {
  const net = drawNet(rng, size, scale);
  const n = (net.x as unknown[]).length;
  const o = (net.b2 as unknown[]).length;
  return { ...net, y_true: rng.intTensor([n, o], 0, 1) };
}

const netParams = ['x', 'w1', 'b1', 'w2', 'b2'].map((name) => ({ name }));

const forward2Layer = defineCoding({
  algorithmId: 'nn.forward_2layer',
  source: '000#§二.1',
  seeds: ['000#§二.1'],
  title: bi('实现一个简单的神经网络，并实现前向传播算法。', 'Implement a simple neural network and its forward propagation.'),
  seedPrompt: bi('请使用Python实现一个简单的神经网络，并实现前向传播算法。', 'Implement a simple neural network in Python, with its forward propagation algorithm.'),
  statement: bi(
    '实现种子代码中两层网络的前向传播（按批处理）：隐藏层 h = tanh(x·w1 + b1)，输出 y = sigmoid(h·w2 + b2)。x 形状 [n][i]，w1 [i][h]，b1 [h]，w2 [h][o]，b2 [o]；返回 y，形状 [n][o]。',
    "Implement the forward pass of the seed's two-layer network on a batch: hidden h = tanh(x·w1 + b1), output y = sigmoid(h·w2 + b2). x is [n][i], w1 [i][h], b1 [h], w2 [h][o], b2 [o]; return y of shape [n][o].",
  ),
  params: netParams,
  outputs: ['y'],
  difficulty: 'EASY',
  tags: ['neural-network', 'forward-propagation'],
  related: ['code-nn-backward-2layer'],
  solution: `
import numpy as np

def sigmoid(z):
    # 1/(1+exp(-z)) overflows for very negative z; this form is stable on both sides
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))

def forward_2layer(x, w1, b1, w2, b2):
    h = np.tanh(x @ w1 + b1)
    return {"y": sigmoid(h @ w2 + b2)}`,
  explanation: bi(
    '一次矩阵乘法处理整批样本（种子代码逐样本循环）；sigmoid 用分段形式，避免大负数输入时 exp 溢出。',
    'One matrix product handles the whole batch (the seed loops over samples); sigmoid is written piecewise so exp never overflows for large negative inputs.',
  ),
  corrections: [
    bi(
      '种子代码逐行调用 forward_propagation 并依赖全局随机权重；此题把权重作为参数传入，结果可复现。',
      'The seed calls forward_propagation row by row with global random weights; here the weights are arguments, so results are reproducible.',
    ),
  ],
  generate: makeGenerator({
    samples: [example('nn.forward_2layer'), fixedDraw(drawNet)],
    edge: {
      'zero-input': { ...fixedDraw(drawNet, 'small', 'zero-input'), x: zeros([3, 2]) },
      'single-row': { ...fixedDraw(drawNet, 'small', 'single-row'), x: [[0.5, -0.25]] },
      saturated: fixedDraw((r, s) => drawNet(r, s, 20), 'small', 'saturated'),
    },
    draw: (rng, size) => drawNet(rng, size),
  }),
});
const backward2Layer = defineCoding({
  algorithmId: 'nn.backward_2layer',
  source: '000#§二.2',
  seeds: ['000#§二.2'],
  title: bi('实现一个反向传播算法，用于计算神经网络中的梯度。', 'Implement backpropagation to compute the gradients of a neural network.'),
  seedPrompt: bi('请使用Python实现一个简单的反向传播算法，用于计算神经网络中的梯度。', 'Implement a simple backpropagation algorithm in Python that computes the gradients of a neural network.'),
  statement: bi(
    '对网络 y = sigmoid(tanh(x·w1 + b1)·w2 + b2)，以所有 n·o 个输出上的平均二元交叉熵为损失（标签 y_true 形状 [n][o]，取值 0/1），计算 loss 以及 dw1、db1、dw2、db2（与对应参数同形状）的真实梯度。',
    'For the network y = sigmoid(tanh(x·w1 + b1)·w2 + b2) with the mean binary cross-entropy over all n·o outputs as loss (labels y_true of shape [n][o], values 0/1), compute loss and the true gradients dw1, db1, dw2, db2 (each shaped like its parameter).',
  ),
  params: [...netParams, { name: 'y_true' }],
  outputs: ['loss', 'dw1', 'db1', 'dw2', 'db2'],
  difficulty: 'MEDIUM',
  tags: ['neural-network', 'backpropagation', 'gradients'],
  related: ['code-nn-forward-2layer'],
  solution: `
import numpy as np

def backward_2layer(x, w1, b1, w2, b2, y_true):
    a1 = np.tanh(x @ w1 + b1)                 # [n][h]
    z2 = a1 @ w2 + b2                         # [n][o]
    p = 1 / (1 + np.exp(-z2))
    m = y_true.size                           # the mean runs over all n*o outputs
    eps = 1e-12
    loss = -np.mean(y_true * np.log(p + eps) + (1 - y_true) * np.log(1 - p + eps))
    # d(BCE)/dz2 for a sigmoid output simplifies to (p - y); divide by the count for the mean
    dz2 = (p - y_true) / m
    dw2 = a1.T @ dz2
    db2 = dz2.sum(axis=0)
    dz1 = (dz2 @ w2.T) * (1 - a1 ** 2)        # tanh'(u) = 1 - tanh(u)^2
    dw1 = x.T @ dz1
    db1 = dz1.sum(axis=0)
    return {"loss": loss, "dw1": dw1, "db1": db1, "dw2": dw2, "db2": db2}`,
  explanation: bi(
    '链式法则：sigmoid 输出配合二元交叉熵时，损失对输出层输入 z2 的导数化简为 (p − y)/(n·o)；再乘 w2ᵀ 并乘 tanh 的导数 1 − a1² 得到隐藏层梯度。权重梯度是上一层激活的转置乘以本层梯度，偏置梯度是对批维求和。',
    "Chain rule: with a sigmoid output and binary cross-entropy, the loss's derivative with respect to the output pre-activation z2 simplifies to (p − y)/(n·o); multiply by w2ᵀ and by tanh's derivative 1 − a1² for the hidden layer. A weight gradient is the previous activation transposed times this layer's gradient; a bias gradient sums over the batch.",
  ),
  corrections: [
    bi(
      '种子代码的 d_output = output_error * (1/(1+exp(-output))) 不是导数：它对已经过 sigmoid 的输出再做一次 sigmoid，而正确的 sigmoid 导数是 p(1−p)；配合交叉熵损失时导数就是 p − y。种子代码还在 backward_propagation 中使用了未定义的 hidden_input 和 hidden_output。',
      "The seed's d_output = output_error * (1/(1+exp(-output))) is not the derivative: it applies sigmoid again to an output that is already a sigmoid, while sigmoid's derivative is p(1−p); with cross-entropy loss the derivative is simply p − y. The seed's backward_propagation also uses hidden_input and hidden_output, which are undefined there.",
    ),
  ],
  generate: makeGenerator({
    samples: [example('nn.backward_2layer'), fixedDraw(drawNetWithLabels)],
    edge: {
      'zero-input': { ...fixedDraw(drawNetWithLabels, 'small', 'zero-input'), x: zeros([2, 2]) },
      'strong-weights': fixedDraw((r, s) => drawNetWithLabels(r, s, 3), 'small', 'strong-weights'),
    },
    draw: (rng, size) => drawNetWithLabels(rng, size),
  }),
});

const ACTIVATIONS = ['relu', 'tanh', 'sigmoid', 'none'] as const;

function drawMlp(rng: Prng, size: Size): Input {
  const [n, depth, width] = bySize(size, [3, 2, 4], [16, 3, 16], [64, 4, 64]);
  const dims = [rng.int(2, width), ...Array.from({ length: depth }, () => rng.int(2, width))];
  const layers = dims.slice(1).map((out, l) => ({
    w: rng.normalTensor([dims[l], out], 1 / Math.sqrt(dims[l])),
    b: rng.normalTensor([out], 0.1),
    activation: rng.pick(ACTIVATIONS),
  }));
  return { x: rng.uniformTensor([n, dims[0]], -1, 1), layers };
}

const mlpForward = defineCoding({
  algorithmId: 'nn.mlp_forward',
  source: '001#§三.1',
  seeds: ['001#§三.1', '002#§5'],
  title: bi('编写一个简单的神经网络模型并进行推理', 'Write a simple neural network model and run inference with it'),
  seedPrompt: bi('编写一个简单的神经网络模型，并使用该模型对一组数据进行推理。', 'Write a simple neural network model and use it to run inference on a batch of data.'),
  statement: bi(
    '给定输入 x（形状 [n][i]）和若干全连接层 layers，每层为 {w: [in][out], b: [out], activation: "relu"|"tanh"|"sigmoid"|"none"}，依次计算 x = activation(x·w + b)，返回最后一层的输出 y。',
    'Given inputs x of shape [n][i] and a list of dense layers, each {w: [in][out], b: [out], activation: "relu"|"tanh"|"sigmoid"|"none"}, apply x = activation(x·w + b) layer by layer and return the final output y.',
  ),
  params: [{ name: 'x' }, { name: 'layers' }],
  outputs: ['y'],
  difficulty: 'EASY',
  tags: ['neural-network', 'inference', 'mlp'],
  related: ['train-mnist-mlp'],
  solution: `
import numpy as np

ACT = {
    "relu": lambda z: np.maximum(z, 0),
    "tanh": np.tanh,
    "sigmoid": lambda z: 1 / (1 + np.exp(-z)),
    "none": lambda z: z,
}

def mlp_forward(x, layers):
    h = np.asarray(x, dtype=np.float64)
    for layer in layers:
        h = ACT[layer["activation"]](h @ np.asarray(layer["w"]) + np.asarray(layer["b"]))
    return {"y": h}`,
  explanation: bi(
    '推理就是逐层做仿射变换加激活；注意权重约定为 [in][out]（y = x·W + b），与 PyTorch 的 nn.Linear（[out][in]）相反。',
    'Inference is an affine map plus activation per layer; mind the weight convention [in][out] (y = x·W + b), the transpose of PyTorch nn.Linear ([out][in]).',
  ),
  corrections: [
    bi(
      '种子代码用 TensorFlow/Keras 搭建并训练模型；此题只考推理本身，权重作为输入给出，便于判题。',
      'The seed builds and trains the model with TensorFlow/Keras; this question isolates inference itself, with the weights given as input so it can be judged.',
    ),
  ],
  generate: makeGenerator({
    samples: [example('nn.mlp_forward'), fixedDraw(drawMlp)],
    edge: {
      'single-linear-layer': { x: [[1, 2, 3]], layers: [{ w: [[1], [0], [-1]], b: [0], activation: 'none' }] },
      'dead-relu': { x: [[1, 1]], layers: [{ w: [[-1, -2], [-1, -2]], b: [-0.5, 0], activation: 'relu' }] },
    },
    draw: drawMlp,
  }),
});

const ACTIVATION_NAMES = ['relu', 'sigmoid', 'tanh', 'gelu', 'softmax', 'log_softmax'] as const;

function drawActivation(rng: Prng, size: Size): Input {
  const shape = bySize(size, [2, 5], [8, 32], [64, 256]);
  const input: Input = { name: rng.pick(ACTIVATION_NAMES), x: rng.normalTensor(shape, 3) };
  if (size === 'medium' && rng.bool()) input.axis = 0;
  return input;
}

const activation = defineCoding({
  algorithmId: 'nn.activation',
  seeds: ['000#§二.1', '003#§6'],
  title: bi('激活函数', 'Activation functions'),
  statement: bi(
    '实现 name 指定的激活函数（与 PyTorch 一致）：relu、sigmoid、tanh、gelu（精确的 erf 形式）、softmax、log_softmax；后两者沿 axis（默认 -1）计算，且对 ±1e4 的输入必须数值稳定。x 可为任意形状，返回同形状的 y。',
    'Implement the activation named by name, as PyTorch defines it: relu, sigmoid, tanh, gelu (exact, with erf), softmax, log_softmax; the last two work along axis (default -1) and must stay stable for inputs of ±1e4. x has any shape; return y of the same shape.',
  ),
  params: [{ name: 'name' }, { name: 'x' }, { name: 'axis', default: opt.num(-1) }],
  outputs: ['y'],
  difficulty: 'EASY',
  tags: ['activation', 'softmax', 'numerical-stability'],
  solution: `
import math
import numpy as np

def activation(name, x, axis=-1):
    x = np.asarray(x, dtype=np.float64)
    if name == "relu":
        return {"y": np.maximum(x, 0)}
    if name == "sigmoid":
        e = np.exp(-np.abs(x))
        return {"y": np.where(x >= 0, 1 / (1 + e), e / (1 + e))}
    if name == "tanh":
        return {"y": np.tanh(x)}
    if name == "gelu":
        erf = np.vectorize(math.erf)
        return {"y": 0.5 * x * (1 + erf(x / math.sqrt(2)))}
    shifted = x - x.max(axis=axis, keepdims=True)   # subtract the max: exp never overflows
    log_sum = np.log(np.exp(shifted).sum(axis=axis, keepdims=True))
    if name == "log_softmax":
        return {"y": shifted - log_sum}
    return {"y": np.exp(shifted - log_sum)}`,
  explanation: bi(
    'softmax/log_softmax 先减去最大值再取指数，否则 exp(1e4) 溢出为 inf；log_softmax 直接用 shifted − log Σexp(shifted)，不要先算 softmax 再取对数（会得到 log 0）。gelu 用 erf 的精确形式，而不是 tanh 近似。',
    'softmax/log_softmax subtract the maximum before exponentiating, or exp(1e4) overflows to inf; compute log_softmax as shifted − log Σ exp(shifted) rather than the log of a softmax (which gives log 0). gelu uses the exact erf form, not the tanh approximation.',
  ),
  generate: makeGenerator({
    samples: [example('nn.activation'), fixedDraw(drawActivation)],
    edge: {
      'softmax-huge-logits': { name: 'softmax', x: [[1e4, -1e4, 0], [1e4, 1e4, -1e4]] },
      'log-softmax-huge-logits': { name: 'log_softmax', x: [[1e4, -1e4, 0]] },
      'sigmoid-extremes': { name: 'sigmoid', x: [-1e4, -50, 0, 50, 1e4] },
      'gelu-vector': { name: 'gelu', x: [-3, -1, -0.5, 0, 0.5, 1, 3] },
      'softmax-axis-0': { name: 'softmax', x: [[1, 2], [3, 4], [5, 6]], axis: 0 },
    },
    draw: drawActivation,
  }),
});

function drawCrossEntropy(rng: Prng, size: Size): Input {
  const [n, k] = bySize(size, [3, 4], [32, 10], [256, 100]);
  const input: Input = { logits: rng.normalTensor([n, k], 2), labels: rng.intTensor([n], 0, k - 1) };
  if (rng.bool(0.3)) input.label_smoothing = rng.pick([0.05, 0.1, 0.2]);
  return input;
}

const crossEntropy = defineCoding({
  algorithmId: 'nn.cross_entropy',
  seeds: ['001#§三.2', '002#§5'],
  title: bi('交叉熵损失', 'Cross-entropy loss'),
  statement: bi(
    '给定未归一化的 logits（[n][k]）和整数标签 labels（[n]，取值 0..k−1），计算与 torch.nn.functional.cross_entropy 相同的批平均损失 loss，支持 label_smoothing（默认 0）。',
    'Given unnormalised logits [n][k] and integer labels [n] in 0..k−1, compute the batch-mean loss exactly as torch.nn.functional.cross_entropy does, including label_smoothing (default 0).',
  ),
  params: [{ name: 'logits' }, { name: 'labels' }, { name: 'label_smoothing', default: opt.num(0) }],
  outputs: ['loss'],
  difficulty: 'EASY',
  tags: ['loss', 'cross-entropy', 'numerical-stability'],
  solution: `
import numpy as np

def cross_entropy(logits, labels, label_smoothing=0.0):
    z = np.asarray(logits, dtype=np.float64)
    shifted = z - z.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    n, k = z.shape
    nll = -log_p[np.arange(n), np.asarray(labels)]
    smooth = -log_p.mean(axis=1)   # cross entropy against the uniform distribution
    loss = (1 - label_smoothing) * nll + label_smoothing * smooth
    return {"loss": loss.mean()}`,
  explanation: bi(
    '用 log-sum-exp 技巧求 log_softmax，避免大 logits 溢出；标签平滑把目标分布变为 (1−ε)·one_hot + ε/k，因此损失是 (1−ε)·NLL + ε·(−mean log p)。',
    'Use the log-sum-exp trick for log_softmax so large logits do not overflow; label smoothing makes the target (1−ε)·one_hot + ε/k, so the loss is (1−ε)·NLL + ε·(−mean log p).',
  ),
  generate: makeGenerator({
    samples: [example('nn.cross_entropy'), fixedDraw(drawCrossEntropy)],
    edge: {
      'huge-logits': { logits: [[1e4, -1e4, 0], [-1e4, 1e4, 0]], labels: [1, 1] },
      'single-class': { logits: [[0.3], [-2]], labels: [0, 0] },
      'label-smoothing': { logits: [[2, 0, -2], [0, 0, 0]], labels: [0, 2], label_smoothing: 0.1 },
    },
    draw: drawCrossEntropy,
  }),
});

export const nnQuestions: CodingQuestion[] = [forward2Layer, backward2Layer, mlpForward, activation, crossEntropy];
