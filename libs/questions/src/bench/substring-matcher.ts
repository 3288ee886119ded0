// The rubric matcher as it was before issue #13, kept only so the benchmark can print the
// "before" column: a point is covered when any keyword occurs as a substring of the normalised
// answer. Not used for grading.
import { pointHasLiteralKeyword } from '../rubric-match/literal';
import type { RubricPoint } from '../types';

export function substringScore(rubric: RubricPoint[], answerText: string): number {
  const total = rubric.reduce((a, p) => a + p.weight, 0);
  const covered = rubric.filter((p) => pointHasLiteralKeyword(p, answerText)).reduce((a, p) => a + p.weight, 0);
  return total > 0 ? covered / total : 0;
}
