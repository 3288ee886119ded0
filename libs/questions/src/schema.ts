// Runtime schema of a bank entry, and the one definition of its types (`types.ts` derives them
// with z.infer). The data files are validated against it when they load, and the tests validate
// every entry, so a malformed entry (missing translation, empty rubric, bad slug, unknown field)
// fails CI rather than the API.
import { LANGUAGE_IDS, MAX_QUESTION_MEMORY_MB, MAX_QUESTION_TIME_MS, perLanguage, type Language, type MetricBar } from '@app/definitions';
import { z } from 'zod';
import type { CaseGenerator } from './types';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const text = z.string().trim().min(1);

// The enumerations, defined once. QuestionKind and Language mirror Prisma's enums of the same
// name (a test checks they are equal); Lang and Difficulty exist only here, and the API's
// GraphQL enums are these objects.
export const questionKindSchema = z.enum(['CONCEPTUAL', 'CODING', 'TRAINING']);
// The languages are @app/definitions' table; the schema only validates against it.
export const languageSchema = z.enum(LANGUAGE_IDS as [Language, ...Language[]]);
/** Language of a text: Chinese (the seeds' own words) or English. */
export const langSchema = z.enum(['ZH', 'EN']);
export const difficultySchema = z.enum(['EASY', 'MEDIUM', 'HARD']);

/** A text in both languages: `zh` is the seed's own words, `en` a faithful translation. */
export const bilingualSchema = z.strictObject({ zh: text, en: text });

/** Where a question comes from in `shared/seeds/`: the seed file (e.g. `003_350a414516ea86dc.txt`),
 * the section as the seed numbers it (`§4`, `§二.1`) and the heading exactly as written there
 * (without the leading `#`s). */

export const seedRefSchema = z.strictObject({
  seed: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/),
  section: z.string().startsWith('§'),
  heading: text,
});

/** One key point of a conceptual answer, matched by keywords in either language. `id` is stable
 * within the question; weights are relative (normalised when scoring); a point is covered when
 * any keyword of either language appears in the answer. */
export const rubricPointSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/),
  point: bilingualSchema,
  weight: z.number().positive().finite(),
  keywords: z.strictObject({ zh: z.array(text).min(1), en: z.array(text).min(1) }),
});

/** Relative and absolute tolerance: |a-b| <= atol + rtol*|b|. `exact` for integer outputs. */
export const toleranceSchema = z.union([
  z.literal('exact'),
  z.strictObject({ rtol: z.number().nonnegative(), atol: z.number().nonnegative() }),
]);

// Within the sandbox's ceilings: a question asking for more would be clamped silently.
export const limitsSchema = z.strictObject({
  /** Wall-clock time allowed per test case, in milliseconds. */
  timeMsPerTest: z.number().int().positive().max(MAX_QUESTION_TIME_MS),
  memoryMb: z.number().int().positive().max(MAX_QUESTION_MEMORY_MB),
  /** Whether the judge may give this question a GPU (when the worker has one). */
  gpu: z.boolean(),
});

/** One value per language of @app/definitions, no more, no fewer. */
const perLanguageSchema = <T extends z.ZodType>(schema: T) => z.strictObject(perLanguage(() => schema));

/** The function the candidate must define (`scaled_dot_product`) and a human-readable signature. */
export const entryFunctionSchema = z.strictObject({ name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), signature: text });

const base = {
  /** Stable, unique, kebab-case; never changes once published. */
  slug: z.string().regex(kebab),
  /** The seed heading this entry is, or null for an entry derived from seed code (see `seeds`). */
  source: seedRefSchema.nullable(),
  title: bilingualSchema,
  prompt: bilingualSchema,
  modelAnswer: bilingualSchema,
  /** What was corrected relative to the seed's answer or code, and why. */
  corrections: z.array(bilingualSchema),
  tags: z.array(z.string().regex(kebab)),
  difficulty: difficultySchema,
  /** Set on a repeat: the slug of the canonical question this one is a variant of. */
  variantOf: z.string().regex(kebab).optional(),
  /** Slugs of related questions, e.g. the coding counterpart of a conceptual one. */
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
    /** The reference algorithm id from the contract, e.g. `attention.scaled_dot_product`. */
    algorithmId: z.string().regex(/^[a-z0-9]+\.[a-z0-9_]+$/),
    /** Seed sections that document this algorithm. */
    seeds: z.array(seedRefSchema).min(1),
    entry: perLanguageSchema(entryFunctionSchema),
    starterCode: perLanguageSchema(text),
    /** Output fields compared with the reference; others are ignored. */
    checkedFields: z.array(z.string().min(1)).min(1),
    /** Tolerance per checked field (fields absent here use `defaultTolerance`). */
    tolerance: z.record(z.string(), toleranceSchema),
    defaultTolerance: toleranceSchema,
    limits: limitsSchema,
    generate: z.custom<CaseGenerator>((v) => typeof v === 'function', 'generate must be a function'),
  })
  .refine((q) => Object.keys(q.tolerance).every((f) => q.checkedFields.includes(f)), {
    message: 'tolerance names a field that is not checked',
  })
  .refine((q) => LANGUAGE_IDS.every((language) => q.entry[language].name === q.algorithmId.split('.')[1]), {
    message: 'entry function must be named after the algorithm (the part after the dot)',
  });

