// Automatic rubric suggestion for conceptual answers. It only *suggests*: a reviewer always sets
// the final score. A rubric point counts as covered when one sentence of the answer states it:
//  - the sentence contains one of the point's terms — its keywords (either language), their
//    WordNet synonyms or CC-CEDICT translations — matched on whole words, or most of the words of
//    the point's own wording (a paraphrase);
//  - the sentence is prose, not a heading or a list of terms (rubric-match/sentence-shape.ts);
//  - the term is not negated there ("pruning is useless", 量化没有用);
//  - and the answer as a whole is about the question (rubric-match/topic.ts).
// Each covered point carries the sentence that covered it, for the grader to check.
import { roundTo } from './prng';
import { analyse, findTerm, type AnalysedSentence, type Hit } from './rubric-match/match';
import { negatedClauseForms } from './rubric-match/negation';
import { isProse } from './rubric-match/sentence-shape';
import { expandKeywords, type Term, type TermSource } from './rubric-match/terms';
import { chineseFor, englishFor } from './rubric-match/cedict';
import { EN_STOPWORDS, HAN, normaliseText, segmenter, splitSentences, stem, tokenise, ZH_STOPWORDS } from './rubric-match/text';
import { checkTopic, contentForms } from './rubric-match/topic';
import { lemmas, synonyms } from './rubric-match/wordnet';
import type { ConceptualQuestion, RubricPoint } from './types';

export { normaliseText };

/** How a point was met: one of its terms (and where the term came from), or its wording. */
export type MatchSource = TermSource | 'wording';

export interface RubricMatchDetail {
  id: string;
  /** The rubric keyword that matched (for a `wording` match: the point's words that were found). */
  keyword: string;
  source: MatchSource;
  /** The answer's own words that matched. */
  term: string;
  /** The answer's sentence that covers the point, as normalised (lower case). */
  sentence: string;
}

export interface RubricSuggestion {
  /** Weighted share of rubric points covered, in [0, 1]. */
  score: number;
  /** Covered points, in rubric order, each with the sentence that covered it. */
  matched: RubricMatchDetail[];
  /** Ids of points no sentence covered. */
  missed: string[];
  /** Missed points whose terms did occur, but only negated (the first such sentence). */
  negated: { id: string; keyword: string; sentence: string }[];
  /** Whether the answer shares enough vocabulary with the question for any point to count. */
  onTopic: boolean;
  /** Share of the answer's content words found in the question's vocabulary. */
  topicOverlap: number;
}

/** What the matcher needs of a question: the rubric, and (when present) the prompt and model answer,
 * whose words define the question's topic. */
export type RubricQuestion = Pick<ConceptualQuestion, 'rubric'> & Partial<Pick<ConceptualQuestion, 'prompt' | 'modelAnswer' | 'title'>>;

/** A point's wording as content words, each with the forms that count for it: English stems of the
 * word and of its WordNet synonyms, or the Chinese word. */
interface WordingWord {
  word: string;
  /** A Chinese word (else an English one). */
  zh: boolean;
  forms: Set<string>;
}

interface PreparedPoint {
  point: RubricPoint;
  terms: Term[];
  wording: { en: WordingWord[]; zh: WordingWord[] };
  /** Words of the point's own negated clauses ("inference does not update parameters"): a term
   * or wording word among them may be negated in the answer too. */
  negatedForms: Set<string>;
}

interface PreparedQuestion {
  points: PreparedPoint[];
  vocabulary: Set<string>;
}

/** A paraphrase covers a point when one sentence has at least WORDING_SHARE of the content words
 * of the point's wording, and at least MIN_WORDING_WORDS of them — two for a short wording of up
 * to four words (几何变换、随机 of 几何变换：随机旋转、翻转), since two generic words of a long
 * wording (权重、存储) say little. */
export const WORDING_SHARE = 0.4;
export const MIN_WORDING_WORDS = 3;

export function wordingNeeded(words: number): number {
  return Math.max(words <= 4 ? 2 : MIN_WORDING_WORDS, Math.ceil(WORDING_SHARE * words));
}

