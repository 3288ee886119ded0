// The one file format of company questions (shared/contracts/question-format.md): the input of
// createQuestion / updateQuestion / importQuestions, what exportQuestions returns and what
// `judge:try` reads. Parsing it is the first check a saved question gets; everything that can be
// judged without running code is judged here (unknown fields, a test input naming a parameter
// the function does not take, duplicate test names, a kind without its section, sizes), and each
// problem names its field as a path (`coding.tests[2].input.axis`).
import { DEFAULT_QUESTION_LIMITS, LANGUAGE_IDS, MAX_QUESTION_MEMORY_MB, MAX_QUESTION_TIME_MS, type Language } from '@app/definitions';
import { z } from 'zod';
import { DEFAULT_TOLERANCE } from '../coding/define';
import { difficultySchema, languageSchema, questionKindSchema, toleranceSchema } from '../schema';
import { QuestionFileError, type QuestionFileProblem } from './question-file-error';
import { parseTrainingData } from './training-data';

export { QuestionFileError, type QuestionFileProblem };

/** A whole question file, training data included (the CSV's own cap is below). */
export const MAX_QUESTION_FILE_BYTES = 25 * 1024 * 1024;
/** A question file without training data: code, tests and texts. */
export const MAX_QUESTION_BYTES_WITHOUT_DATA = 2 * 1024 * 1024;
export const MAX_TRAINING_CSV_BYTES = 20 * 1024 * 1024;
export const MAX_TESTS = 200;
export const MAX_SOURCE_CHARS = 100_000;

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const identifier = /^[A-Za-z_][A-Za-z0-9_]*$/;
const text = (max: number) => z.string().trim().min(1).max(max);

/** English is required, Chinese optional (the bank has both; a company writes what it uses). */
const textPair = (max: number) => z.strictObject({ en: text(max), zh: text(max).optional() });

export const parameterTypeSchema = z.enum(['JSON', 'NDARRAY']);

const sourceSchema = z.strictObject({ language: languageSchema, source: z.string().min(1).max(MAX_SOURCE_CHARS) });

export const questionTestSchema = z.strictObject({
  name: z.string().trim().min(1).max(80),
  input: z.record(z.string(), z.unknown()),
  /** Absent: the reference solution computes it when the question is saved. */
  expected: z.unknown().optional(),
  hidden: z.boolean().default(true),
  weight: z.number().positive().max(1000).default(1),
});

export const codingSectionSchema = z.strictObject({
  entry: z.string().regex(identifier, 'must be a function name (letters, digits, _)'),
  parameters: z
    .array(z.strictObject({ name: z.string().regex(identifier, 'must be a parameter name (letters, digits, _)'), type: parameterTypeSchema }))
    .max(20),
  starterCode: z.array(sourceSchema).default([]),
  referenceSolution: sourceSchema.optional(),
  tests: z.array(questionTestSchema).min(1, 'a coding question needs at least one test').max(MAX_TESTS),
  tolerance: toleranceSchema.default(DEFAULT_TOLERANCE),
  limits: z
    .strictObject({
      timeMsPerTest: z.number().int().positive().max(MAX_QUESTION_TIME_MS),
      memoryMb: z.number().int().min(64).max(MAX_QUESTION_MEMORY_MB),
    })
    .default({ timeMsPerTest: DEFAULT_QUESTION_LIMITS.timeMsPerTest, memoryMb: DEFAULT_QUESTION_LIMITS.memoryMb }),
});

export const conceptualSectionSchema = z.strictObject({
  modelAnswer: textPair(20_000),
  rubric: z
    .array(
      z.strictObject({
        point: textPair(500),
        weight: z.number().positive().max(100).default(1),
        keywords: z.strictObject({ en: z.array(text(80)).min(1).max(30), zh: z.array(text(80)).max(30).optional() }),
      }),
    )
    .min(1, 'a rubric needs at least one point')
    .max(20),
});

export const trainingSectionSchema = z.strictObject({
  dataset: z.strictObject({ csv: z.string().min(1).max(MAX_TRAINING_CSV_BYTES, `the CSV may be at most ${MAX_TRAINING_CSV_BYTES / 1024 / 1024} MB`) }),
  label: z.string().min(1).max(200),
  task: z.enum(['CLASSIFICATION', 'REGRESSION']),
  metric: z.enum(['ACCURACY', 'F1', 'ROC_AUC', 'MSE', 'MAE', 'R2']),
  bars: z.strictObject({ full: z.number().finite(), zero: z.number().finite() }),
  testFraction: z.number().min(0.05).max(0.5).default(0.2),
  timeBudgetSeconds: z.number().int().positive().max(600).default(120),
});

