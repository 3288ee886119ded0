// What judging one source file produces, before (and independently of) the database: the shape
// stored as a JudgeRun and printed by `npm run judge:try`.
import type { Verdict } from './verdict';

/** One test as stored in JudgeRun.tests (the API shows hidden ones as name and pass/fail only). */
export interface JudgedTest {
  name: string;
  /** Hidden tests (edge and randomised cases, the held-out set) never show expected values. */
  hidden: boolean;
  passed: boolean;
  /** This test's share of the submission's maxScore when passed (0 otherwise). */
  score: number;
  maxScore: number;
  timeMs: number;
  /** Why it failed (or a note when it passed); hidden tests never carry expected values. */
  message: string | null;
}

/** One model-quality metric, with the reference run's figure beside it when there is one. */
export interface JudgedMetric {
  name: string;
  value: number | null;
  baseline?: number | null;
}

/** Milliseconds spent in each stage (JudgeRun.timings). */
export interface JudgeTimings {
  /** From enqueue to the worker starting the job (0 outside the queue). */
  queueWaitMs: number;
  /** Creating and starting the container (0 when a warm one was taken). */
  containerStartMs: number;
  /** The harness running the cases. */
  runMs: number;
  /** Computing expected outputs (cache misses) and comparing them. */
  compareMs: number;
  /**
   * Inside runMs, when the harness reported them (Python): writing the input to the container,
   * the harness loading the file (torch's import, unless preloaded), decoding inputs, the
   * candidate's own calls, encoding results, and the harness's whole time from reading the
   * header to its summary (harnessMs). runMs − harnessMs is the transport: the input reaching the
   * harness and the output coming back through the engine's attach stream.
   */
  stdinMs?: number;
  loadMs?: number;
  decodeMs?: number;
  candidateMs?: number;
  encodeMs?: number;
  harnessMs?: number;
  /** The module a warm container had imported for this run (`torch`), if any. */
  preloaded?: string;
}

export interface JudgeOutcome {
  verdict: Verdict;
  /** In [0, maxScore]. */
  score: number;
  maxScore: number;
  tests: JudgedTest[];
  metrics: JudgedMetric[];
  peakMemoryBytes: number | null;
  image: string | null;
  imageDigest: string | null;
  gpu: boolean;
  timings: JudgeTimings;
  /** The file's compile/load error, when there was one (shown to the candidate). */
  compileError?: string;
  /** The last lines the candidate printed to stderr (for graders; may be empty). */
  stderrTail?: string;
  /** A rubric suggestion (conceptual answers only). */
  rubricSuggestion?: unknown;
}
