// numeric.float16: rounds float64 values to IEEE 754 half precision (round half to even,
// overflow to ±Infinity, subnormals kept) and returns them as float64 — what
// numpy's x.astype(np.float16) does, directly from float64 (no detour through float32, which
// could round twice).
import type { Algorithm } from '../../core/algorithm';
import { toNested } from '../../core/ndarray';
import { fields, type NdArray } from '../../core/validate';

/** Largest finite half: (2 − 2⁻¹⁰)·2¹⁵. */
const HALF_MAX = 65504;
/** Smallest exponent of a normal half; below it the spacing stays 2⁻²⁴ (subnormals). */
const HALF_MIN_EXP = -14;

/** Rounds to the nearest integer, ties to even. Exact for |v| < 2⁵². */
function roundHalfEven(v: number): number {
  const floor = Math.floor(v);
  const diff = v - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/** The half-precision value nearest to x (as a float64). */
export function roundToHalf(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x; // NaN, ±Infinity, ±0 pass through
  const a = Math.abs(x);
  // Exponent of a's leading bit, exact (Math.log2 may be off by one near powers of two).
  let e = Math.floor(Math.log2(a));
  while (2 ** e > a) e -= 1;
  while (2 ** (e + 1) <= a) e += 1;
  // Spacing of halves around a: 10 fraction bits, never finer than the subnormal step 2⁻²⁴.
  const quantum = 2 ** (Math.max(e, HALF_MIN_EXP) - 10);
  const rounded = roundHalfEven(a / quantum) * quantum; // both steps exact in float64
  const y = rounded > HALF_MAX ? Infinity : rounded;
  return x < 0 ? -y : y;
}

function validate(input: unknown): NdArray {
  const f = fields(input, { required: ['x'] });
  return f.tensor('x', { allowNonFinite: true });
}

export const numericFloat16: Algorithm<NdArray, { y: unknown }> = {
  id: 'numeric.float16',
  title: 'Round to IEEE half precision (float16)',
  seeds: ['003#§3', '004#§10'],
  validate,
  run: async (x) => ({ y: toNested(x.data.map(roundToHalf), x.shape) }),
};
