// How alike two submitted sources are, insensitive to renaming, layout and comments: both are
// tokenised, every identifier becomes the placeholder `ID` and every string literal `STR`, and
// the two sets of token 5-grams are compared with the Jaccard index (shared / all distinct).
// A renamed or reformatted copy therefore scores 1.0; unrelated solutions share few 5-grams.
//
// To find the few alike submissions among every submission of a question without comparing with
// each, a source also gets winnowed fingerprints (Schleimer, Wilkerson and Aiken, 2003, the
// method of MOSS): every 5-gram is hashed, and of each window of WINDOW consecutive hashes the
// smallest is kept. Two sources that share a run of WINDOW + 4 tokens or more share at least one
// fingerprint; the fingerprints are stored and looked up by an index (source-prints.service.ts).
import { hash } from 'node:crypto';
import type { Language } from '@prisma/client';
import { tokenize } from './source-tokens';

/** Report pairs at or above this similarity unless the caller asks for another threshold. */
export const DEFAULT_SIMILARITY_THRESHOLD = 0.9;

const GRAM = 5;
/** Winnowing window, in grams: every shared run of WINDOW + GRAM - 1 = 12 tokens is guaranteed a shared fingerprint. */
export const WINDOW = 8;

/** The token stream with names and string contents replaced by placeholders. */
export function normalizedTokens(source: string, language: Language): string[] {
  return tokenize(source, language).map((token) =>
    token.kind === 'IDENTIFIER' ? 'ID' : token.kind === 'STRING' ? 'STR' : token.text,
  );
}

/** The distinct 5-grams of a token stream (a shorter stream is one gram of itself). */
export function tokenGrams(tokens: string[], n = GRAM): Set<string> {
  const grams = new Set<string>();
  if (tokens.length === 0) return grams;
  if (tokens.length < n) {
    grams.add(tokens.join('\u0000'));
    return grams;
  }
  for (let i = 0; i + n <= tokens.length; i += 1) grams.add(tokens.slice(i, i + n).join('\u0000'));
  return grams;
}

/** Jaccard index of two gram sets, 0 to 1 (two empty sources count as unrelated: 0). */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const gram of small) if (large.has(gram)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** A source prepared once, to be compared with many others. */
export interface Fingerprint {
  grams: Set<string>;
}

export function fingerprint(source: string, language: Language): Fingerprint {
  return { grams: tokenGrams(normalizedTokens(source, language)) };
}

/** Similarity of two sources in the same language, 0 (nothing shared) to 1 (same after normalising). */
export function sourceSimilarity(a: string, b: string, language: Language): number {
  return jaccard(fingerprint(a, language).grams, fingerprint(b, language).grams);
}

/**
 * A 32-bit hash of one gram (the first four bytes of its SHA-1, as a signed integer for
 * PostgreSQL's integer). One-shot `crypto.hash` in hex: a hash object per gram cost 7 times as
 * much, and was most of submitCode's CPU.
 */
function gramHash(gram: string): number {
  return Number.parseInt(hash('sha1', gram, 'hex').slice(0, 8), 16) | 0;
}

/**
 * The winnowed fingerprints of a token stream: of every window of WINDOW consecutive gram
 * hashes the smallest (the rightmost when tied), each distinct hash once, in first-seen order.
 * A stream shorter than a window keeps its smallest hash; an empty one has none.
 */
export function winnow(tokens: string[], window = WINDOW, n = GRAM): number[] {
  if (tokens.length === 0) return [];
  const hashes: number[] = [];
  if (tokens.length < n) hashes.push(gramHash(tokens.join('\u0000')));
  else for (let i = 0; i + n <= tokens.length; i += 1) hashes.push(gramHash(tokens.slice(i, i + n).join('\u0000')));
  const kept = new Set<number>();
  const width = Math.min(window, hashes.length);
  for (let start = 0; start + width <= hashes.length; start += 1) {
    let best = start;
    for (let i = start + 1; i < start + width; i += 1) if (hashes[i] <= hashes[best]) best = i;
    kept.add(hashes[best]);
  }
  return [...kept];
}

/** The winnowed fingerprints of a source, after the same normalising as the similarity. */
export function sourcePrints(source: string, language: Language): number[] {
  return winnow(normalizedTokens(source, language));
}
