// The cases of a coding question for one submission: the visible samples, the fixed edge cases
// and the randomised cases drawn from the submission's test seed (so hidden inputs differ
// between candidates).
import type { CodingQuestion } from '@app/questions';

export interface JudgeCase {
  name: string;
  input: Record<string, unknown>;
  weight: number;
  /** Edge and randomised cases are hidden: their messages never show expected values. */
  hidden: boolean;
}

export function buildCodingCases(question: CodingQuestion, seed: number): JudgeCase[] {
  const { samples, edge, hidden } = question.generate(seed);
  return [
    ...samples.map((c) => ({ name: c.name, input: c.input, weight: c.weight, hidden: false })),
    ...edge.map((c) => ({ name: c.name, input: c.input, weight: c.weight, hidden: true })),
    ...hidden.map((c) => ({ name: c.name, input: c.input, weight: c.weight, hidden: true })),
  ];
}
