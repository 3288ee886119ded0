// Training mechanics: optimisers, regularisation, early stopping, distillation and multi-task
// losses, mixed-precision loss scaling, float16 rounding, data-parallel SGD and ensembles.
import { roundTo, type Prng, type Tensor } from '../prng';
import type { CodingQuestion } from '../types';
import { bySize, fixedDraw, makeGenerator, type Input, type Size } from './cases';
import { defineCoding, opt } from './define';
import { bi, example } from './text';

function drawShapes(rng: Prng, size: Size): number[][] {
  return bySize(size, [[3]], [[4, 3], [3]], [[32, 16], [16]]).map((s) => (rng.bool(0.2) ? s.slice(0, 1) : s));
}

function drawOptim(rng: Prng, size: Size): Input {
  const optimizer = rng.pick(['sgd', 'rmsprop', 'adam', 'adamw']);
  const shapes = drawShapes(rng, size);
  const steps = bySize(size, 3, 10, 20);
  const input: Input = {
    optimizer,
    params: shapes.map((s) => rng.normalTensor(s)),
    grads: Array.from({ length: steps }, () => shapes.map((s) => rng.normalTensor(s, 0.5))),
    lr: rng.pick([0.1, 0.01, 0.001]),
  };
  if (optimizer === 'sgd' && rng.bool(0.7)) {
    input.momentum = 0.9;
    if (rng.bool()) input.nesterov = true;
  }
  if (optimizer === 'rmsprop' && rng.bool()) input.alpha = 0.9;
  if ((optimizer === 'adam' || optimizer === 'adamw') && rng.bool()) input.betas = [0.8, 0.99];
  if (rng.bool(0.3)) input.weight_decay = 0.05;
  return input;
}

const optimRun = defineCoding({
  algorithmId: 'optim.run',
  seeds: ['003#§20'],
  title: bi('实现 SGD、RMSprop、Adam 与 AdamW', 'Implement SGD, RMSprop, Adam and AdamW'),
  statement: bi(
    '按 torch.optim 的同名优化器（相同默认值）更新参数：params 为张量列表，grads 为每一步的梯度列表（与 params 一一对应）。optimizer 取 "sgd"（momentum 默认 0，nesterov）、"rmsprop"（alpha 默认 0.99）、"adam"、"adamw"（betas 默认 [0.9, 0.999]），eps 默认 1e-8，weight_decay 默认 0（adamw 为 0.01，解耦式）。返回每一步之后的全部参数 params [步数][张量]。',
    'Update parameters as the torch.optim optimiser of the same name does (same defaults): params is a list of tensors, grads one list of gradients per step (matching params). optimizer is "sgd" (momentum default 0, nesterov), "rmsprop" (alpha default 0.99), "adam" or "adamw" (betas default [0.9, 0.999]); eps defaults to 1e-8, weight_decay to 0 (0.01 for adamw, decoupled). Return all parameters after every step, params [steps][tensors].',
  ),
  params: [
    { name: 'optimizer' },
    { name: 'params' },
    { name: 'grads' },
    { name: 'lr' },
    { name: 'momentum', default: opt.num(0) },
    { name: 'nesterov', default: opt.false },
    { name: 'alpha', default: opt.num(0.99) },
    { name: 'betas', default: opt.list([0.9, 0.999]) },
    { name: 'eps', default: opt.num(1e-8) },
    { name: 'weight_decay', default: opt.none },
  ],
  outputs: ['params'],
  difficulty: 'HARD',
  tags: ['optimization', 'adam', 'sgd'],
  solution: `
import numpy as np

def run(optimizer, params, grads, lr, momentum=0.0, nesterov=False, alpha=0.99,
        betas=(0.9, 0.999), eps=1e-8, weight_decay=None):
    if weight_decay is None:
        weight_decay = 0.01 if optimizer == "adamw" else 0.0
    p = [np.asarray(x, dtype=np.float64) for x in params]
    state = [dict(buf=None, sq=np.zeros_like(x), m=np.zeros_like(x), v=np.zeros_like(x)) for x in p]
    history = []
    for t, step_grads in enumerate(grads, start=1):
        for i, g in enumerate(step_grads):
            g = np.asarray(g, dtype=np.float64)
            s = state[i]
            if optimizer == "adamw":
                p[i] = p[i] * (1 - lr * weight_decay)      # decoupled decay, before the step
            elif weight_decay:
                g = g + weight_decay * p[i]                # L2 added to the gradient
            if optimizer == "sgd":
                if momentum:
                    s["buf"] = g.copy() if s["buf"] is None else momentum * s["buf"] + g
                    g = g + momentum * s["buf"] if nesterov else s["buf"]
                p[i] = p[i] - lr * g
            elif optimizer == "rmsprop":
                s["sq"] = alpha * s["sq"] + (1 - alpha) * g * g
                p[i] = p[i] - lr * g / (np.sqrt(s["sq"]) + eps)
            else:  # adam / adamw
                b1, b2 = betas
                s["m"] = b1 * s["m"] + (1 - b1) * g
                s["v"] = b2 * s["v"] + (1 - b2) * g * g
                m_hat = s["m"] / (1 - b1 ** t)
                v_hat = s["v"] / (1 - b2 ** t)
                p[i] = p[i] - lr * m_hat / (np.sqrt(v_hat) + eps)
        history.append([x.copy() for x in p])
    return {"params": history}`,
  explanation: bi(
    'SGD 动量累积历史梯度（PyTorch 第一步直接用梯度初始化动量缓冲）；RMSprop 用梯度平方的指数平均自适应缩放步长，eps 加在开方之后；Adam 结合两者并做偏差校正；AdamW 把权重衰减从梯度中解耦，直接按 lr·wd 缩小参数，而 Adam 的 weight_decay 是加到梯度上的 L2。',
    'SGD momentum accumulates past gradients (PyTorch seeds the buffer with the first gradient); RMSprop scales steps by an exponential average of squared gradients, with eps added after the square root; Adam combines both with bias correction; AdamW decouples weight decay from the gradient and shrinks parameters by lr·wd directly, whereas Adam\'s weight_decay adds an L2 term to the gradient.',
  ),
  generate: makeGenerator({
    samples: [example('optim.run'), fixedDraw(drawOptim)],
    edge: {
      'adam-zero-gradients': { optimizer: 'adam', params: [[1, -1]], grads: [[[0, 0]], [[0, 0]]], lr: 0.1 },
      'sgd-nesterov': { optimizer: 'sgd', params: [[1, 2]], grads: [[[1, 1]], [[0.5, -1]], [[0, 2]]], lr: 0.1, momentum: 0.9, nesterov: true },
      'adamw-default-decay': { optimizer: 'adamw', params: [[[1, 2], [3, 4]]], grads: [[[[0.1, 0.2], [0.3, 0.4]]]], lr: 0.01 },
      'rmsprop-weight-decay': { optimizer: 'rmsprop', params: [[0.5]], grads: [[[1]], [[-1]]], lr: 0.01, weight_decay: 0.1 },
    },
    draw: drawOptim,
  }),
});