export const questionFileSchema = z.strictObject({
  slug: z.string().max(80).regex(kebab, 'must be kebab-case (a-z, 0-9 and single dashes)'),
  kind: questionKindSchema,
  title: textPair(200),
  prompt: textPair(50_000),
  tags: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
  difficulty: difficultySchema.default('MEDIUM'),
  languages: z.array(languageSchema).min(1).default([...LANGUAGE_IDS]),
  coding: codingSectionSchema.optional(),
  conceptual: conceptualSectionSchema.optional(),
  training: trainingSectionSchema.optional(),
});

export type QuestionFile = z.infer<typeof questionFileSchema>;
export type CodingSection = z.infer<typeof codingSectionSchema>;
export type ConceptualSection = z.infer<typeof conceptualSectionSchema>;
export type TrainingSection = z.infer<typeof trainingSectionSchema>;
export type QuestionTest = z.infer<typeof questionTestSchema>;
export type ParameterType = z.infer<typeof parameterTypeSchema>;

function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

const SECTIONS = { CODING: 'coding', CONCEPTUAL: 'conceptual', TRAINING: 'training' } as const;

/** Cross-field rules zod's shape cannot say. */
function crossFieldProblems(file: QuestionFile): QuestionFileProblem[] {
  const problems: QuestionFileProblem[] = [];
  const wanted = SECTIONS[file.kind];
  for (const section of Object.values(SECTIONS)) {
    if (section === wanted && file[section] === undefined) problems.push({ field: section, message: `a ${file.kind} question needs its "${section}" section` });
    if (section !== wanted && file[section] !== undefined) problems.push({ field: section, message: `a ${file.kind} question must not have a "${section}" section` });
  }
  if (new Set(file.languages).size !== file.languages.length) problems.push({ field: 'languages', message: 'a language is listed twice' });
  const coding = file.coding;
  if (coding) {
    const names = coding.parameters.map((p) => p.name);
    names.forEach((name, i) => {
      if (names.indexOf(name) !== i) problems.push({ field: `coding.parameters[${i}].name`, message: `parameter "${name}" is listed twice` });
    });
    const seen = new Set<string>();
    coding.tests.forEach((test, i) => {
      if (seen.has(test.name)) problems.push({ field: `coding.tests[${i}].name`, message: `test name "${test.name}" is used twice` });
      seen.add(test.name);
      for (const key of Object.keys(test.input)) {
        if (!names.includes(key)) problems.push({ field: `coding.tests[${i}].input.${key}`, message: `"${key}" is not a parameter of ${coding.entry} (parameters: ${names.join(', ') || 'none'})` });
      }
      for (const name of names) {
        if (!(name in test.input)) problems.push({ field: `coding.tests[${i}].input`, message: `missing parameter "${name}"` });
      }
      if (test.expected === undefined && !coding.referenceSolution) {
        problems.push({ field: `coding.tests[${i}].expected`, message: 'a test without an expected output needs a referenceSolution to compute it' });
      }
    });
    if (coding.tests.every((t) => t.hidden)) problems.push({ field: 'coding.tests', message: 'at least one test must be visible (hidden: false) so candidates see an example' });
    coding.starterCode.forEach((starter, i) => {
      if (!file.languages.includes(starter.language)) problems.push({ field: `coding.starterCode[${i}].language`, message: `${starter.language} is not one of the question's languages` });
    });
    if (coding.referenceSolution && !file.languages.includes(coding.referenceSolution.language)) {
      problems.push({ field: 'coding.referenceSolution.language', message: `${coding.referenceSolution.language} is not one of the question's languages` });
    }
  }
  return problems;
}

/** Bytes of a question file without its training data (which has its own cap). */
function sizeWithoutData(raw: unknown): number {
  const copy = raw && typeof raw === 'object' ? { ...(raw as Record<string, unknown>), training: undefined } : raw;
  return Buffer.byteLength(JSON.stringify(copy) ?? '', 'utf8');
}

/**
 * Parses and checks a question file (a parsed JSON value). Returns it with defaults filled in, or
 * throws QuestionFileError listing every problem with its field.
 */
export function parseQuestionFile(raw: unknown): QuestionFile {
  if (sizeWithoutData(raw) > MAX_QUESTION_BYTES_WITHOUT_DATA) {
    throw new QuestionFileError([{ field: '', message: `the question (without training data) is larger than ${MAX_QUESTION_BYTES_WITHOUT_DATA / 1024 / 1024} MB` }]);
  }
  const parsed = questionFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new QuestionFileError(parsed.error.issues.map((issue) => ({ field: pathOf(issue.path), message: issue.message })));
  }
  const problems = crossFieldProblems(parsed.data);
  if (problems.length > 0) throw new QuestionFileError(problems);
  // The CSV is checked now (throws naming the row or column); the worker splits it again.
  if (parsed.data.training) parseTrainingData(parsed.data.training);
  return parsed.data;
}

/** The languages a question file lets candidates use, in the registry's order. */
export function fileLanguages(file: Pick<QuestionFile, 'languages'>): Language[] {
  return LANGUAGE_IDS.filter((l) => file.languages.includes(l));
}
