// metrics.bleu: NLTK 3.8's sentence_bleu / corpus_bleu. A sentence is the corpus of one.
//
// Modified n-gram precisions are pooled over the corpus (numerators and denominators summed),
// the brevity penalty uses each hypothesis's closest reference length (ties → shorter), and:
// - no matching unigram at all gives 0, smoothing or not (NLTK returns before smoothing);
// - "none": any other zero precision with a non-zero weight gives 0 (NLTK substitutes the
//   smallest double, which leaves ~1e-77 for 4-gram BLEU; the contract says 0);
// - "method1": a zero precision becomes epsilon / denominator, epsilon = 0.1.
// `precisions` reports the unsmoothed pooled precisions.
import { fields, invalid, MAX_ELEMENTS, parseNumber, type Algorithm } from '../../core';

type Tokens = string[];

export interface BleuInput {
  listOfReferences: Tokens[][];
  hypotheses: Tokens[];
  weights: number[];
  smoothing: 'none' | 'method1';
}

const EPSILON = 0.1;
const MAX_ORDER = 16;

export const bleu: Algorithm<BleuInput> = {
  id: 'metrics.bleu',
  title: 'BLEU (sentence and corpus)',
  seeds: ['003#§1', '002#§4'],

  validate(input) {
    const f = fields(input, {
      optional: ['references', 'hypothesis', 'list_of_references', 'hypotheses', 'weights', 'smoothing'],
    });
    const sentenceForm = f.has('references') || f.has('hypothesis');
    const corpusForm = f.has('list_of_references') || f.has('hypotheses');
    if (sentenceForm === corpusForm) {
      invalid('input: give either {references, hypothesis} (one sentence) or {list_of_references, hypotheses} (a corpus), not both or neither');
    }
    let counted = 0;
    const tokens = (value: unknown, name: string): Tokens => {
      if (!Array.isArray(value)) invalid(`${name}: expected an array of string tokens`);
      counted += value.length;
      if (counted > MAX_ELEMENTS) invalid(`${name}: more than ${MAX_ELEMENTS} tokens in all`);
      value.forEach((t, i) => {
        if (typeof t !== 'string') invalid(`${name}[${i}]: expected a string token but got ${JSON.stringify(t)}`);
      });
      return value as Tokens;
    };
    const references = (value: unknown, name: string): Tokens[] => {
      if (!Array.isArray(value) || value.length === 0) invalid(`${name}: expected a non-empty array of reference token lists`);
      return value.map((r, i) => tokens(r, `${name}[${i}]`));
    };

    let listOfReferences: Tokens[][];
    let hypotheses: Tokens[];
    if (sentenceForm) {
      listOfReferences = [references(f.get('references'), 'references')];
      hypotheses = [tokens(f.get('hypothesis'), 'hypothesis')];
    } else {
      listOfReferences = f.list('list_of_references', references, { minLength: 1 });
      hypotheses = f.list('hypotheses', tokens, { minLength: 1 });
      if (listOfReferences.length !== hypotheses.length) {
        invalid(`hypotheses: expected one hypothesis per entry of list_of_references (${listOfReferences.length}) but got ${hypotheses.length}`);
      }
    }
    const weights = f.has('weights') ? f.list('weights', (w, name) => parseNumber(w, name), { minLength: 1 }) : [0.25, 0.25, 0.25, 0.25];
    if (weights.length > MAX_ORDER) invalid(`weights: at most ${MAX_ORDER} n-gram orders are supported but got ${weights.length}`);
    const smoothing = f.oneOf('smoothing', ['none', 'method1'] as const, 'none');
    return { listOfReferences, hypotheses, weights, smoothing };
  },

  async run({ listOfReferences, hypotheses, weights, smoothing }) {
    const orders = weights.length;
    const numerators = new Array<number>(orders).fill(0);
    const denominators = new Array<number>(orders).fill(0);
    let hypLength = 0;
    let refLength = 0;
    hypotheses.forEach((hyp, s) => {
      const refs = listOfReferences[s];
      for (let n = 1; n <= orders; n++) {
        const [num, den] = modifiedPrecision(refs, hyp, n);
        numerators[n - 1] += num;
        denominators[n - 1] += den;
      }
      hypLength += hyp.length;
      refLength += closestRefLength(refs, hyp.length);
    });
    const bp = brevityPenalty(refLength, hypLength);
    const precisions = numerators.map((num, i) => num / denominators[i]);

    let score: number;
    if (numerators[0] === 0) {
      score = 0;
    } else if (smoothing === 'none' && weights.some((w, i) => w !== 0 && numerators[i] === 0)) {
      score = 0;
    } else {
      let logSum = 0;
      weights.forEach((w, i) => {
        const p = numerators[i] === 0 ? EPSILON / denominators[i] : precisions[i];
        if (w !== 0) logSum += w * Math.log(p);
      });
      score = bp * Math.exp(logSum);
    }
    return { bleu: score, precisions, brevity_penalty: bp };
  },
};

function ngramCounts(tokens: Tokens, n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    // JSON of the slice: an unambiguous key whatever characters the tokens hold.
    const key = JSON.stringify(tokens.slice(i, i + n));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** NLTK's modified_precision as [numerator, denominator]: hypothesis n-gram counts clipped by
 * the largest count in any one reference; the denominator is at least 1. */
export function modifiedPrecision(references: Tokens[], hypothesis: Tokens, n: number): [number, number] {
  const counts = ngramCounts(hypothesis, n);
  const maxRef = new Map<string, number>();
  for (const ref of references) {
    const refCounts = ngramCounts(ref, n);
    for (const key of counts.keys()) maxRef.set(key, Math.max(maxRef.get(key) ?? 0, refCounts.get(key) ?? 0));
  }
  let clipped = 0;
  let total = 0;
  for (const [key, c] of counts) {
    clipped += Math.min(c, maxRef.get(key) ?? 0);
    total += c;
  }
  return [clipped, Math.max(1, total)];
}

/** The reference length closest to the hypothesis length; on a tie the shorter one. */
export function closestRefLength(references: Tokens[], hypLength: number): number {
  let best = references[0].length;
  for (const ref of references) {
    const len = ref.length;
    const d = Math.abs(len - hypLength);
    const bestD = Math.abs(best - hypLength);
    if (d < bestD || (d === bestD && len < best)) best = len;
  }
  return best;
}

/** NLTK's brevity_penalty: 1 when the hypothesis is longer, 0 for an empty one, else
 * exp(1 - r/c). */
export function brevityPenalty(refLength: number, hypLength: number): number {
  if (hypLength > refLength) return 1;
  if (hypLength === 0) return 0;
  return Math.exp(1 - refLength / hypLength);
}