function drawPenalty(rng: Prng, size: Size): Input {
  const shapes = drawShapes(rng, size);
  const input: Input = { weights: shapes.map((s) => rng.normalTensor(s)) };
  if (rng.bool(0.7)) input.l1 = rng.pick([0.01, 0.001]);
  if (rng.bool(0.7)) input.l2 = rng.pick([0.01, 0.0005]);
  return input;
}

const penalty = defineCoding({
  algorithmId: 'regularization.penalty',
  seeds: ['003#§19', '004#§2'],
  title: bi('L1/L2 正则项及其梯度', 'L1/L2 penalty and its gradient'),
  statement: bi(
    '与 Keras 正则化器一致：给定权重张量列表 weights 和系数 l1、l2（默认 0），计算 penalty = l1·Σ|w| + l2·Σw²（对所有张量求和），以及对每个张量的梯度 grads = l1·sign(w) + 2·l2·w（sign(0) = 0）。',
    'As Keras regularisers: given a list of weight tensors and coefficients l1 and l2 (default 0), compute penalty = l1·Σ|w| + l2·Σw² (summed over all tensors) and the gradient for each tensor, grads = l1·sign(w) + 2·l2·w (with sign(0) = 0).',
  ),
  params: [{ name: 'weights' }, { name: 'l1', default: opt.num(0) }, { name: 'l2', default: opt.num(0) }],
  outputs: ['penalty', 'grads'],
  difficulty: 'EASY',
  tags: ['regularization'],
  solution: `
import numpy as np

def penalty(weights, l1=0.0, l2=0.0):
    ws = [np.asarray(w, dtype=np.float64) for w in weights]
    total = sum(l1 * np.abs(w).sum() + l2 * (w ** 2).sum() for w in ws)
    grads = [l1 * np.sign(w) + 2 * l2 * w for w in ws]
    return {"penalty": total, "grads": grads}`,
  explanation: bi(
    'L1 的次梯度为 sign(w)，使小权重趋向恰好为 0（稀疏）；L2 的梯度 2w 使权重按比例收缩（权重衰减）。注意 Keras 的 L2 没有 1/2 系数，所以梯度是 2·l2·w。',
    'L1\'s subgradient sign(w) drives small weights to exactly zero (sparsity); L2\'s gradient 2w shrinks weights proportionally (weight decay). Keras\'s L2 has no 1/2 factor, so its gradient is 2·l2·w.',
  ),
  generate: makeGenerator({
    samples: [example('regularization.penalty'), fixedDraw(drawPenalty)],
    edge: {
      'zero-weights': { weights: [[0, 0, 0]], l1: 0.1, l2: 0.1 },
      'no-regularisation': { weights: [[1, -2]] },
      'several-tensors': { weights: [[[1, -1], [2, 0]], [3], [-0.5, 0.25]], l1: 0.5 },
    },
    draw: drawPenalty,
  }),
});

