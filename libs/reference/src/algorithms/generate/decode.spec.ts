// Behaviour that the golden fixtures reach only partly: properties that must hold for any
// input, and choices documented in docs/reference-algorithms.md.
import { decode, type DecodeInput } from './decode';

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
