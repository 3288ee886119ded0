// Every numbered heading of the five seeds in `shared/seeds/`, keyed `NNN#§section`, so entries
// cite a seed section by key and get the exact heading text. The headings are data
// (libs/questions/bank/seed-headings.json, with the line each is on), generated once from the
// seeds, so the bank's tests can check coverage on a clone without shared/; where the seeds are
// present, the coverage test re-reads them and fails if the index has drifted from them.
import { z } from 'zod';
import { seedHeadingSchema } from '../schema';
import type { SeedHeading, SeedRef } from '../types';
import { readBankJson } from './data-files';

export const SEED_FILES = {
  '000': '000_9c04abb55ba1f85c.txt',
  '001': '001_8ca350528ea772c9.txt',
  '002': '002_4b754e0cdc00653c.txt',
  '003': '003_350a414516ea86dc.txt',
  '004': '004_6ff10554399c3ad3.txt',
} as const;

/** The seeds' question headings, in seed and line order. */
export const SEED_HEADINGS: readonly SeedHeading[] = readBankJson('seed-headings.json', z.array(seedHeadingSchema));

export const SEED_SECTIONS: Readonly<Record<string, SeedRef>> = Object.fromEntries(
  SEED_HEADINGS.map(({ seed, section, heading }) => [`${seed.slice(0, 3)}#${section}`, { seed, section, heading }]),
);

/** The SeedRef of `NNN#§section`; throws on a key that is not in the table (a typo in an entry). */
export function seedRef(key: string): SeedRef {
  const ref = SEED_SECTIONS[key];
  if (!ref) throw new Error(`unknown seed section ${key}`);
  return ref;
}
