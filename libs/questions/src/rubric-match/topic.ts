// Whether an answer is about its question at all: the share of the answer's content words (English
// stems, Chinese words) that also occur in the question's prompt, model answer and rubric, in
// either language. Fluent prose about something else shares few of them, and earns no point
// whatever terms it happens to contain.
import { EN_STOPWORDS, ZH_STOPWORDS, type Token } from './text';

/** The content forms of some tokens: English stems of three letters or more, Chinese words of two
 * characters or more, function words excluded. */
export function contentForms(tokens: Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    if (t.zh ? ZH_STOPWORDS.has(t.raw) || [...t.raw].length < 2 : EN_STOPWORDS.has(t.raw) || t.form.length < 3 || /^\d+$/.test(t.raw)) continue;
    out.add(t.form);
  }
  return out;
}

export interface TopicCheck {
  /** Share of the answer's distinct content words found in the question's vocabulary. */
  overlap: number;
  /** Distinct content words shared. */
  shared: number;
  onTopic: boolean;
}

/** Least overlap, and least number of shared words, for an answer to count as on topic. */
export const MIN_TOPIC_OVERLAP = 0.25;
export const MIN_TOPIC_SHARED = 3;

export function checkTopic(answer: Set<string>, vocabulary: Set<string>): TopicCheck {
  let shared = 0;
  for (const f of answer) if (vocabulary.has(f)) shared++;
  const overlap = answer.size > 0 ? shared / answer.size : 0;
  return { overlap, shared, onTopic: overlap >= MIN_TOPIC_OVERLAP && shared >= MIN_TOPIC_SHARED };
}
