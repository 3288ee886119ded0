// What a bank question's stored version cannot hold by itself: its test cases come from code (a
// seeded generator), so editing the generator would silently change the tests of assessments
// already taken. The judging fingerprint names that behaviour: a hash of the cases the generator
// draws for a few fixed seeds together with everything the judge compares by (checked fields,
// tolerances, limits, entry functions). The seed stores it with each version (a change makes a
// new version), and a judge worker grades a submission only when its own code gives the pinned
// version's fingerprint.
import { createHash } from 'node:crypto';
import type { CodingQuestion, Question } from '../types';
import { stableStringify } from './stable-json';

/** Seeds whose cases make up the fingerprint: any change to a draw shows in these. */
export const FINGERPRINT_SEEDS = [1, 2, 3] as const;

function codingBehaviour(question: CodingQuestion): unknown {
  return {
    algorithmId: question.algorithmId,
    entry: question.entry,
    checkedFields: question.checkedFields,
    tolerance: question.tolerance,
    defaultTolerance: question.defaultTolerance,
    limits: question.limits,
    cases: FINGERPRINT_SEEDS.map((seed) => question.generate(seed)),
  };
}

// By entry object: an edited copy of an entry (a test, a new release) gets its own fingerprint.
const cache = new WeakMap<Question, string>();

/**
 * The judging fingerprint of a question as this process's code defines it, or null for
 * conceptual questions (judged by a person; their rubric is in the stored content). Training
 * questions' data come from the reference's fixed datasets: their bars, metrics and budget are
 * the behaviour, and they are in the stored content as well as here.
 */
export function judgingFingerprint(question: Question): string | null {
  if (question.kind === 'CONCEPTUAL') return null;
  const known = cache.get(question);
  if (known) return known;
  const behaviour =
    question.kind === 'CODING'
      ? codingBehaviour(question)
      : { taskId: question.taskId, entry: question.entry, timeBudgetMs: question.timeBudgetMs, metrics: question.metrics, bars: question.bars, limits: question.limits };
  const fingerprint = createHash('sha256').update(stableStringify(behaviour)).digest('hex').slice(0, 32);
  // Bank entries are never mutated, so an entry's fingerprint is fixed once computed.
  cache.set(question, fingerprint);
  return fingerprint;
}
