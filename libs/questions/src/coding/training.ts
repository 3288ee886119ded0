// Training mechanics: optimisers, regularisation, early stopping, distillation and multi-task
// losses, mixed-precision loss scaling, float16 rounding, data-parallel SGD and ensembles.
import { roundTo, type Prng, type Tensor } from '../prng';
import type { CodingQuestion } from '../types';
import { bySize, fixedDraw, makeGenerator, type Input, type Size } from './cases';
import { defineCoding, opt } from './define';
import { bi, example } from './helpers';

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

def improved(v, best, mode, min_delta):
    return v < best - min_delta if mode == "min" else v > best + min_delta

def early_stopping(values, patience, min_delta=0.0, mode="min"):
    best = math.inf if mode == "min" else -math.inf
    best_epoch, wait = -1, 0
    for epoch, v in enumerate(values):
        wait += 1
        if improved(v, best, mode, min_delta):
            best, best_epoch, wait = v, epoch, 0
        elif wait >= patience:
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

function drawDistillation(rng: Prng, size: Size): Input {
  const [n, k] = bySize(size, [2, 3], [32, 10], [256, 100]);
  const teacher = rng.normalTensor([n, k], 3) as number[][];
  return {
    student_logits: teacher.map((row) => row.map((t) => roundTo(0.5 * t + rng.normal(0, 1), 4))),
    teacher_logits: teacher,
    labels: teacher.map((row) => (rng.bool(0.9) ? row.indexOf(Math.max(...row)) : rng.int(0, k - 1))),
    temperature: rng.pick([1, 2, 4, 8]),
    alpha: rng.pick([0.1, 0.5, 0.9]),
  };
}

const distillationLoss = defineCoding({
  algorithmId: 'training.distillation_loss',
  seeds: ['003#§10', '004#§7'],
  title: bi('知识蒸馏损失', 'Knowledge-distillation loss'),
  statement: bi(
    '给定学生 logits 与教师 logits（[n][k]）和真实标签 labels [n]，计算 soft = T²·KL(softmax(t/T) ‖ softmax(s/T))（按批平均，即 kl_div 的 batchmean），hard = 学生 logits 与标签的交叉熵（批平均），loss = alpha·soft + (1−alpha)·hard；temperature 默认 1，alpha 默认 0.5。',
    "Given student and teacher logits ([n][k]) and true labels [n], compute soft = T²·KL(softmax(t/T) ‖ softmax(s/T)) averaged over the batch (kl_div's batchmean), hard = the cross entropy of the student logits against the labels (batch mean), and loss = alpha·soft + (1−alpha)·hard; temperature defaults to 1, alpha to 0.5.",
  ),
  params: [
    { name: 'student_logits' },
    { name: 'teacher_logits' },
    { name: 'labels' },
    { name: 'temperature', default: opt.num(1) },
    { name: 'alpha', default: opt.num(0.5) },
  ],
  outputs: ['loss', 'soft', 'hard'],
  difficulty: 'MEDIUM',
  tags: ['knowledge-distillation', 'loss'],
  related: ['train-distill-student'],
  solution: `
import numpy as np

def log_softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=1, keepdims=True))

def distillation_loss(student_logits, teacher_logits, labels, temperature=1.0, alpha=0.5):
    s = np.asarray(student_logits, dtype=np.float64)
    t = np.asarray(teacher_logits, dtype=np.float64)
    T = temperature
    log_p_t, log_p_s = log_softmax(t / T), log_softmax(s / T)
    kl = (np.exp(log_p_t) * (log_p_t - log_p_s)).sum(axis=1).mean()
    soft = T * T * kl
    hard = -log_softmax(s)[np.arange(len(s)), np.asarray(labels)].mean()
    return {"loss": alpha * soft + (1 - alpha) * hard, "soft": soft, "hard": hard}`,
  explanation: bi(
    '温度 T 使教师分布更平滑，保留类别间相对相似度（"暗知识"）；soft 项的梯度量级约为 1/T²，所以乘以 T² 使两项的权重不随 T 改变。KL 的方向是 KL(教师 ‖ 学生)，在对数空间计算以保持数值稳定。',
    "The temperature T smooths the teacher's distribution and keeps the relative similarity of classes ('dark knowledge'); the soft term's gradients scale like 1/T², hence the T² factor keeps the balance of the two terms independent of T. The KL runs from teacher to student, KL(teacher ‖ student), computed in log space for stability.",
  ),
  generate: makeGenerator({
    samples: [example('training.distillation_loss'), fixedDraw(drawDistillation)],
    edge: {
      'identical-logits': { student_logits: [[1, 2, 3]], teacher_logits: [[1, 2, 3]], labels: [2], temperature: 3 },
      'soft-only': { student_logits: [[0, 1], [1, 0]], teacher_logits: [[2, 0], [0, 2]], labels: [0, 1], alpha: 1 },
      'huge-logits': { student_logits: [[1e4, 0, -1e4]], teacher_logits: [[-1e4, 0, 1e4]], labels: [0], temperature: 2 },
    },
    draw: drawDistillation,
  }),
});

