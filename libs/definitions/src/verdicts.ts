// Every verdict a submission can get, once, as data. The Prisma enum `Verdict` (and through it
// the GraphQL enum) must list exactly these names in this order; libs/platform's
// definitions.spec.ts fails when one is added on one side only.

export interface VerdictDefinition {
  name: string;
  /** What the candidate did (true), or a failure of the platform (false: retried, then reported). */
  candidateFault: boolean;
  /** Final once set (true); false while a person still has to grade the submission. */
  final: boolean;
  /** A sandbox error of one test that ends the run names the verdict (see the judge's deriveVerdict). */
  endsRun: boolean;
  description: string;
}

export const VERDICTS = [
  { name: 'ACCEPTED', candidateFault: false, final: true, endsRun: false, description: 'Every test passed (training: the score reached the full bars).' },
  { name: 'PARTIAL', candidateFault: true, final: true, endsRun: false, description: 'Some tests passed (training: the score is between the bars).' },
  { name: 'WRONG_ANSWER', candidateFault: true, final: true, endsRun: false, description: 'No test passed, or the predictions were rejected.' },
  { name: 'TIME_LIMIT_EXCEEDED', candidateFault: true, final: true, endsRun: true, description: 'A test ran past its time limit (training: train + predict past the budget).' },
  { name: 'MEMORY_LIMIT_EXCEEDED', candidateFault: true, final: true, endsRun: true, description: 'The sandbox ran out of its memory limit.' },
  { name: 'OUTPUT_LIMIT_EXCEEDED', candidateFault: true, final: true, endsRun: true, description: 'The program printed more than the sandbox accepts.' },
  { name: 'RUNTIME_ERROR', candidateFault: true, final: true, endsRun: true, description: 'The candidate\'s code raised or crashed during a test.' },
  { name: 'COMPILE_ERROR', candidateFault: true, final: true, endsRun: false, description: 'The file did not parse, raised while loading, or lacks the asked function.' },
  { name: 'INTERNAL_ERROR', candidateFault: false, final: true, endsRun: false, description: 'The platform failed to judge the submission after its retries.' },
  { name: 'PENDING_REVIEW', candidateFault: false, final: false, endsRun: false, description: 'A written answer waiting for a grader.' },
] as const satisfies readonly VerdictDefinition[];

export type Verdict = (typeof VERDICTS)[number]['name'];

/** The verdict names, in the table's (and Prisma's) order. */
export const VERDICT_NAMES: readonly Verdict[] = VERDICTS.map((v) => v.name);

/** The verdicts that a sandbox error ending the run names directly. */
export type RunEndingVerdict = Extract<(typeof VERDICTS)[number], { endsRun: true }>['name'];

export const RUN_ENDING_VERDICTS: readonly RunEndingVerdict[] = VERDICTS.filter(
  (v): v is Extract<(typeof VERDICTS)[number], { endsRun: true }> => v.endsRun,
).map((v) => v.name);

export function verdictDefinition(name: Verdict): VerdictDefinition {
  return VERDICTS.find((v) => v.name === name)!;
}
