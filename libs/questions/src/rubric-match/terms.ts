// A rubric point's terms: its keywords as written, widened conservatively with WordNet synonyms
// (English keywords) and CC-CEDICT translations (both ways), so that a paraphrase or an answer in
// the other language can still meet the point.
import { chineseFor, englishFor } from './cedict';
import { EN_STOPWORDS, HAN, normaliseText, segmenter } from './text';
import { lemmas, synonyms } from './wordnet';

export type TermSource = 'keyword' | 'synonym' | 'translation';

/** One way of writing a point's idea. `words`: for Latin terms, the words to find in order (function
 * words dropped); for Chinese terms, the single Han string. `keyword` is the rubric keyword it
 * stands for, shown to graders with the answer's own words. */
export interface Term {
  keyword: string;
  source: TermSource;
  script: 'latin' | 'han' | 'mixed';
  words: string[];
}

function scriptOf(text: string): Term['script'] {
  const han = HAN.test(text);
  const latin = /[a-z0-9]/.test(text);
  return han && latin ? 'mixed' : han ? 'han' : 'latin';
}

export function latinWords(text: string): string[] {
  const all = text.match(/[a-z0-9]+(?:_[a-z0-9]+)*/g) ?? [];
  const content = all.filter((w) => !EN_STOPWORDS.has(w));
  return content.length > 0 ? content : all;
}

function makeTerm(keyword: string, source: TermSource, text: string): Term | undefined {
  const t = normaliseText(text);
  const script = scriptOf(t);
  const words = script === 'latin' ? latinWords(t) : [t.replace(/\s+/g, '')];
  return words.length === 0 || words[0] === '' ? undefined : { keyword, source, script, words };
}

/** English phrase → Chinese words: CEDICT headwords whose gloss is exactly the phrase or, for a
 * single word, one of its lemmas ("pruning" → "prune" → 剪枝). */
function chineseOf(phrase: string): string[] {
  const out = new Set(chineseFor(phrase));
  if (!phrase.includes(' ')) for (const l of lemmas(phrase)) for (const zh of chineseFor(l)) out.add(zh);
  return [...out];
}

/** Chinese term → English phrases: its CEDICT glosses; a compound CEDICT lacks (知识蒸馏) is
 * translated part by part when jieba splits it into two or three listed words. */
function englishOf(zh: string): string[] {
  const direct = englishFor(zh);
  if (direct.length > 0) return direct;
  const parts = segmenter().cut(zh, false);
  if (parts.length < 2 || parts.length > 3) return [];
  const glosses = parts.map((p) => englishFor(p).filter((g) => !g.includes(' ')).slice(0, 2));
  if (glosses.some((g) => g.length === 0)) return [];
  let phrases = [''];
  for (const g of glosses) phrases = phrases.flatMap((p) => g.map((w) => (p === '' ? w : `${p} ${w}`)));
  return phrases;
}

/** Every term of a point, deduplicated by script and words. */
export function expandKeywords(keywords: { zh: string[]; en: string[] }): Term[] {
  const terms = new Map<string, Term>();
  const add = (t: Term | undefined) => {
    if (t === undefined) return;
    const key = `${t.script}:${t.words.join(' ')}`;
    if (!terms.has(key)) terms.set(key, t);
  };
  const all = [...keywords.zh, ...keywords.en];
  for (const k of all) add(makeTerm(k, 'keyword', k));
  for (const k of all) {
    const n = normaliseText(k);
    const script = scriptOf(n);
    if (script === 'latin' && /^[a-z][a-z -]*[a-z]$/.test(n)) {
      for (const s of synonyms(n)) add(makeTerm(k, 'synonym', s));
      for (const zh of chineseOf(n)) add(makeTerm(k, 'translation', zh));
    } else if (script === 'han') {
      for (const en of englishOf(n)) add(makeTerm(k, 'translation', en));
    }
  }
  return [...terms.values()];
}
