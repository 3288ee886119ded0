// What a judge run needs besides the submission itself: the engine, the warm pool, the expected
// output cache and the worker's settings. Shared by JudgeService and the judge:try CLI.
import type Dockerode from 'dockerode';
import type { Language, Question } from '@app/questions';
import type { WarmPool } from '../sandbox';
import type { ExpectedOutputCache } from './expected-outputs';

export interface JudgeContext {
  docker: Dockerode;
  /** Started containers to take from (optional: runs start cold without it). */
  pool?: WarmPool;
  expected: ExpectedOutputCache;
  /** JUDGE_GPUS: '' (none), 'all' or device ids. */
  judgeGpus: string;
  /** Labels put on the run's container (worker id, submission id). */
  labels?: Record<string, string>;
}

/** One source file to judge against one question. */
export interface SourceToJudge {
  question: Question;
  /** Identifies the question's content for the expected-output cache (the version id). */
  questionVersion: string;
  language: Language;
  source: string;
  /** Seeds the randomised hidden cases. */
  seed: number;
  maxScore: number;
}
