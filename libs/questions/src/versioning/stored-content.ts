// What a question version stores: the bank entry as JSON (its case generator stays in code) plus
// the judging fingerprint that names the generator's behaviour. Used by the seed and by tests
// that create versions, so both store exactly what the judge later checks.
import { createHash } from 'node:crypto';
import type { Question } from '../types';
import { judgingFingerprint } from './judging-fingerprint';
import { stableStringify } from './stable-json';

export type StoredContent = { [key: string]: unknown; judgingFingerprint?: string };

/** Everything but functions, plus `judgingFingerprint` for coding and training questions. */
export function storedContent(question: Question): StoredContent {
  const content = JSON.parse(JSON.stringify(question)) as StoredContent;
  const fingerprint = judgingFingerprint(question);
  return fingerprint === null ? content : { ...content, judgingFingerprint: fingerprint };
}

/** The hash that tells whether a question changed (a new version) or not. */
export function contentHash(content: StoredContent): string {
  return createHash('sha256').update(stableStringify(content)).digest('hex');
}