function drawMultitask(rng: Prng, size: Size): Input {
  const t = bySize(size, 2, 8, 64);
  return { losses: rng.uniformTensor([t], 0, 5), weights: rng.uniformTensor([t], 0, 2) };
}

const multitaskLoss = defineCoding({
  algorithmId: 'training.multitask_loss',
  seeds: ['003#§15'],
  title: bi('多任务学习的加权损失', 'Weighted multi-task loss'),
  statement: bi(
    '多任务学习中，总损失是各任务损失的加权和：给定 losses [t] 与 weights [t]，返回 loss = Σ weights[i]·losses[i]。',
    'In multi-task learning the total loss is a weighted sum of the task losses: given losses [t] and weights [t], return loss = Σ weights[i]·losses[i].',
  ),
  params: [{ name: 'losses' }, { name: 'weights' }],
  outputs: ['loss'],
  difficulty: 'EASY',
  tags: ['multi-task-learning', 'loss'],
  solution: `
import numpy as np

def multitask_loss(losses, weights):
    return {"loss": float(np.dot(losses, weights))}`,
  explanation: bi(
    '权重平衡各任务的量级与重要性；实践中也可以学习权重（如基于不确定性的加权），但反向传播时总损失对共享参数的梯度就是各任务梯度的同样加权和。',
    'The weights balance the tasks\' scales and importance; they can also be learned (e.g. uncertainty weighting), but either way the gradient of the total with respect to shared parameters is the same weighted sum of the task gradients.',
  ),
  generate: makeGenerator({
    samples: [example('training.multitask_loss'), fixedDraw(drawMultitask)],
    edge: {
      'single-task': { losses: [2.5], weights: [1] },
      'zero-weight-task': { losses: [1, 100], weights: [1, 0] },
    },
    draw: drawMultitask,
  }),
});

function drawGradScaler(rng: Prng, size: Size): Input {
  const [steps, width] = bySize(size, [4, 3], [30, 16], [200, 32]);
  const growth_interval = rng.int(2, 5);
  return {
    init_scale: rng.pick([1024, 65536]),
    growth_interval,
    // about one step in ten overflows (one entry), as in real training; more would shrink the
    // scale towards float32's limits and test nothing but denormals
    steps: Array.from({ length: steps }, () => {
      const grads: (number | string)[] = Array.from({ length: width }, () => roundTo(rng.normal(0, 1000), 2));
      if (rng.bool(0.1)) grads[rng.int(0, width - 1)] = rng.pick(['Infinity', '-Infinity', 'NaN']);
      return { grads: [grads] };
    }),
  };
}

