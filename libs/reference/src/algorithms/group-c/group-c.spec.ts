// Group C behaviour that the golden fixtures reach only partly: the contract's size limits,
// properties that must hold for any input, and choices documented in README.md.
import { runAlgorithm } from '../../index';
import { decode, type DecodeInput } from './decode';
import { roundToHalf } from './float16';
import { shapley } from './explain';

describe('numeric.float16 roundToHalf', () => {
  test('fixed points: every half value maps to itself', () => {
    // all positive finite halves: normal m·2^(e−10) and subnormal m·2^−24
    for (let e = -14; e <= 15; e++) for (let m = 1024; m < 2048; m += 37) expect(roundToHalf(m * 2 ** (e - 10))).toBe(m * 2 ** (e - 10));
    for (let m = 1; m < 1024; m += 13) expect(roundToHalf(m * 2 ** -24)).toBe(m * 2 ** -24);
  });
  test('signs and the overflow threshold', () => {
    expect(Object.is(roundToHalf(-1e-9), -0)).toBe(true);
    expect(roundToHalf(65519.999)).toBe(65504);
    expect(roundToHalf(-65520)).toBe(-Infinity);
  });
});

describe('explain.shapley', () => {
  test('16 features (the limit) run fast and satisfy efficiency and symmetry', () => {
    const n = 16;
    // v(S) = |S|² + 3·[feature 0 ∈ S]: features 1..15 are symmetric
    const values = Float64Array.from({ length: 2 ** n }, (_, m) => {
      let c = 0;
      for (let x = m; x; x &= x - 1) c++;
      return c * c + 3 * (m & 1);
    });
    const started = Date.now();
    const phi = shapley(n, values);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(phi.reduce((a, b) => a + b, 0)).toBeCloseTo(values[2 ** n - 1] - values[0], 9);
    for (let i = 2; i < n; i++) expect(phi[i]).toBeCloseTo(phi[1], 9);
    expect(phi[0] - phi[1]).toBeCloseTo(3, 9);
  });
});

describe('generate.decode', () => {
  const base = (over: Partial<DecodeInput>): DecodeInput => ({
    logits: { shape: [3, 3], data: Float64Array.from([0, 0, 0, 0, 0, 0, 0, 0, 0]) },
    startId: 0,
    eosId: 2,
    maxNewTokens: 3,
    strategy: 'top_k',
    k: 3,
    p: 1,
    temperature: 1,
    u: Float64Array.from([0.0, 0.5, 0.999999]),
    ...over,
  });
  test('inverse CDF over ids in increasing order: uniform thirds', () => {
    // u = 0 → id 0; u = 0.5 → id 1; u just below 1 → id 2 (eos, stops)
    expect(decode(base({}))).toEqual([0, 1, 2]);
  });
});

describe('optim.run fields that the optimizer does not take', () => {
  const input = { optimizer: 'adam', lr: 0.1, params: [[1, 2]], grads: [[[0.5, -0.5]]] };
  test('are accepted at their default value and rejected otherwise', async () => {
    const ok = await runAlgorithm('optim.run', { ...input, momentum: 0, nesterov: false, alpha: 0.99 });
    expect('output' in ok).toBe(true);
    const bad = await runAlgorithm('optim.run', { ...input, alpha: 0.9 });
    expect('error' in bad && bad.error.message).toMatch(/adam takes no alpha/);
  });
});
