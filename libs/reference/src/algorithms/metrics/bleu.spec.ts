// BLEU details that are easy to get wrong: the brevity penalty, the reference length chosen,
// and when a zero precision zeroes the score. Expected numbers are NLTK 3.8's.
import { runAlgorithm } from '../../run';
import { brevityPenalty, closestRefLength, modifiedPrecision } from './bleu';

const words = (s: string) => s.split(' ');
const h1 = words('It is a guide to action which ensures that the military always obeys the commands of the party');
const r1 = words('It is a guide to action that ensures that the military will forever heed Party commands');
const r2 = words('It is the guiding principle which guarantees the military forces always being under the command of the Party');
const r3 = words('It is the practical guide for the army always to heed the directions of the party');

async function bleu(input: unknown) {
  const result = await runAlgorithm('metrics.bleu', input);
  if ('error' in result) throw new Error(result.error.message);
  return result.output as { bleu: number; precisions: number[]; brevity_penalty: number };
}

test("NLTK's sentence_bleu docstring example", async () => {
  expect((await bleu({ references: [r1, r2, r3], hypothesis: h1 })).bleu).toBeCloseTo(0.5045666840058485, 12);
});

test('a short hypothesis is penalised by exp(1 - r/c) against the closest reference', async () => {
  const out = await bleu({ references: [r1, r2, r3], hypothesis: h1.slice(0, 10), smoothing: 'method1' });
  expect(out.brevity_penalty).toBeCloseTo(Math.exp(1 - 16 / 10), 12);
  expect(out.bleu).toBeCloseTo(0.3707771838250752, 12);
  expect(brevityPenalty(28, 12)).toBeCloseTo(0.2635971381157267, 12);
  expect(brevityPenalty(5, 6)).toBe(1);
  expect(brevityPenalty(5, 0)).toBe(0);
});

test('the closest reference length breaks ties towards the shorter reference', () => {
  expect(closestRefLength([words('a b c d e f'), words('a b c d')], 5)).toBe(4);
  expect(closestRefLength([words('a b c d e f'), words('a b c')], 5)).toBe(6);
});

test('hypothesis counts are clipped by the most generous single reference', () => {
  // "the" appears 7 times; one reference holds it twice, the other once.
  expect(modifiedPrecision([words('the cat is on the mat'), words('there is a cat on the mat')], words('the the the the the the the'), 1)).toEqual([2, 7]);
});

test('zero precisions: "none" gives 0, method1 smooths, no unigram match is always 0', async () => {
  const ref = [words('the cat is on the mat')];
  const hyp = words('the cat sat on the mat today');
  expect((await bleu({ references: ref, hypothesis: hyp })).bleu).toBe(0);
  const smoothed = await bleu({ references: ref, hypothesis: hyp, smoothing: 'method1' });
  expect(smoothed.bleu).toBeGreaterThan(0);
  expect(smoothed.precisions[3]).toBe(0); // reported unsmoothed
  expect((await bleu({ references: ref, hypothesis: ['dog'], smoothing: 'method1' })).bleu).toBe(0);
  // A zero precision with weight 0 does not matter.
  expect((await bleu({ references: ref, hypothesis: hyp, weights: [0.5, 0.5, 0, 0] })).bleu).toBeGreaterThan(0);
});