const gradScaler = defineCoding({
  algorithmId: 'training.grad_scaler',
  seeds: ['003#§3'],
  title: bi('混合精度训练的动态损失缩放', 'Dynamic loss scaling for mixed precision'),
  statement: bi(
    '复现 torch.cuda.amp.GradScaler 的记账：每一步用当前 scale 反缩放梯度（unscaled = grads / scale）；若有 inf 或 NaN，则跳过这一步（skipped = true），scale 乘以 backoff_factor（默认 0.5），连续计数清零；否则计数加 1，连续 growth_interval（默认 2000）步无溢出时 scale 乘以 growth_factor（默认 2）并清零计数。init_scale 默认 65536。返回 steps，每步 {skipped, scale（该步更新之后的值）, unscaled}。JSON 中的非有限数写作 "Infinity"、"-Infinity"、"NaN"。',
    'Reproduce the bookkeeping of torch.cuda.amp.GradScaler: each step unscales the gradients by the current scale (unscaled = grads / scale); any inf or NaN skips the step (skipped = true), multiplies the scale by backoff_factor (default 0.5) and resets the clean-step count; otherwise the count grows, and growth_interval (default 2000) clean steps in a row multiply the scale by growth_factor (default 2) and reset the count. init_scale defaults to 65536. Return steps, each {skipped, scale (after this step\'s update), unscaled}. Non-finite numbers travel as "Infinity", "-Infinity" and "NaN" in JSON.',
  ),
  params: [
    { name: 'steps' },
    { name: 'init_scale', default: opt.num(65536) },
    { name: 'growth_factor', default: opt.num(2) },
    { name: 'backoff_factor', default: opt.num(0.5) },
    { name: 'growth_interval', default: opt.num(2000) },
  ],
  outputs: ['steps'],
  difficulty: 'MEDIUM',
  tags: ['mixed-precision', 'training', 'numerical-stability'],
  related: ['code-numeric-float16'],
  solution: `
import numpy as np

def grad_scaler(steps, init_scale=65536.0, growth_factor=2.0, backoff_factor=0.5, growth_interval=2000):
    scale, clean, out = float(init_scale), 0, []
    for step in steps:
        unscaled = [np.asarray(g, dtype=np.float64) / scale for g in step["grads"]]
        overflow = any(not np.all(np.isfinite(u)) for u in unscaled)
        if overflow:
            scale *= backoff_factor
            clean = 0
        else:
            clean += 1
            if clean == growth_interval:
                scale *= growth_factor
                clean = 0
        out.append({"skipped": overflow, "scale": scale, "unscaled": unscaled})
    return {"steps": out}`,
  explanation: bi(
    'float16 的可表示范围小，小梯度会下溢为 0，因此先把损失乘以一个大的 scale 再反向传播，更新前再除回去。出现 inf/NaN 说明 scale 过大：跳过该步并减小 scale；长时间无溢出则尝试增大 scale，以尽量利用 float16 的精度范围。',
    'float16 has a narrow range and small gradients underflow to zero, so the loss is multiplied by a large scale before backpropagation and the gradients divided back before the update. An inf/NaN means the scale is too large: skip the step and reduce it; after a long run without overflow, try a larger scale to use as much of float16\'s range as possible.',
  ),
  generate: makeGenerator({
    samples: [example('training.grad_scaler'), fixedDraw(drawGradScaler)],
    edge: {
      'nan-gradient': { init_scale: 8, steps: [{ grads: [['NaN', 1]] }, { grads: [[8, 8]] }] },
      'growth-after-interval': { init_scale: 2, growth_interval: 1, growth_factor: 4, steps: [{ grads: [[2]] }, { grads: [[2]] }] },
      'repeated-overflow': {
        init_scale: 1024,
        backoff_factor: 0.25,
        steps: [{ grads: [['Infinity']] }, { grads: [['-Infinity']] }, { grads: [[1]] }],
      },
      'several-tensors': { init_scale: 4, steps: [{ grads: [[4], [[8, 12]]] }] },
    },
    draw: drawGradScaler,
  }),
});

function drawFloat16(rng: Prng, size: Size): Input {
  const n = bySize(size, 6, 200, 5000);
  return {
    x: Array.from({ length: n }, () => {
      const magnitude = 10 ** rng.uniform(-9, 5.5, 3);
      return Number((rng.bool() ? -magnitude : magnitude).toPrecision(6));
    }),
  };
}

const float16 = defineCoding({
  algorithmId: 'numeric.float16',
  seeds: ['003#§3', '004#§10'],
  title: bi('舍入到半精度浮点数', 'Rounding to half precision'),
  statement: bi(
    '把数组 x（任意形状）中的每个数舍入为 IEEE 754 半精度（float16）：就近舍入、平局取偶；超过最大有限值 65504 的数按舍入规则溢出为 ±Infinity；保留次正规数（最小正次正规数 2⁻²⁴）。以 float64 返回同形状的 y。',
    'Round every number of x (any shape) to IEEE 754 half precision (float16): round to nearest, ties to even; values beyond the largest finite 65504 overflow to ±Infinity by the rounding rule; subnormals are kept (the smallest positive subnormal is 2⁻²⁴). Return y of the same shape as float64.',
  ),
  params: [{ name: 'x' }],
  outputs: ['y'],
  defaultTolerance: { rtol: 0, atol: 0 },
  difficulty: 'MEDIUM',
  tags: ['mixed-precision', 'numerical-precision'],
  related: ['code-training-grad-scaler', 'code-compress-quantize'],
  solution: `
import numpy as np

def float16(x):
    # numpy's cast implements IEEE round-to-nearest-even, overflow and subnormals
    with np.errstate(over="ignore"):
        return {"y": np.asarray(x, dtype=np.float64).astype(np.float16).astype(np.float64)}`,
  explanation: bi(
    'float16 只有 10 位尾数和 5 位指数：相对精度约 1e-3，最大 65504，最小正规数 6.1e-5。65519.99 仍舍入为 65504，而 65520 恰在中点、按取偶规则溢出为 inf。手写实现时需分别处理正规数（按 2^(e−10) 的间隔舍入）和次正规数（固定间隔 2⁻²⁴）。',
    'float16 has a 10-bit mantissa and a 5-bit exponent: about 1e-3 relative precision, a maximum of 65504, and 6.1e-5 as smallest normal. 65519.99 still rounds to 65504 while 65520 lies exactly halfway and overflows to inf by ties-to-even. A hand-written version treats normals (rounding to steps of 2^(e−10)) and subnormals (a fixed step of 2⁻²⁴) separately.',
  ),
  generate: makeGenerator({
    samples: [example('numeric.float16'), fixedDraw(drawFloat16)],
    edge: {
      'overflow-boundary': { x: [65504, 65519.99, 65520, -65520, 1e6] },
      'ties-to-even': { x: [2049, 2051, 1.00048828125, 0.5] },
      subnormals: { x: [5.960464477539063e-8, 2.98023223876953125e-8, 2.9802322387695312e-8 * 1.01, 1e-5, 6.1e-5] },
      'non-finite': { x: ['Infinity', '-Infinity', 'NaN', 0] },
      matrix: { x: [[0.1, 0.2], [0.3, 1 / 3]] },
    },
    draw: drawFloat16,
  }),
});

