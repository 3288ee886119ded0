// Seeded randomness for the tasks: data splits, synthetic series, weight init and batch order
// must be the same on every run and machine.
import seedrandom from 'seedrandom';

/** A uniform [0, 1) generator from a string seed (seedrandom's ARC4). */
export function uniform(seed: string): () => number {
  return seedrandom(seed);
}

/** Standard normal draws (Box-Muller) from a seeded uniform generator. */
export function normal(seed: string): () => number {
  const u = uniform(seed);
  return () => {
    const u1 = 1 - u(); // (0, 1]: log stays finite
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u());
  };
}

/** Fisher-Yates shuffle of [0, n) with a seeded generator. */
export function permutation(n: number, seed: string): number[] {
  const u = uniform(seed);
  const p = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(u() * (i + 1));
    [p[i], p[j]] = [p[j], p[i]];
  }
  return p;
}

/** An integer seed for tfjs initializers, derived from a string seed. */
export function intSeed(seed: string): number {
  return Math.floor(uniform(seed)() * 2 ** 31);
}