/** The content words of a point's wording in one language; Latin words written in the Chinese
 * wording (TP, FP, KV) count for it too. */
function wordingWords(text: string): WordingWord[] {
  const out: WordingWord[] = [];
  const seen = new Set<string>();
  for (const t of tokenise(normaliseText(text))) {
    if (seen.has(t.form)) continue;
    seen.add(t.form);
    if (t.zh) {
      if (!ZH_STOPWORDS.has(t.raw) && [...t.raw].length >= 2) out.push({ word: t.raw, zh: true, forms: new Set([t.raw]) });
    } else if (!EN_STOPWORDS.has(t.raw) && t.raw.length >= 2 && !/^\d+$/.test(t.raw)) {
      const forms = new Set([t.form]);
      for (const l of lemmas(t.raw)) for (const syn of synonyms(l)) if (!syn.includes(' ')) forms.add(stem(syn));
      out.push({ word: t.raw, zh: false, forms });
    }
  }
  return out;
}

// Keyed by the question object: the bank's questions are prepared once; the API and the judge
// read stored versions as new objects, and pay the preparation (a few ms) on each call.
const prepared = new WeakMap<object, PreparedQuestion>();

function prepare(question: RubricQuestion): PreparedQuestion {
  const cached = prepared.get(question);
  if (cached) return cached;
  const vocabulary = new Set<string>();
  const addText = (text: string) => {
    for (const f of contentForms(tokenise(normaliseText(text)))) vocabulary.add(f);
  };
  for (const field of [question.title, question.prompt, question.modelAnswer]) {
    if (field) for (const text of [field.zh, field.en]) addText(text);
  }
  const points = question.rubric.map((point): PreparedPoint => {
    const terms = expandKeywords(point.keywords);
    addText(`${point.point.en} ${point.point.zh}`);
    for (const t of terms) addText(t.words.join(' '));
    const wording = { en: wordingWords(point.point.en), zh: wordingWords(point.point.zh) };
    const negatedForms = new Set<string>();
    for (const text of [point.point.en, point.point.zh]) {
      const s = analyse(normaliseText(text));
      for (const f of negatedClauseForms(s.clauses.map(([a, b]) => s.tokens.filter((t) => t.start >= a && t.start < b)))) negatedForms.add(f);
    }
    return { point, terms, wording, negatedForms };
  });
  // An answer in one language meets a question written in both: each English word of the
  // vocabulary brings its CEDICT Chinese words, each Chinese word its one-word English glosses.
  for (const f of [...vocabulary]) {
    if (HAN.test(f)) {
      for (const g of englishFor(f)) if (!g.includes(' ')) vocabulary.add(stem(g));
    } else {
      for (const zh of chineseFor(f)) vocabulary.add(zh);
    }
  }
  const result = { points, vocabulary };
  prepared.set(question, result);
  return result;
}

interface PointOutcome {
  match?: RubricMatchDetail;
  negated?: { keyword: string; sentence: string };
}

/** Whether a term belongs to a negated clause of the point itself (then its negation is no fault). */
function exempt(p: PreparedPoint, term: Term): boolean {
  if (p.negatedForms.size === 0) return false;
  const forms = term.script === 'latin' ? term.words.map(stem) : segmenter().cut(term.words[0], false);
  return forms.some((f) => p.negatedForms.has(f));
}

function matchByTerms(p: PreparedPoint, sentences: AnalysedSentence[]): PointOutcome {
  let negated: PointOutcome['negated'];
  for (const s of sentences) {
    for (const term of p.terms) {
      const hits = findTerm(term, s, !exempt(p, term));
      const hit = hits.find((h) => !h.negated);
      if (hit) return { match: { id: p.point.id, keyword: term.keyword, source: term.source, term: hit.text, sentence: s.text } };
      if (hits.length > 0) negated ??= { keyword: term.keyword, sentence: s.text };
    }
  }
  return { negated };
}

/** Where a wording word occurs in a sentence: a token with one of its forms, or (across languages)
 * a Chinese token with an English gloss among them / an English token whose CEDICT Chinese word
 * it is. */
