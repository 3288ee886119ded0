// Finding a point's terms in one sentence of an answer, word-aligned: Latin terms word by word
// (stems, or a keyword written as a word prefix such as "quantiz"), Chinese terms on jieba word
// boundaries.
import { isNegated } from './negation';
import { clauseSpans, EN_STOPWORDS, hanBoundaries, stem, tokenise, type Token } from './text';
import type { Term } from './terms';

/** A sentence prepared once for all points: its tokens, the content (non-function) Latin tokens,
 * its clauses, and the word boundaries of its Han runs. */
export interface AnalysedSentence {
  text: string;
  tokens: Token[];
  content: number[];
  clauses: [number, number][];
  hanRuns: { start: number; end: number; boundaries: Set<number> }[];
}

export function analyse(text: string): AnalysedSentence {
  const tokens = tokenise(text);
  const content = tokens.flatMap((t, i) => (!t.zh && !EN_STOPWORDS.has(t.raw) ? [i] : []));
  const hanRuns = [...text.matchAll(/\p{Script=Han}+/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    boundaries: hanBoundaries(m[0]),
  }));
  return { text, tokens, content, clauses: clauseSpans(text), hanRuns };
}

export interface Hit {
  /** The answer's own words that matched. */
  text: string;
  /** Character span in the sentence. */
  start: number;
  end: number;
  negated: boolean;
  cue?: string;
}

/** Tokens a keyword word consumes at token i: the same stem or a word-prefix keyword (≥ 4
 * letters: "quantiz" in "quantized"), or two adjacent tokens written as one ("back-propagation"
 * for "backpropagation"); 0 when it does not match. */
function wordAt(word: string, s: AnalysedSentence, i: number): number {
  const t = s.tokens[i];
  if (t.zh) return 0;
  const matches = (raw: string) =>
    raw === word || stem(raw) === stem(word) || raw === `${word}s` || raw === `${word}es` || (word.length >= 4 && raw.startsWith(word));
  if (matches(t.raw)) return 1;
  const next = s.tokens[i + 1];
  if (next && !next.zh && next.start - t.end <= 1 && matches(t.raw + next.raw)) return 2;
  return 0;
}

/** Latin term: its words in order among the content tokens, at most one other content word between
 * consecutive ones ("update the model's weights" for "update the weights"). */
function latinHits(term: Term, s: AnalysedSentence): [number, number][] {
  const spans: [number, number][] = [];
  const pos = s.content;
  for (let c = 0; c < pos.length; c++) {
    let used = wordAt(term.words[0], s, pos[c]);
    if (used === 0) continue;
    const first = pos[c];
    let last = pos[c] + used - 1;
    let ok = true;
    for (let w = 1; w < term.words.length && ok; w++) {
      ok = false;
      // Next content positions after `last`, allowing one skipped content word.
      const after = pos.filter((p) => p > last).slice(0, 2);
      for (const p of after) {
        used = wordAt(term.words[w], s, p);
        if (used > 0) {
          last = p + used - 1;
          ok = true;
          break;
        }
      }
    }
    if (ok) spans.push([first, last + 1]);
  }
  return spans;
}

/** Han term: a substring of a Han run that starts and ends on word boundaries; a term of three or
 * more characters needs only one of its ends aligned (jieba may cut 预训练 as 上预/训练). A single
 * character must be a word by itself, so 键 never matches inside 关键. */
function hanHits(term: Term, s: AnalysedSentence): [number, number][] {
  const word = term.words[0];
  const spans: [number, number][] = [];
  for (const run of s.hanRuns) {
    const text = s.text.slice(run.start, run.end);
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      const a = run.boundaries.has(i);
      const b = run.boundaries.has(i + word.length);
      if ((a && b) || ([...word].length >= 3 && (a || b))) spans.push(charSpanToTokens(s, run.start + i, run.start + i + word.length));
    }
  }
  return spans;
}

/** Mixed-script term ("kv 缓存", "shap值"): a substring of the sentence with its spaces removed. */
function mixedHits(term: Term, s: AnalysedSentence): [number, number][] {
  const squeezed: number[] = [];
  let flat = '';
  for (let i = 0; i < s.text.length; i++) {
    if (s.text[i] === ' ') continue;
    squeezed.push(i);
    flat += s.text[i];
  }
  const spans: [number, number][] = [];
  const word = term.words[0];
  for (let i = flat.indexOf(word); i >= 0; i = flat.indexOf(word, i + 1)) {
    spans.push(charSpanToTokens(s, squeezed[i], squeezed[i + word.length - 1] + 1));
  }
  return spans;
}

function charSpanToTokens(s: AnalysedSentence, start: number, end: number): [number, number] {
  let from = s.tokens.findIndex((t) => t.end > start);
  if (from < 0) from = s.tokens.length;
  let to = from;
  while (to < s.tokens.length && s.tokens[to].start < end) to++;
  return [from, Math.max(to, from + 1)];
}

function clauseOf(s: AnalysedSentence, tokenIndex: number): [number, number] {
  const at = s.tokens[tokenIndex]?.start ?? 0;
  const [cs, ce] = s.clauses.find(([a, b]) => at >= a && at < b) ?? [0, s.text.length];
  let from = s.tokens.findIndex((t) => t.start >= cs);
  if (from < 0) from = s.tokens.length;
  let to = from;
  while (to < s.tokens.length && s.tokens[to].start < ce) to++;
  return [from, to];
}

/** Every occurrence of a term in the sentence, each with whether it is negated in its clause. */
export function findTerm(term: Term, s: AnalysedSentence, checkNegation: boolean): Hit[] {
  const spans = term.script === 'latin' ? latinHits(term, s) : term.script === 'han' ? hanHits(term, s) : mixedHits(term, s);
  return spans.map(([from, to]) => {
    const start = s.tokens[from]?.start ?? 0;
    const end = s.tokens[Math.min(to, s.tokens.length) - 1]?.end ?? start;
    let negation: { negated: boolean; cue?: string } = { negated: false };
    if (checkNegation) {
      const [cf, ct] = clauseOf(s, from);
      negation = isNegated(s.tokens.slice(cf, ct), from - cf, to - cf);
    }
    return { text: s.text.slice(start, end), start, end, ...negation };
  });
}
