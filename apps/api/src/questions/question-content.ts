// What the API shows of a stored question version's content, for bank entries and company
// question files alike (their JSON differs): texts in a language (company questions may lack
// Chinese: English stands in), starter code, how outputs are compared, the rubric, languages.
// Candidates' views use only the texts, starter code and comparison rules: never tests,
// expected outputs, reference solutions, rubrics or model answers.
import type { Language } from '@app/definitions';
import { conceptualEntryOf, isQuestionFile, outputChecks, type CheckedOutputs, type ConceptualQuestion } from '@app/questions';
import { LRUCache } from 'lru-cache';
import type { OutputCheck } from './models/output-check.model';

export type Content = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- stored JSON, read by the shapes below
type Text = { en: string; zh?: string } | undefined;
export type TextLang = 'EN' | 'ZH';

function pick(text: Text, lang: TextLang): string {
  if (!text) return '';
  return lang === 'ZH' ? (text.zh ?? text.en) : text.en;
}

export function contentText(content: Content, field: 'title' | 'prompt' | 'modelAnswer', lang: TextLang): string {
  if (field === 'modelAnswer' && isQuestionFile(content)) return pick(content.conceptual?.modelAnswer, lang);
  return pick(content[field] as Text, lang);
}

export function contentStarterCode(content: Content, language: Language): string | null {
  if (isQuestionFile(content)) return content.coding?.starterCode.find((s) => s.language === language)?.source ?? null;
  return (content.starterCode as Record<string, string> | undefined)?.[language] ?? null;
}

/** How outputs are compared: per field for bank questions, the whole returned value for company ones. */
export function contentOutputChecks(content: Content): OutputCheck[] {
  if (isQuestionFile(content)) {
    const tolerance = content.coding?.tolerance;
    if (!tolerance) return [];
    return [tolerance === 'exact' ? { field: 'result', exact: true, rtol: null, atol: null } : { field: 'result', exact: false, rtol: tolerance.rtol, atol: tolerance.atol }];
  }
  if (!Array.isArray(content.checkedFields)) return [];
  return outputChecks(content as unknown as CheckedOutputs);
}

/** The written question for the rubric suggestion and the rubric view. */
export function conceptualOfContent(content: Content): ConceptualQuestion {
  return isQuestionFile(content) ? conceptualEntryOf(content) : (content as unknown as ConceptualQuestion);
}

const conceptualByVersion = new LRUCache<string, ConceptualQuestion>({ max: 500 });

/**
 * The written question of a stored version, as one object per version: a version never changes,
 * and the rubric keeps its prepared form (stems, synonyms: ~2 ms) per question object, so every
 * answer to the same version after the first is scored without preparing it again.
 */
export function conceptualOfVersion(version: { id: string; content: unknown }): ConceptualQuestion {
  let question = conceptualByVersion.get(version.id);
  if (!question) {
    question = conceptualOfContent(version.content as Content);
    conceptualByVersion.set(version.id, question);
  }
  return question;
}

/** The languages the question itself allows (company questions choose theirs); null: any of the set's. */
export function contentLanguages(content: Content): Language[] | null {
  return isQuestionFile(content) ? content.languages : null;
}
