// A company question seen through the bank's shapes, where the platform treats both alike: a
// written question's rubric feeds the same rubric suggestion, and its texts fall back to
// English where the author wrote no Chinese.
import type { Bilingual, ConceptualQuestion } from '../types';
import type { QuestionFile } from './question-file';

/** Stored content is a company question file when it carries one of the format's sections. */
export function isQuestionFile(content: unknown): content is QuestionFile {
  if (!content || typeof content !== 'object') return false;
  const c = content as Record<string, unknown>;
  return c.coding !== undefined || c.conceptual !== undefined || c.training !== undefined;
}

const both = (text: { en: string; zh?: string }): Bilingual => ({ en: text.en, zh: text.zh ?? text.en });

const entries = new WeakMap<QuestionFile, ConceptualQuestion>();

/**
 * A company CONCEPTUAL question as a bank entry (for the rubric suggestion and the views): the same
 * object for the same file, so the rubric's prepared form (cached per question object) is reused.
 */
export function conceptualEntryOf(file: QuestionFile): ConceptualQuestion {
  let entry = entries.get(file);
  if (!entry) {
    entry = buildConceptualEntry(file);
    entries.set(file, entry);
  }
  return entry;
}

function buildConceptualEntry(file: QuestionFile): ConceptualQuestion {
  const conceptual = file.conceptual;
  if (!conceptual) throw new Error(`question ${file.slug} is ${file.kind}, not CONCEPTUAL`);
  return {
    kind: 'CONCEPTUAL',
    slug: file.slug,
    source: null,
    title: both(file.title),
    prompt: both(file.prompt),
    modelAnswer: both(conceptual.modelAnswer),
    corrections: [],
    tags: file.tags,
    difficulty: file.difficulty,
    related: [],
    rubric: conceptual.rubric.map((p, i) => ({
      id: `point-${i + 1}`,
      point: both(p.point),
      weight: p.weight,
      keywords: { en: p.keywords.en, zh: p.keywords.zh ?? [] },
    })),
  };
}