function drawDataParallel(rng: Prng, size: Size): Input {
  const [steps, workers] = bySize(size, [2, 2], [5, 4], [10, 8]);
  const shapes = drawShapes(rng, size);
  return {
    params: shapes.map((s) => rng.normalTensor(s)),
    worker_grads: Array.from({ length: steps }, () =>
      Array.from({ length: workers }, () => shapes.map((s) => rng.normalTensor(s, 0.5))),
    ),
    lr: rng.pick([0.1, 0.01]),
  };
}

const dataParallelSgd = defineCoding({
  algorithmId: 'parallel.data_parallel_sgd',
  seeds: ['004#§1', '004#§8', '004#§16', '004#§23'],
  title: bi('数据并行 SGD（all-reduce 求均值）', 'Data-parallel SGD with an all-reduce mean'),
  statement: bi(
    '模拟数据并行训练：每一步，各 worker 在自己的数据分片上算出梯度，all-reduce 求平均后所有副本做同样的普通 SGD 更新 p ← p − lr·mean_grad。worker_grads 形状为 [步数][worker][张量]。返回每一步之后的 params [步数][张量] 和每一步的平均梯度 mean_grads [步数][张量]。',
    'Simulate data-parallel training: at each step every worker computes gradients on its shard, an all-reduce averages them, and every replica applies the same plain SGD update p ← p − lr·mean_grad. worker_grads is [steps][workers][tensors]. Return params after every step, [steps][tensors], and the mean gradients of every step, mean_grads [steps][tensors].',
  ),
  params: [{ name: 'params' }, { name: 'worker_grads' }, { name: 'lr' }],
  outputs: ['params', 'mean_grads'],
  difficulty: 'EASY',
  tags: ['distributed-training', 'data-parallelism', 'sgd'],
  solution: `
import numpy as np

def data_parallel_sgd(params, worker_grads, lr):
    p = [np.asarray(x, dtype=np.float64) for x in params]
    history, means = [], []
    for step in worker_grads:                       # step: [workers][tensors]
        mean = [np.mean([np.asarray(w[i]) for w in step], axis=0) for i in range(len(p))]
        p = [x - lr * g for x, g in zip(p, mean)]
        history.append(p)
        means.append(mean)
    return {"params": history, "mean_grads": means}`,
  explanation: bi(
    '各 worker 的梯度平均等价于在全部数据（总批量）上算梯度，因此同步数据并行与单机大批量 SGD 在数学上相同；所有副本从相同参数出发、应用相同更新，始终保持一致。通信量与参数量成正比，这是 all-reduce（如 ring all-reduce）要优化的部分。',
    'Averaging the workers\' gradients equals the gradient over all their data (the global batch), so synchronous data parallelism is mathematically large-batch SGD; replicas start equal and apply identical updates, so they stay equal. Communication grows with the parameter count, which is what all-reduce algorithms (e.g. ring all-reduce) optimise.',
  ),
  generate: makeGenerator({
    samples: [example('parallel.data_parallel_sgd'), fixedDraw(drawDataParallel)],
    edge: {
      'single-worker': { params: [[1, 1]], worker_grads: [[[[0.5, -0.5]]]], lr: 1 },
      'opposite-gradients-cancel': { params: [[2]], worker_grads: [[[[1]], [[-1]]]], lr: 0.5 },
    },
    draw: drawDataParallel,
  }),
});