function drawEarlyStopping(rng: Prng, size: Size): Input {
  const epochs = bySize(size, 8, 50, 500);
  const mode = rng.pick(['min', 'max']);
  let level = mode === 'min' ? 2 : 0.2;
  const values = Array.from({ length: epochs }, () => {
    level += (mode === 'min' ? -1 : 1) * rng.uniform(-0.02, 0.05) * Math.abs(level);
    return roundTo(level, 4);
  });
  const input: Input = { values, patience: rng.int(1, 5) };
  if (mode === 'max' || rng.bool(0.3)) input.mode = mode;
  if (rng.bool(0.4)) input.min_delta = rng.pick([0.001, 0.01]);
  return input;
}

const earlyStopping = defineCoding({
  algorithmId: 'training.early_stopping',
  seeds: ['004#§2'],
  title: bi('早停（Early Stopping）', 'Early stopping'),
  statement: bi(
    '按 Keras EarlyStopping 重放逐轮的监控值 values（轮次从 0 计）：当前值比历史最佳好超过 min_delta（默认 0；mode "min" 表示越小越好，"max" 越大越好）才算改进；从第一次出现连续 patience 轮没有改进的那一轮停止。返回 stopped_epoch（从未停止时为 −1）、best_epoch 和 best_value（到停止时为止的最佳）。',
    'Replay per-epoch monitored values (epochs from 0) through Keras EarlyStopping: a value improves only when it beats the best so far by more than min_delta (default 0; mode "min" means lower is better, "max" higher); training stops at the first epoch where patience epochs in a row have not improved. Return stopped_epoch (−1 if it never stops), best_epoch and best_value (the best up to the stop).',
  ),
  params: [{ name: 'values' }, { name: 'patience' }, { name: 'min_delta', default: opt.num(0) }, { name: 'mode', default: opt.str('min') }],
  outputs: ['stopped_epoch', 'best_epoch', 'best_value'],
  tolerance: { stopped_epoch: 'exact', best_epoch: 'exact' },
  difficulty: 'EASY',
  tags: ['training', 'regularization', 'early-stopping'],
  solution: `
import math

def early_stopping(values, patience, min_delta=0.0, mode="min"):
    sign = 1 if mode == "min" else -1
    best, best_epoch, wait = math.inf, -1, 0
    for epoch, v in enumerate(values):
        wait += 1
        if sign * (v - best * sign * sign) < -min_delta if best != math.inf else True:
            best, best_epoch, wait = v, epoch, 0
            continue
        if wait >= patience:
            return {"stopped_epoch": epoch, "best_epoch": best_epoch, "best_value": best}
    return {"stopped_epoch": -1, "best_epoch": best_epoch, "best_value": best}`,
  explanation: bi(
    '早停以验证集指标为依据，在过拟合开始（验证指标不再改进）后停止训练，是一种正则化手段；min_delta 过滤掉噪声级别的"改进"，patience 容忍短暂的波动。',
    'Early stopping watches a validation metric and stops once it no longer improves, as overfitting sets in; it is a form of regularisation. min_delta ignores noise-level "improvements" and patience tolerates short fluctuations.',
  ),
  generate: makeGenerator({
    samples: [example('training.early_stopping'), fixedDraw(drawEarlyStopping)],
    edge: {
      'never-stops': { values: [5, 4, 3, 2, 1], patience: 2 },
      'constant-values': { values: [1, 1, 1, 1], patience: 2 },
      'max-mode': { values: [0.5, 0.6, 0.55, 0.58, 0.59, 0.7], patience: 3, mode: 'max' },
      'min-delta-filters-small-gains': { values: [1, 0.999, 0.998, 0.997], patience: 2, min_delta: 0.01 },
    },
    draw: drawEarlyStopping,
  }),
});
