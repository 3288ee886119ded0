// Text handling shared by the rubric matcher: normalisation, sentence and clause splitting, and
// word tokens in both languages. English words are stemmed (Porter2) so "quantize" and
// "quantization" meet; Chinese runs are segmented into words with jieba, so a keyword only
// matches whole words ("键" does not match inside "关键").
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

// The wink packages ship no type declarations; their one function each is typed here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const porter2 = require('wink-porter2-stemmer') as (word: string) => string;

/** NFKC folds full-width letters, digits and punctuation (（），：Ａ) to their ASCII forms;
 * whitespace runs become one space, so line breaks in an answer do not split a keyword. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

let jieba: Jieba | undefined;
/** jieba's default dictionary takes ~0.2 s to load: once, on first use. */
export function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

const stemCache = new Map<string, string>();
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /^[a-z]+$/.test(word) ? porter2(word) : word;
    stemCache.set(word, s);
  }
  return s;
}

export const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;

/** One word of a sentence: `raw` as written (lower case), `form` what is compared (an English
 * stem, or the Chinese word itself), `zh` whether it came from a Chinese run. `start`/`end` are
 * offsets in the sentence text, so a match can be shown and negation cues located. */
export interface Token {
  raw: string;
  form: string;
  zh: boolean;
  tag?: string;
  start: number;
  end: number;
}

const EN_WORD = /[a-z0-9]+(?:_[a-z0-9]+)*/g;

function englishTokens(text: string, offset: number, out: Token[]): void {
  for (const m of text.matchAll(EN_WORD)) {
    out.push({ raw: m[0], form: stem(m[0]), zh: false, start: offset + m.index, end: offset + m.index + m[0].length });
  }
}

/** Tokens of a normalised text: Latin words from the non-Han parts, jieba words (with their part
 * of speech) from the Han runs. Punctuation is dropped. */
export function tokenise(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(HAN_RUN)) {
    englishTokens(text.slice(last, m.index), last, out);
    let at = m.index;
    for (const { word, tag } of segmenter().tag(m[0], true)) {
      out.push({ raw: word, form: word, zh: true, tag, start: at, end: at + word.length });
      at += word.length;
    }
    last = m.index + m[0].length;
  }
  englishTokens(text.slice(last), last, out);
  return out;
}

/** Word boundaries of a Han run under both of jieba's cuts: the plain cut and search mode (which
 * also yields the shorter words inside a long one, e.g. 注意力 → 注意). */
export function hanBoundaries(run: string): Set<number> {
  const b = new Set<number>([0, run.length]);
  let at = 0;
  for (const w of segmenter().cut(run, true)) b.add((at += w.length));
  for (const w of segmenter().cutForSearch(run, true)) {
    // Search-mode words are listed without offsets; locate each inside the run.
    for (let i = run.indexOf(w); i >= 0; i = run.indexOf(w, i + 1)) {
      b.add(i);
      b.add(i + w.length);
    }
  }
  return b;
}

// English function words: skipped when matching multi-word terms ("load the" is "load"), and
// counted as evidence that a line is a sentence rather than a list of terms.
export const EN_STOPWORDS = new Set(
  ('a an the of to in on at by for from with as and or but if then than so that this these those it its is are was were be been being ' +
    'can could will would shall should may might must do does did done has have had having which who whom whose what when where why how ' +
    'we you they he she i our your their us them into over under about after before between through during each every such also very ' +
    'more most less many much some any all both other another same one only just there here while because since via per using use used uses').split(' '),
);

export const ZH_STOPWORDS = new Set(
  '的 了 是 在 和 与 及 或 等 把 将 被 对 从 以 为 中 上 下 也 都 就 而 并 且 其 这 那 这些 那些 一个 一种 可以 能够 通过 进行 使用 用 会 能 我们 它 他们 如 如果 因为 所以 之 于 则 即 个 种'.split(' '),
);

/** A sentence of an answer, with its offset in the normalised answer (for display). */
export interface Sentence {
  text: string;
  /** Lines of a fenced code block: never credited as prose. */
  code: boolean;
}

/** Splits an answer into sentences: at line breaks (so each list item and heading stands alone)
 * and at sentence-final punctuation. Markdown emphasis and list markers are dropped first. */
export function splitSentences(answer: string): Sentence[] {
  const out: Sentence[] = [];
  let inCode = false;
  for (const rawLine of answer.normalize('NFKC').split(/\r?\n/)) {
    if (/^\s*```/.test(rawLine)) {
      inCode = !inCode;
      continue;
    }
    const line = rawLine
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
      .replace(/[*`#>]{1,3}|(?<![a-z0-9])_{1,2}|_{1,2}(?![a-z0-9])/gi, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (line === '') continue;
    if (inCode) {
      out.push({ text: line.toLowerCase(), code: true });
      continue;
    }
    // Split before lower-casing: an English sentence ends at . ! ? before a capital letter (so
    // "e.g. pruning" stays whole); a Chinese one at 。！？；.
    for (const part of line.split(/(?<=[.!?])\s+(?=[A-Z\p{Script=Han}(])|(?<=[。！？；;])\s*(?=\S)/u)) {
      const t = part.trim().toLowerCase();
      if (t !== '') out.push({ text: t, code: false });
    }
  }
  return out;
}

/** Clause boundaries inside a sentence: commas, colons, semicolons and contrastive conjunctions.
 * Negation is judged per clause, so "A is not needed, but B helps" still credits B. */
export function clauseSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const re = /[,，:：;；]|\b(?:but|however|whereas|although|though)\b|但是|但|然而|而是|不过/gu;
  let last = 0;
  for (const m of text.matchAll(re)) {
    spans.push([last, m.index]);
    last = m.index + m[0].length;
  }
  spans.push([last, text.length]);
  return spans;
}
