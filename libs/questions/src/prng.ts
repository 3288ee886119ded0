// A seeded pseudo-random generator for test-case generators. Every generated case must be the
// same byte for byte for the same seed, on any machine: draws come from `seedrandom`'s Alea
// generator (platform independent, and about five times faster than its default ARC4, which
// matters for the large cases) and every float is rounded to a short decimal, so
// JSON.stringify of a case never depends on the last bits of Math.log/Math.cos.
import seedrandom from 'seedrandom';

/** A nested array of numbers (row-major tensor). */
export type Tensor = number | Tensor[];

/** Rounds to `digits` decimals; -0 becomes 0 so that JSON never shows `-0` differences. */
export function roundTo(x: number, digits = 4): number {
  const f = 10 ** digits;
  const r = Math.round(x * f) / f;
  return r === 0 ? 0 : r;
}

export class Prng {
  private readonly rng: () => number;
  private spareNormal: number | null = null;

  constructor(readonly seed: number | string) {
    this.rng = seedrandom.alea(String(seed));
  }

  /** An independent stream derived from this seed and a label, so adding draws to one case
   * does not shift the draws of the next. */
  fork(label: string): Prng {
    return new Prng(`${this.seed}/${label}`);
  }

  /** Raw draw in [0, 1). */
  next(): number {
    return this.rng();
  }

  /** Uniform in [lo, hi), rounded to `digits` decimals. */
  uniform(lo = 0, hi = 1, digits = 4): number {
    const x = roundTo(lo + (hi - lo) * this.next(), digits);
    // rounding may land on hi; keep the interval half-open
    return x >= hi ? roundTo(hi - 10 ** -digits, digits) : x;
  }

  /** Normal via Box-Muller (the second value of each pair is kept for the next call). */
  normal(mean = 0, std = 1, digits = 4): number {
    let z: number;
    if (this.spareNormal !== null) {
      z = this.spareNormal;
      this.spareNormal = null;
    } else {
      const u1 = 1 - this.next(); // (0, 1]: log(0) never happens
      const u2 = this.next();
      const r = Math.sqrt(-2 * Math.log(u1));
      z = r * Math.cos(2 * Math.PI * u2);
      this.spareNormal = r * Math.sin(2 * Math.PI * u2);
    }
    return roundTo(mean + std * z, digits);
  }

  /** Integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** True with probability p. */
  bool(p = 0.5): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }

  /** A shuffled copy (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  /** A tensor of the given shape filled by `draw` in row-major order. */
  tensor(shape: readonly number[], draw: () => number): Tensor {
    if (shape.length === 0) return draw();
    const [n, ...rest] = shape;
    return Array.from({ length: n }, () => this.tensor(rest, draw));
  }

  uniformTensor(shape: readonly number[], lo = -1, hi = 1, digits = 4): Tensor {
    return this.tensor(shape, () => this.uniform(lo, hi, digits));
  }

  normalTensor(shape: readonly number[], std = 1, digits = 4): Tensor {
    return this.tensor(shape, () => this.normal(0, std, digits));
  }

  intTensor(shape: readonly number[], lo: number, hi: number): Tensor {
    return this.tensor(shape, () => this.int(lo, hi));
  }
}

/** Typed shortcuts for the shapes generators build most. */
export const asMatrix = (t: Tensor): number[][] => t as number[][];
export const asVector = (t: Tensor): number[] => t as number[];