function drawEnsemble(rng: Prng, size: Size): Input {
  const [m, n, k] = bySize(size, [2, 3, 2], [3, 50, 5], [5, 1000, 10]);
  if (rng.bool()) {
    return {
      method: 'majority_vote',
      predictions: rng.intTensor([m, n], 0, k - 1),
      ...(rng.bool(0.3) ? { weights: rng.uniformTensor([m], 0.5, 2) } : {}),
    };
  }
  const predictions: Tensor = Array.from({ length: m }, () =>
    Array.from({ length: n }, () => {
      const raw = Array.from({ length: k }, () => rng.int(1, 20));
      const total = raw.reduce((a, b) => a + b, 0);
      return raw.map((r) => roundTo(r / total, 4));
    }),
  );
  const input: Input = { method: 'weighted_average', predictions };
  if (rng.bool(0.7)) input.weights = rng.uniformTensor([m], 0.1, 3);
  return input;
}

const ensembleCombine = defineCoding({
  algorithmId: 'ensemble.combine',
  seeds: ['003#§11'],
  title: bi('模型融合：加权平均与多数投票', 'Ensembles: weighted averaging and majority voting'),
  statement: bi(
    'method 为 "weighted_average" 时，predictions 为 m 个模型的概率 [m][n][k]，按 weights（默认相等，先归一化）加权平均得到 probs [n][k]，labels 为每行 argmax（平局取较小的类别）；method 为 "majority_vote" 时，predictions 为 m 个模型的标签 [m][n]，labels 为每列得票最多的标签（有 weights 时按权重计票；平局取较小的标签），不返回 probs。',
    'With method "weighted_average", predictions holds m models\' probabilities [m][n][k]; average them with weights (equal by default, normalised first) into probs [n][k], and labels are each row\'s argmax (ties to the smaller class). With method "majority_vote", predictions holds m models\' labels [m][n], and labels are each column\'s most voted label (votes weighted when weights are given; ties to the smaller label), with no probs.',
  ),
  params: [{ name: 'method' }, { name: 'predictions' }, { name: 'weights', default: opt.none }],
  outputs: ['probs', 'labels'],
  tolerance: { labels: 'exact' },
  difficulty: 'EASY',
  tags: ['ensemble', 'model-fusion'],
  solution: `
import numpy as np

def combine(method, predictions, weights=None):
    m = len(predictions)
    w = np.ones(m) if weights is None else np.asarray(weights, dtype=np.float64)
    w = w / w.sum()
    if method == "weighted_average":
        probs = np.tensordot(w, np.asarray(predictions, dtype=np.float64), axes=1)   # [n][k]
        return {"probs": probs, "labels": probs.argmax(axis=1)}      # argmax takes the first max
    votes = np.asarray(predictions)                                   # [m][n]
    labels = []
    for column in votes.T:
        tally = {}
        for model, label in enumerate(column):
            tally[label] = tally.get(label, 0.0) + w[model]
        best = max(tally.values())
        labels.append(min(l for l, v in tally.items() if v == best))
    return {"labels": np.asarray(labels)}`,
  explanation: bi(
    '融合多个误差不完全相关的模型可以降低方差：软投票（概率平均）保留了置信度信息，通常优于硬投票；权重可按各模型在验证集上的表现设定。平局规则必须确定，结果才可复现。',
    'Combining models whose errors are not fully correlated reduces variance: soft voting (averaging probabilities) keeps confidence information and usually beats hard voting; weights can follow each model\'s validation performance. Tie rules must be fixed for reproducible results.',
  ),
  generate: makeGenerator({
    samples: [example('ensemble.combine'), fixedDraw(drawEnsemble)],
    edge: {
      'vote-tie-to-smaller-label': { method: 'majority_vote', predictions: [[2, 1], [0, 1], [2, 0], [0, 0]] },
      'average-tie': { method: 'weighted_average', predictions: [[[0.5, 0.5]], [[0.5, 0.5]]] },
      'weighted-vote': { method: 'majority_vote', predictions: [[1], [0], [0]], weights: [3, 1, 1] },
      'single-model': { method: 'weighted_average', predictions: [[[0.2, 0.8], [0.9, 0.1]]] },
    },
    draw: drawEnsemble,
  }),
});

export const optimizationQuestions: CodingQuestion[] = [
  optimRun,
  penalty,
  earlyStopping,
  distillationLoss,
  multitaskLoss,
  gradScaler,
  float16,
  dataParallelSgd,
  ensembleCombine,
];