function findWordingWord(w: WordingWord, s: AnalysedSentence): number {
  return s.tokens.findIndex((t) => {
    if (t.zh === w.zh) return w.forms.has(t.form);
    if (t.zh) return englishFor(t.raw).some((g) => !g.includes(' ') && w.forms.has(stem(g)));
    return lemmas(t.raw).some((l) => chineseFor(l).includes(w.word));
  });
}

function matchByWording(p: PreparedPoint, sentences: AnalysedSentence[]): PointOutcome {
  let negated: PointOutcome['negated'];
  for (const s of sentences) {
    const zhSentence = s.tokens.filter((t) => t.zh).length > s.tokens.filter((t) => !t.zh).length;
    for (const words of zhSentence ? [p.wording.zh, p.wording.en] : [p.wording.en, p.wording.zh]) {
      if (words.length < 2) continue;
      const zhWording = words === p.wording.zh;
      const found: { word: string; hit: Hit }[] = [];
      for (const w of words) {
        const i = findWordingWord(w, s);
        if (i < 0) continue;
        const t = s.tokens[i];
        const term: Term = { keyword: w.word, source: 'keyword', script: t.zh ? 'han' : 'latin', words: [t.raw] };
        const hits = findTerm(term, s, !exempt(p, term));
        const hit = hits.find((h) => h.start === t.start) ?? hits[0];
        if (hit) found.push({ word: w.word, hit });
      }
      if (found.length < wordingNeeded(words.length)) continue;
      const keyword = found.map((f) => f.word).join(zhWording ? '、' : ', ');
      // Negated when most of the found words sit in a negated clause.
      if (found.filter((f) => f.hit.negated).length * 2 > found.length) {
        negated ??= { keyword, sentence: s.text };
        continue;
      }
      return { match: { id: p.point.id, keyword, source: 'wording', term: found.map((f) => f.hit.text).join(' … '), sentence: s.text } };
    }
  }
  return { negated };
}

export function suggestRubricScore(question: RubricQuestion, answerText: string): RubricSuggestion {
  const q = prepare(question);
  const all = splitSentences(answerText);
  // Code lines are not prose; only the prose sentences can cover a point.
  const sentences = all.filter((s) => !s.code).map((s) => analyse(s.text));
  const prose = sentences.filter((s) => isProse(s.text, s.tokens));
  const answerForms = new Set<string>();
  for (const s of sentences) for (const f of contentForms(s.tokens)) answerForms.add(f);
  const topic = checkTopic(answerForms, q.vocabulary);

  const matched: RubricMatchDetail[] = [];
  const missed: string[] = [];
  const negated: RubricSuggestion['negated'] = [];
  let total = 0;
  let covered = 0;
  for (const p of q.points) {
    total += p.point.weight;
    const byTerms = topic.onTopic ? matchByTerms(p, prose) : {};
    const outcome = byTerms.match ? byTerms : topic.onTopic ? matchByWording(p, prose) : {};
    if (outcome.match) {
      matched.push(outcome.match);
      covered += p.point.weight;
    } else {
      missed.push(p.point.id);
      const n = byTerms.negated ?? outcome.negated;
      if (n) negated.push({ id: p.point.id, ...n });
    }
  }
  return {
    score: total > 0 ? covered / total : 0,
    matched,
    missed,
    negated,
    onTopic: topic.onTopic,
    topicOverlap: roundTo(topic.overlap, 6),
  };
}

/** What a written answer's submission stores: the suggestion plus the points it would earn of
 * the item's `maxScore` (rounded to 1e-6, as judged scores are). The API (on submitAnswer) and
 * the judge (when such a submission reaches its queue) both store this, so graders see the same
 * suggestion whichever path recorded it. */
export interface AnswerSuggestion extends RubricSuggestion {
  suggestedScore: number;
}

export function suggestAnswerScore(question: RubricQuestion, answerText: string, maxScore: number): AnswerSuggestion {
  const suggestion = suggestRubricScore(question, answerText);
  return { ...suggestion, suggestedScore: roundTo(suggestion.score * maxScore, 6) };
}
