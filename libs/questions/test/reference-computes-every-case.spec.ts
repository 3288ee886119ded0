// Every coding question is judgeable on every seed: the reference computes the expected output
// of every case the question's generator makes (samples, edge cases and the seeded hidden
// cases) without an error. A failure here is a bug in a generator or in the reference; in the
// judge it would end every candidate's submission INTERNAL_ERROR before any test ran.
import { runAlgorithm } from '@app/reference';
import { questionsByKind, type CodingQuestion, type TestCase } from '@app/questions';

const SEEDS = Array.from({ length: 10 }, (_, i) => i + 1);
const coding = questionsByKind.CODING as CodingQuestion[];

/** "question seed N case: message" for each case whose reference run fails. */
async function failures(q: CodingQuestion, seed: number, cases: readonly TestCase[]): Promise<string[]> {
  const found: string[] = [];
  for (const c of cases) {
    // Through JSON, as the judge's inputs arrive from the bank (no typed arrays, no undefined).
    const result = await runAlgorithm(q.algorithmId, JSON.parse(JSON.stringify(c.input)));
    if ('error' in result) found.push(`${q.slug} seed ${seed} ${c.name}: ${result.error.code} ${result.error.message}`);
  }
  return found;
}

describe('the reference computes every generated case of every coding question', () => {
  it('covers the whole coding bank', () => {
    expect(coding.length).toBeGreaterThan(30);
  });

  it.each(coding.map((q) => [q.slug, q] as const))('%s, seeds 1-10', async (_slug, q) => {
    const found: string[] = [];
    for (const seed of SEEDS) {
      const { samples, edge, hidden } = q.generate(seed);
      // Samples and edge cases are the same on every seed: computing them once is enough.
      found.push(...(await failures(q, seed, seed === SEEDS[0] ? [...samples, ...edge, ...hidden] : hidden)));
    }
    expect(found).toEqual([]);
  }, 120_000);
});
