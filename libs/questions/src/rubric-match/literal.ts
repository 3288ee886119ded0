// Literal keyword presence: which rubric points have none of their keywords written in a text, as
// a case- and width-insensitive substring. This is not how answers are scored (see rubric.ts); it
// checks the bank's authoring — that each keyword is spelled the way the model answer spells it —
// and gives the benchmark its "before" column (the matcher used until issue #13).
import type { RubricPoint } from '../types';
import { normaliseText } from './text';

export function pointHasLiteralKeyword(point: RubricPoint, text: string): boolean {
  const t = normaliseText(text);
  return [...point.keywords.zh, ...point.keywords.en].some((k) => normaliseText(k).length > 0 && t.includes(normaliseText(k)));
}

/** Ids of the points with no keyword written in the text. */
export function pointsWithoutLiteralKeyword(rubric: RubricPoint[], text: string): string[] {
  return rubric.filter((p) => !pointHasLiteralKeyword(p, text)).map((p) => p.id);
}
