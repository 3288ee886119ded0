// Runtime schema of a bank entry. Tests validate every entry against it, so a malformed entry
// (missing translation, empty rubric, bad slug, unknown field) fails CI rather than the API.
import { LANGUAGE_IDS, MAX_QUESTION_MEMORY_MB, MAX_QUESTION_TIME_MS, perLanguage } from '@app/definitions';
import { z } from 'zod';
import type { Question } from './types';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const text = z.string().trim().min(1);

export const bilingualSchema = z.strictObject({ zh: text, en: text });

export const seedRefSchema = z.strictObject({
  seed: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/),
  section: z.string().startsWith('§'),
  heading: text,
});

export const rubricPointSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/),
  point: bilingualSchema,
  weight: z.number().positive().finite(),
  keywords: z.strictObject({ zh: z.array(text).min(1), en: z.array(text).min(1) }),
});

const toleranceSchema = z.union([
  z.literal('exact'),
  z.strictObject({ rtol: z.number().nonnegative(), atol: z.number().nonnegative() }),
]);

// Within the sandbox's ceilings: a question asking for more would be clamped silently.
const limitsSchema = z.strictObject({
  timeMsPerTest: z.number().int().positive().max(MAX_QUESTION_TIME_MS),
  memoryMb: z.number().int().positive().max(MAX_QUESTION_MEMORY_MB),
  gpu: z.boolean(),
});

/** One value per language of @app/definitions, no more, no fewer. */
const perLanguageSchema = <T extends z.ZodType>(schema: T) => z.strictObject(perLanguage(() => schema));

const entryFunctionSchema = z.strictObject({ name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), signature: text });

const base = {
  slug: z.string().regex(kebab),
  source: seedRefSchema.nullable(),
  title: bilingualSchema,
  prompt: bilingualSchema,
  modelAnswer: bilingualSchema,
  corrections: z.array(bilingualSchema),
  tags: z.array(z.string().regex(kebab)),
  difficulty: z.enum(['EASY', 'MEDIUM', 'HARD']),
  variantOf: z.string().regex(kebab).optional(),
  related: z.array(z.string().regex(kebab)),
};

export const conceptualSchema = z.strictObject({
  ...base,
  kind: z.literal('CONCEPTUAL'),
  rubric: z
    .array(rubricPointSchema)
    .min(3)
    .max(8)
    .refine((points) => new Set(points.map((p) => p.id)).size === points.length, 'rubric point ids must be unique'),
});

export const codingSchema = z
  .strictObject({
    ...base,
    kind: z.literal('CODING'),
    algorithmId: z.string().regex(/^[a-z0-9]+\.[a-z0-9_]+$/),
    seeds: z.array(seedRefSchema).min(1),
    entry: perLanguageSchema(entryFunctionSchema),
    starterCode: perLanguageSchema(text),
    checkedFields: z.array(z.string().min(1)).min(1),
    tolerance: z.record(z.string(), toleranceSchema),
    defaultTolerance: toleranceSchema,
    limits: limitsSchema,
    generate: z.custom<(seed: number) => unknown>((v) => typeof v === 'function', 'generate must be a function'),
  })
  .refine((q) => Object.keys(q.tolerance).every((f) => q.checkedFields.includes(f)), {
    message: 'tolerance names a field that is not checked',
  })
  .refine((q) => LANGUAGE_IDS.every((language) => q.entry[language].name === q.algorithmId.split('.')[1]), {
    message: 'entry function must be named after the algorithm (the part after the dot)',
  });

const metricBarSchema = z.strictObject({
  metric: text,
  full: z.number().finite(),
  zero: z.number().finite(),
  higherIsBetter: z.boolean(),
});

const trainPredictSchema = z.strictObject({ train: entryFunctionSchema, predict: entryFunctionSchema });

export const trainingSchema = z.strictObject({
  ...base,
  kind: z.literal('TRAINING'),
  taskId: z.string().regex(/^task\.[a-z0-9_]+$/),
  seeds: z.array(seedRefSchema).min(1),
  data: bilingualSchema,
  entry: perLanguageSchema(trainPredictSchema),
  starterCode: perLanguageSchema(text),
  timeBudgetMs: z.number().int().positive().max(MAX_QUESTION_TIME_MS),
  metrics: z.array(text).min(1),
  bars: z.array(metricBarSchema).min(1),
  limits: limitsSchema,
});

export const questionSchema = z.discriminatedUnion('kind', [conceptualSchema, codingSchema, trainingSchema]);

/** Checks that involve more than one entry: unique slugs, variant and related links. Returns
 * one message per problem (empty when the bank is consistent). */
export function crossEntryProblems(questions: readonly Question[]): string[] {
  const problems: string[] = [];
  const bySlug = new Map<string, Question>();
  for (const q of questions) {
    if (bySlug.has(q.slug)) problems.push(`duplicate slug ${q.slug}`);
    bySlug.set(q.slug, q);
  }
  for (const q of questions) {
    if (q.variantOf !== undefined) {
      const canonical = bySlug.get(q.variantOf);
      if (!canonical) problems.push(`${q.slug}: variantOf ${q.variantOf} does not exist`);
      else if (canonical.variantOf !== undefined) problems.push(`${q.slug}: variantOf ${q.variantOf}, itself a variant`);
      if (q.variantOf === q.slug) problems.push(`${q.slug}: variant of itself`);
    }
    for (const r of q.related) {
      if (!bySlug.has(r)) problems.push(`${q.slug}: related ${r} does not exist`);
      if (r === q.slug) problems.push(`${q.slug}: related to itself`);
    }
  }
  return problems;
}
