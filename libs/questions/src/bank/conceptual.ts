// The conceptual entries of the five seeds, read from libs/questions/bank/seed-NNN/<slug>/:
// `question.json` (structured fields, in the company question format's shape) and the prose as
// Markdown (`prompt.zh.md`, `prompt.en.md`, `answer.zh.md`, `answer.en.md`). `conceptual.json`
// lists each seed's entries in seed order; a folder it does not list is an error, so an entry
// cannot be dropped silently.
import { z } from 'zod';
import { conceptualFileSchema, conceptualSchema } from '../schema';
import type { ConceptualQuestion } from '../types';
import { bankFolders, readBankJson, readBankText } from './data-files';

export const CONCEPTUAL_SEEDS = ['000', '001', '002', '003', '004'] as const;
export type ConceptualSeed = (typeof CONCEPTUAL_SEEDS)[number];

const manifestSchema = z.strictObject(
  Object.fromEntries(CONCEPTUAL_SEEDS.map((s) => [s, z.array(z.string()).min(1)])) as Record<ConceptualSeed, z.ZodArray<z.ZodString>>,
);

function loadEntry(folder: string): ConceptualQuestion {
  const file = readBankJson(`${folder}/question.json`, conceptualFileSchema);
  const { conceptual, ...fields } = file;
  const entry = conceptualSchema.safeParse({
    ...fields,
    prompt: { zh: readBankText(`${folder}/prompt.zh.md`), en: readBankText(`${folder}/prompt.en.md`) },
    modelAnswer: { zh: readBankText(`${folder}/answer.zh.md`), en: readBankText(`${folder}/answer.en.md`) },
    rubric: conceptual.rubric,
  });
  if (!entry.success) throw new Error(`${folder}: ${JSON.stringify(entry.error.issues)}`);
  return entry.data;
}

function loadSeed(seed: ConceptualSeed, slugs: readonly string[]): ConceptualQuestion[] {
  const dir = `seed-${seed}`;
  const unlisted = bankFolders(dir).filter((f) => !slugs.includes(f));
  if (unlisted.length > 0) throw new Error(`${dir}: folders not listed in conceptual.json: ${unlisted.join(', ')}`);
  return slugs.map((slug) => {
    const entry = loadEntry(`${dir}/${slug}`);
    if (entry.slug !== slug) throw new Error(`${dir}/${slug}: question.json has slug ${entry.slug}`);
    return entry;
  });
}

const manifest = readBankJson('conceptual.json', manifestSchema);

/** Each seed's conceptual entries, in seed order. */
export const conceptualBySeed: Readonly<Record<ConceptualSeed, ConceptualQuestion[]>> = Object.fromEntries(
  CONCEPTUAL_SEEDS.map((s) => [s, loadSeed(s, manifest[s])]),
) as Record<ConceptualSeed, ConceptualQuestion[]>;
