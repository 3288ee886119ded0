// The bank: the conceptual entries of the five seeds (data files, see ./conceptual) plus the coding and training questions.
// Related links are made symmetric here, so an entry that links to a coding question is also
// listed on the coding question's side without both authors having to remember it.
import { codingQuestions } from '../coding';
import { trainingQuestions } from '../training/tasks';
import type { Question, QuestionKind } from '../types';
import { CONCEPTUAL_SEEDS, conceptualBySeed } from './conceptual';

const authored: Question[] = [
  ...CONCEPTUAL_SEEDS.flatMap((seed) => conceptualBySeed[seed]),
  ...codingQuestions,
  ...trainingQuestions,
];

/** Adds the reverse of every related link (A lists B → B lists A), keeping each list's order
 * and never linking an entry to itself. Returns new objects; the authored ones stay as written. */
export function withReverseLinks(entries: readonly Question[]): Question[] {
  const slugs = new Set(entries.map((q) => q.slug));
  const extra = new Map<string, string[]>();
  for (const q of entries) {
    for (const target of q.related) {
      if (!slugs.has(target) || target === q.slug) continue;
      extra.set(target, [...(extra.get(target) ?? []), q.slug]);
    }
  }
  return entries.map((q) => {
    const related = [...q.related];
    for (const s of extra.get(q.slug) ?? []) if (!related.includes(s)) related.push(s);
    return { ...q, related };
  });
}

export const questions: readonly Question[] = withReverseLinks(authored);

const bySlug = new Map(questions.map((q) => [q.slug, q]));

export function getQuestion(slug: string): Question | undefined {
  return bySlug.get(slug);
}

export const questionsByKind: Readonly<Record<QuestionKind, readonly Question[]>> = {
  CONCEPTUAL: questions.filter((q) => q.kind === 'CONCEPTUAL'),
  CODING: questions.filter((q) => q.kind === 'CODING'),
  TRAINING: questions.filter((q) => q.kind === 'TRAINING'),
};

/** Variant groups: canonical slug → the slugs of its variants (repeats of the same question in
 * other seeds). Only canonicals that have at least one variant appear. */
export const variantGroups: ReadonlyMap<string, readonly string[]> = (() => {
  const groups = new Map<string, string[]>();
  for (const q of questions) {
    if (q.variantOf !== undefined) groups.set(q.variantOf, [...(groups.get(q.variantOf) ?? []), q.slug]);
  }
  return groups;
})();

/** The canonical slug of an entry: itself, or what it is a variant of. */
export function canonicalSlug(slug: string): string | undefined {
  const q = bySlug.get(slug);
  return q ? (q.variantOf ?? q.slug) : undefined;
}
