import { Prng, roundTo } from './prng';

describe('Prng', () => {
  it('gives the same draws for the same seed and different draws for another', () => {
    const draws = (seed: number) => {
      const rng = new Prng(seed);
      return [rng.uniform(), rng.normal(), rng.int(0, 100), rng.shuffle([1, 2, 3, 4, 5, 6])];
    };
    expect(JSON.stringify(draws(7))).toBe(JSON.stringify(draws(7)));
    expect(JSON.stringify(draws(7))).not.toBe(JSON.stringify(draws(8)));
  });

  it('keeps forks independent of draws made on the parent', () => {
    const a = new Prng(3);
    const b = new Prng(3);
    b.uniform();
    expect(a.fork('x').uniform()).toBe(b.fork('x').uniform());
    expect(a.fork('x').uniform()).not.toBe(a.fork('y').uniform());
  });

  it('rounds floats to short decimals and keeps ranges', () => {
    const rng = new Prng('ranges');
    for (let i = 0; i < 2000; i++) {
      const u = rng.uniform(-2, 3);
      expect(u).toBeGreaterThanOrEqual(-2);
      expect(u).toBeLessThan(3);
      expect(roundTo(u, 4)).toBe(u);
      const k = rng.int(-3, 3);
      expect(Number.isInteger(k) && k >= -3 && k <= 3).toBe(true);
    }
    expect(roundTo(-0.00001, 4)).toBe(0);
    expect(Object.is(roundTo(-0.00001, 4), -0)).toBe(false);
  });

  it('draws normals with about mean 0 and variance 1 (Box-Muller)', () => {
    const rng = new Prng('normal');
    const xs = Array.from({ length: 20000 }, () => rng.normal());
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
  });

  it('shuffles into a permutation and builds tensors of the asked shape', () => {
    const rng = new Prng(1);
    expect(rng.shuffle([...Array(50).keys()]).sort((a, b) => a - b)).toEqual([...Array(50).keys()]);
    const t = rng.uniformTensor([2, 3, 4]) as number[][][];
    expect(t).toHaveLength(2);
    expect(t[1]).toHaveLength(3);
    expect(t[1][2]).toHaveLength(4);
  });
});
