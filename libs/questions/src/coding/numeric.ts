// Numerics: float16 rounding.
import type { Prng } from '../prng';
import type { CodingQuestion } from '../types';
import { bySize, fixedDraw, makeGenerator, type Input, type Size } from './cases';
import { defineCoding } from './define';
import { bi, example } from './helpers';

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

export const numericQuestions: CodingQuestion[] = [float16];
