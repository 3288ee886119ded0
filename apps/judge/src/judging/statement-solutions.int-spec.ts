// Questions a careful candidate can pass: for each coding question, a solution written from the
// statement alone (float64 numpy where the statement does not ask otherwise, never calling or
// copying libs/reference), committed as libs/questions/test/statement-solutions/<slug>.py, is
// ACCEPTED on every seed, through the real sandbox and the real reference. A faithful solution
// that fails means the statement (or the judge's rule) is wrong, not the candidate. Some of
// these questions once failed such a solution: cross entropy on a single class (the reference
// errored), roc_auc's multiclass cases (the judge wanted a curve the statement says is not
// there), quantize's rounding boundaries (float32 against float64) and prune's tie rule.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getQuestion, questionsByKind, type CodingQuestion } from '@app/questions';
import { createDockerClient, flushSandboxRemovals } from '../sandbox';
import { ExpectedOutputCache } from './expected-outputs';
import { judgeSource } from './judge-source';
import type { JudgeOutcome } from './judge-result';

const SOLUTIONS_DIR = join(__dirname, '../../../../libs/questions/test/statement-solutions');
const SEEDS = Array.from({ length: 10 }, (_, i) => i + 1);
const docker = createDockerClient();
const expected = new ExpectedOutputCache(64);

const solutions = readdirSync(SOLUTIONS_DIR)
  .filter((f) => f.endsWith('.py'))
  .sort()
  .map((f) => [f.slice(0, -3), readFileSync(join(SOLUTIONS_DIR, f), 'utf8')] as const);

function judge(slug: string, source: string, seed: number): Promise<JudgeOutcome> {
  const question = getQuestion(slug) as CodingQuestion;
  return judgeSource({ question, questionVersion: slug, language: 'PYTHON', source, seed, maxScore: 10 }, { docker, expected, judgeGpus: '' });
}

/** "seed N case: message" for every failed test over the seeds. */
async function failures(slug: string, source: string, seeds: readonly number[]): Promise<string[]> {
  const found: string[] = [];
  for (const seed of seeds) {
    const outcome = await judge(slug, source, seed);
    found.push(...outcome.tests.filter((t) => !t.passed).map((t) => `seed ${seed} ${t.name}: ${t.message}`));
    if (outcome.verdict !== 'ACCEPTED' && found.length === 0) found.push(`seed ${seed}: verdict ${outcome.verdict}`);
  }
  return found;
}

describe('solutions written from the statement are ACCEPTED on seeds 1-10 (real Docker)', () => {
  afterAll(() => flushSandboxRemovals());

  it('each solution file names a coding question of the bank', () => {
    const coding = new Set(questionsByKind.CODING.map((q) => q.slug));
    expect(solutions.map(([slug]) => slug).filter((slug) => !coding.has(slug))).toEqual([]);
  });

  it.each(solutions)('%s', async (slug, source) => {
    expect(await failures(slug, source, SEEDS)).toEqual([]);
  }, 240_000);

  it('still tells a wrong tie rule apart: prune rounding halves up fails where amount·n ends in .5', async () => {
    const faithful = solutions.find(([slug]) => slug === 'code-compress-prune')![1];
    const halfUp = faithful.replace('round(amount * n)', 'int(np.floor(amount * n + 0.5))');
    expect(halfUp).not.toBe(faithful);
    // seed 1's hidden-small-1 prunes 0.75 of 6 entries: round half to even removes 4, not 5
    const found = await failures('code-compress-prune', halfUp, [1]);
    expect(found).toEqual([expect.stringMatching(/^seed 1 hidden-small-1: /)]);
  }, 60_000);
});
