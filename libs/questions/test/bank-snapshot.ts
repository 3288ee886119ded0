// A canonical JSON dump of the bank as the library exports it (functions such as a coding
// question's `generate` drop out, keys are sorted at every level), so a change of storage
// (TypeScript literals → data files) can be proven not to change one byte of content.
import { createHash } from 'node:crypto';
import { SEED_SECTIONS, WORKED_EXAMPLES, questions } from '../src';

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

export function bankSnapshot(): string {
  // A JSON round trip first drops functions and undefined fields the way JSON.stringify does.
  const plain: unknown = JSON.parse(JSON.stringify({ questions, workedExamples: WORKED_EXAMPLES, seedSections: SEED_SECTIONS }));
  return JSON.stringify(sortKeys(plain), null, 1) + '\n';
}

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
