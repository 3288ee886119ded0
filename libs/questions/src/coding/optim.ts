// Optimisers: SGD, momentum, RMSprop, Adam and AdamW run for a few steps.
import type { Prng } from '../prng';
import type { CodingQuestion } from '../types';
import { bySize, fixedDraw, makeGenerator, type Input, type Size } from './cases';
import { defineCoding, opt } from './define';
import { bi, example, drawShapes } from './helpers';

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

export const optimQuestions: CodingQuestion[] = [optimRun];
