// The rubric matcher as it was before issue #13, kept only so the benchmark can print the
// "before" column: a point is covered when any keyword occurs as a substring of the normalised
// answer. Not used for grading.
import { normaliseText } from '../rubric-match/text';
import type { RubricPoint } from '../types';

export function substringScore(rubric: RubricPoint[], answerText: string): number {
  const answer = normaliseText(answerText);
  let total = 0;
  let covered = 0;
  for (const p of rubric) {
    total += p.weight;
    if ([...p.keywords.zh, ...p.keywords.en].some((k) => normaliseText(k).length > 0 && answer.includes(normaliseText(k)))) covered += p.weight;
  }
  return total > 0 ? covered / total : 0;
}
