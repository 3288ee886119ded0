// The question bank's data model, derived from the runtime schema (`schema.ts`) so each shape is
// written once; the field documentation lives there. Only the test-case generator's types are
// plain TypeScript: they describe a function's output, not stored data.
import type { z } from 'zod';
import {
  difficultySchema,
  langSchema,
  languageSchema,
  questionKindSchema,
  type bilingualSchema,
  type codingSchema,
  type conceptualFileSchema,
  type conceptualSchema,
  type entryFunctionSchema,
  type limitsSchema,
  type metricBarSchema,
  type questionSchema,
  type rubricPointSchema,
  type seedHeadingSchema,
  type seedRefSchema,
  type toleranceSchema,
  type trainingSchema,
  type workedExamplesSchema,
} from './schema';

// Each enumeration is a type and an object of its values (`Lang.ZH`), usable as a GraphQL enum.
export type QuestionKind = z.infer<typeof questionKindSchema>;
export const QuestionKind = questionKindSchema.enum;
export type Language = z.infer<typeof languageSchema>;
export const Language = languageSchema.enum;
export type Lang = z.infer<typeof langSchema>;
export const Lang = langSchema.enum;
export type Difficulty = z.infer<typeof difficultySchema>;
export const Difficulty = difficultySchema.enum;

export type Bilingual = z.infer<typeof bilingualSchema>;
export type SeedRef = z.infer<typeof seedRefSchema>;
export type SeedHeading = z.infer<typeof seedHeadingSchema>;
export type RubricPoint = z.infer<typeof rubricPointSchema>;
export type Tolerance = z.infer<typeof toleranceSchema>;
export type Limits = z.infer<typeof limitsSchema>;
export type EntryFunction = z.infer<typeof entryFunctionSchema>;
export type MetricBar = z.infer<typeof metricBarSchema>;

export type ConceptualQuestion = z.infer<typeof conceptualSchema>;
export type CodingQuestion = z.infer<typeof codingSchema>;
export type TrainingQuestion = z.infer<typeof trainingSchema>;
export type Question = z.infer<typeof questionSchema>;

/** A conceptual entry's `question.json` (see `conceptualFileSchema`). */
export type ConceptualFile = z.infer<typeof conceptualFileSchema>;
export type WorkedExamples = z.infer<typeof workedExamplesSchema>;
export type WorkedExample = WorkedExamples[string];

/** One test case: an input for the reference algorithm (and the candidate's function). */
export interface TestCase {
  /** Unique within the question's cases, e.g. `sample-1`, `edge-masked-row`, `hidden-large-2`. */
  name: string;
  /** The algorithm's JSON input, exactly as `libs/reference` accepts it. */
  input: Record<string, unknown>;
  /** Relative weight of this case in the score. */
  weight: number;
}

export interface GeneratedCases {
  /** Shown to candidates, with their expected outputs. */
  samples: TestCase[];
  /** Fixed edge cases (same for every seed); hidden. */
  edge: TestCase[];
  /** Randomised cases at small, medium and large sizes; hidden. */
  hidden: TestCase[];
}

/** A pure function of the seed: the same seed gives the same cases, byte for byte. */
export type CaseGenerator = (seed: number) => GeneratedCases;
