// The question bank's data model. Every entry is plain typed data; the bank's tests validate
// each entry against a runtime schema (see `schema.ts`), so a malformed entry fails CI.
import type { Language, Limits, MetricBar } from '@app/definitions';

// Languages, limits and bars are defined once in @app/definitions (shared with the apps).
export type { Language, Limits, MetricBar };

export type QuestionKind = 'CONCEPTUAL' | 'CODING' | 'TRAINING';
export type Lang = 'ZH' | 'EN';
export type Difficulty = 'EASY' | 'MEDIUM' | 'HARD';

/** A text in both languages: `zh` is the seed's own words, `en` a faithful translation. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** Where a question comes from in `shared/seeds/`. */
export interface SeedRef {
  /** Seed file name, e.g. `003_350a414516ea86dc.txt`. */
  seed: string;
  /** Section as the seed numbers it, e.g. `§4`, `§二.1`, `§三.2`. */
  section: string;
  /** The heading exactly as written in the seed (without the leading `#`s). */
  heading: string;
}

/** One key point of a conceptual answer, matched by keywords in either language. */
export interface RubricPoint {
  /** Stable id within the question, e.g. `quantization`. */
  id: string;
  point: Bilingual;
  /** Relative weight; a rubric's weights are normalised when scoring. */
  weight: number;
  /** Keywords and synonyms; a point is covered when any keyword of either language appears. */
  keywords: { zh: string[]; en: string[] };
}

interface QuestionBase {
  /** Stable, unique, kebab-case; never changes once published. */
  slug: string;
  kind: QuestionKind;
  /** The seed heading this entry is, or null for an entry derived from seed code (see `seeds`). */
  source: SeedRef | null;
  title: Bilingual;
  prompt: Bilingual;
  modelAnswer: Bilingual;
  /** What was corrected relative to the seed's answer or code, and why. */
  corrections: Bilingual[];
  tags: string[];
  difficulty: Difficulty;
  /** Set on a repeat: the slug of the canonical question this one is a variant of. */
  variantOf?: string;
  /** Slugs of related questions, e.g. the coding counterpart of a conceptual one. */
  related: string[];
}

export interface ConceptualQuestion extends QuestionBase {
  kind: 'CONCEPTUAL';
  rubric: RubricPoint[];
}

/** Relative and absolute tolerance: |a-b| <= atol + rtol*|b|. `exact` for integer outputs. */
export type Tolerance = { rtol: number; atol: number } | 'exact';

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

export interface EntryFunction {
  /** Function name the candidate must define, e.g. `scaled_dot_product`. */
  name: string;
  /** Human-readable signature, e.g. `def scaled_dot_product(q, k, v, mask=None, causal=False) -> dict`. */
  signature: string;
}

export interface CodingQuestion extends QuestionBase {
  kind: 'CODING';
  /** The reference algorithm id from the contract, e.g. `attention.scaled_dot_product`. */
  algorithmId: string;
  /** Seed sections that document this algorithm. */
  seeds: SeedRef[];
  entry: Record<Language, EntryFunction>;
  starterCode: Record<Language, string>;
  /** Output fields compared with the reference; others are ignored. */
  checkedFields: string[];
  /** Tolerance per checked field (fields absent here use `defaultTolerance`). */
  tolerance: Record<string, Tolerance>;
  defaultTolerance: Tolerance;
  limits: Limits;
  generate: CaseGenerator;
}

export interface TrainingQuestion extends QuestionBase {
  kind: 'TRAINING';
  /** The task id from the contract, e.g. `task.mnist_mlp`. */
  taskId: string;
  seeds: SeedRef[];
  /** What data the candidate trains on, in words. */
  data: Bilingual;
  entry: Record<Language, { train: EntryFunction; predict: EntryFunction }>;
  starterCode: Record<Language, string>;
  /** Time allowed for train + predict together, in milliseconds. */
  timeBudgetMs: number;
  /** All metrics reported; the score is the mean of the bars' scores (each linear between
   * `zero` and `full`), as libs/reference/src/tasks computes it. */
  metrics: string[];
  bars: MetricBar[];
  limits: Limits;
}

export type Question = ConceptualQuestion | CodingQuestion | TrainingQuestion;