// Typed by @app/definitions' MetricBar (shared with libs/reference), so the two cannot drift.
export const metricBarSchema: z.ZodType<MetricBar> = z.strictObject({
  /** Metric name as the reference computes it, e.g. `accuracy`, `mse_ratio`. */
  metric: text,
  /** Score 1 at or beyond this value. */
  full: z.number().finite(),
  /** Score 0 at or below (or above, when lower is better) this value; linear between. */
  zero: z.number().finite(),
  higherIsBetter: z.boolean(),
});

const trainPredictSchema = z.strictObject({ train: entryFunctionSchema, predict: entryFunctionSchema });

export const trainingSchema = z.strictObject({
  ...base,
  kind: z.literal('TRAINING'),
  /** The task id from the contract, e.g. `task.mnist_mlp`. */
  taskId: z.string().regex(/^task\.[a-z0-9_]+$/),
  seeds: z.array(seedRefSchema).min(1),
  /** What data the candidate trains on, in words. */
  data: bilingualSchema,
  entry: perLanguageSchema(trainPredictSchema),
  starterCode: perLanguageSchema(text),
  /** Time allowed for train + predict together, in milliseconds. */
  timeBudgetMs: z.number().int().positive().max(MAX_QUESTION_TIME_MS),
  /** All metrics reported; the score is the mean of the bars' scores (each linear between
   * `zero` and `full`), as libs/reference/src/tasks computes it. */
  metrics: z.array(text).min(1),
  bars: z.array(metricBarSchema).min(1),
  limits: limitsSchema,
});

export const questionSchema = z.discriminatedUnion('kind', [conceptualSchema, codingSchema, trainingSchema]);

/** A conceptual entry as stored in `libs/questions/bank/seed-NNN/<slug>/question.json`: the
 * company question format's shape (shared/contracts/question-format.md: `kind`, `title`, `tags`,
 * `difficulty`, and the kind's own fields under `conceptual`) plus the bank's seed fields. The
 * prose lives beside it as Markdown (`prompt.<lang>.md`, `answer.<lang>.md`), so the loader adds
 * `prompt` and `conceptual.modelAnswer`. */
export const conceptualFileSchema = z.strictObject({
  slug: base.slug,
  kind: z.literal('CONCEPTUAL'),
  title: bilingualSchema,
  tags: base.tags,
  difficulty: difficultySchema,
  source: base.source,
  variantOf: base.variantOf,
  related: base.related,
  corrections: base.corrections,
  conceptual: z.strictObject({ rubric: conceptualSchema.shape.rubric }),
});

/** Worked examples of the coding questions, by algorithm id, as computed by independent
 * libraries (`libs/questions/scripts/worked_examples.py` writes `bank/worked-examples.json`). */
export const workedExamplesSchema = z.record(
  z.string().regex(/^[a-z0-9]+\.[a-z0-9_]+$/),
  z.strictObject({ input: z.record(z.string(), z.unknown()), output: z.record(z.string(), z.unknown()) }),
);

/** One numbered question heading of a seed, with the line it is on (1-based). */
export const seedHeadingSchema = z.strictObject({
  seed: seedRefSchema.shape.seed,
  line: z.number().int().positive(),
  section: seedRefSchema.shape.section,
  heading: text,
});

/** Checks that involve more than one entry: unique slugs, variant and related links. Returns
 * one message per problem (empty when the bank is consistent). */
export function crossEntryProblems(questions: readonly z.infer<typeof questionSchema>[]): string[] {
  const problems: string[] = [];
  const bySlug = new Map<string, z.infer<typeof questionSchema>>();
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
