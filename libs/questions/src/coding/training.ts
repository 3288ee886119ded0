// Training mechanics: early stopping, distillation and multi-task losses, mixed-precision loss scaling.
import { roundTo, type Prng } from '../prng';
import type { CodingQuestion } from '../types';
import { bySize, fixedDraw, makeGenerator, type Input, type Size } from './cases';
import { defineCoding, opt } from './define';
import { bi, example } from './helpers';

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

export const trainingQuestions: CodingQuestion[] = [earlyStopping, distillationLoss, multitaskLoss, gradScaler];
