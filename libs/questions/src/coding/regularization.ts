// Regularisation: L1/L2 penalties and their gradients.
import type { Prng } from '../prng';
import type { CodingQuestion } from '../types';
import { fixedDraw, makeGenerator, type Input, type Size } from './cases';
import { defineCoding, opt } from './define';
import { bi, example, drawShapes } from './helpers';

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

export const regularizationQuestions: CodingQuestion[] = [penalty];
