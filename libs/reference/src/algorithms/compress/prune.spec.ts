// Pruning details PyTorch leaves implicit: how a fraction becomes a count, what an integer
// amount means, and which of several equal magnitudes goes first.
import { runAlgorithm } from '../../run';
import { entriesToPrune, magnitudeMask } from './prune';

async function prune(input: unknown) {
  const result = await runAlgorithm('compress.prune', input);
  if ('error' in result) throw new Error(result.error.message);
  return result.output as { masks: number[][]; pruned: number[][] };
}

test("a fraction becomes round(amount·n) with Python's half-to-even rounding", () => {
  expect(entriesToPrune(0.5, 5)).toBe(2); // 2.5 → 2
  expect(entriesToPrune(0.5, 7)).toBe(4); // 3.5 → 4
  expect(entriesToPrune(0.3, 5)).toBe(2); // 1.5 → 2
  expect(entriesToPrune(0.1, 5)).toBe(0); // 0.5 → 0
  expect(entriesToPrune(0.29, 100)).toBe(29); // 28.999999999999996 → 29 (round, not floor)
});

test('an integer amount is a count of entries: 1 prunes one entry, not all', async () => {
  expect((await prune({ tensors: [[0.5, -0.1, 0.3]], amount: 1 })).masks).toEqual([[1, 0, 1]]);
});

test('equal magnitudes: the lower index is pruned first', () => {
  expect(Array.from(magnitudeMask(Float32Array.from([0.2, -0.1, 0.1, 0.1, 0.3]), 2))).toEqual([1, 0, 0, 1, 1]);
  // -0 and 0 are the same magnitude.
  expect(Array.from(magnitudeMask(Float32Array.from([0, -0, 0]), 1))).toEqual([0, 1, 1]);
});

test('global scope ranks all tensors together, earlier tensors first among ties', async () => {
  const out = await prune({ tensors: [[0.5, 0.1], [[0.1, 0.9], [0.05, 0.2]]], amount: 3, scope: 'global' });
  expect(out.masks).toEqual([[1, 0], [[0, 1], [0, 1]]]);
  expect(out.pruned).toEqual([[0.5, 0], [[0, 0.8999999761581421], [0, 0.20000000298023224]]]);
});

test('layer scope prunes each tensor by its own count', async () => {
  const out = await prune({ tensors: [[3, 1, 2, 4], [0.5, 0.25]], amount: 0.5 });
  expect(out.masks).toEqual([[1, 0, 0, 1], [1, 0]]);
});
