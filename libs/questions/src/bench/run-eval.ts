// Scores the evaluation set with the rubric matcher (and, for comparison, the old substring
// matcher): one row per question and kind, and the mean per kind.
import { conceptualBySeed } from '../bank/conceptual';
import { suggestRubricScore } from '../rubric';
import type { ConceptualQuestion } from '../types';
import { ANSWER_KINDS, loadEvalSet, type AnswerKind } from './rubric-eval';
import { substringScore } from './substring-matcher';

export interface EvalRow {
  slug: string;
  kind: AnswerKind;
  score: number;
  before: number;
  matched: string[];
}

export function questionsBySlug(): Map<string, ConceptualQuestion> {
  return new Map(Object.values(conceptualBySeed).flat().map((q) => [q.slug, q]));
}

export function runEval(): { rows: EvalRow[]; means: Record<AnswerKind, { score: number; before: number }> } {
  const bySlug = questionsBySlug();
  const rows: EvalRow[] = [];
  for (const entry of loadEvalSet()) {
    const q = bySlug.get(entry.slug);
    if (!q) throw new Error(`rubric-eval: no conceptual question ${entry.slug}`);
    for (const kind of ANSWER_KINDS) {
      const s = suggestRubricScore(q, entry.answers[kind]);
      rows.push({ slug: entry.slug, kind, score: s.score, before: substringScore(q.rubric, entry.answers[kind]), matched: s.matched.map((m) => m.id) });
    }
  }
  const mean = (kind: AnswerKind, f: (r: EvalRow) => number) => {
    const of = rows.filter((r) => r.kind === kind);
    return of.reduce((a, r) => a + f(r), 0) / of.length;
  };
  const means = Object.fromEntries(ANSWER_KINDS.map((k) => [k, { score: mean(k, (r) => r.score), before: mean(k, (r) => r.before) }])) as Record<
    AnswerKind,
    { score: number; before: number }
  >;
  return { rows, means };
}
