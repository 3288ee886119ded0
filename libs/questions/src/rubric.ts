// Automatic rubric suggestion for conceptual answers. It only *suggests*: a reviewer always sets
// the final score. A rubric point counts as covered when any of its keywords (Chinese or
// English) appears in the answer, case-insensitively, after both are normalised.
import { roundTo } from './prng';
import type { ConceptualQuestion, RubricPoint } from './types';

export interface RubricSuggestion {
  /** Weighted share of rubric points covered, in [0, 1]. */
  score: number;
  /** Covered points, with the first keyword that matched. */
  matched: { id: string; keyword: string }[];
  /** Ids of points with no keyword in the answer. */
  missed: string[];
}

/** NFKC folds full-width letters, digits and punctuation (（），：Ａ) to their ASCII forms;
 * whitespace runs become one space, so line breaks in an answer do not split a keyword. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function firstMatchingKeyword(point: RubricPoint, answer: string): string | undefined {
  for (const keyword of [...point.keywords.zh, ...point.keywords.en]) {
    const k = normaliseText(keyword);
    if (k.length > 0 && answer.includes(k)) return keyword;
  }
  return undefined;
}

export function suggestRubricScore(
  question: Pick<ConceptualQuestion, 'rubric'>,
  answerText: string,
): RubricSuggestion {
  const answer = normaliseText(answerText);
  const matched: RubricSuggestion['matched'] = [];
  const missed: string[] = [];
  let total = 0;
  let covered = 0;
  for (const point of question.rubric) {
    total += point.weight;
    const keyword = firstMatchingKeyword(point, answer);
    if (keyword === undefined) {
      missed.push(point.id);
    } else {
      matched.push({ id: point.id, keyword });
      covered += point.weight;
    }
  }
  return { score: total > 0 ? covered / total : 0, matched, missed };
}

/** What a written answer's submission stores: the suggestion plus the points it would earn of
 * the item's `maxScore` (rounded to 1e-6, as judged scores are). The API (on submitAnswer) and
 * the judge (when such a submission reaches its queue) both store this, so graders see the same
 * suggestion whichever path recorded it. */
export interface AnswerSuggestion extends RubricSuggestion {
  suggestedScore: number;
}

export function suggestAnswerScore(
  question: Pick<ConceptualQuestion, 'rubric'>,
  answerText: string,
  maxScore: number,
): AnswerSuggestion {
  const suggestion = suggestRubricScore(question, answerText);
  return { ...suggestion, suggestedScore: roundTo(suggestion.score * maxScore, 6) };
}
