// The contract between the API (producer) and the judge workers (consumers).

/** BullMQ queue of submissions to judge. */
export const JUDGE_QUEUE = 'judge';

/** A judge job carries the submission id alone; the worker reloads everything else. */
export interface JudgeJobData {
  submissionId: string;
  /**
   * Times the job was put back because the Docker engine failed (not counted in `attempts`:
   * the submission was not at fault). Set by the worker.
   */
  engineRetries?: number;
}

/** Job options: the job id is the submission id, so enqueuing twice never judges twice. */
export function judgeJobOptions(submissionId: string) {
  return {
    jobId: submissionId,
    attempts: 4,
    backoff: { type: 'exponential' as const, delay: 2000 },
    removeOnComplete: { age: 24 * 3600, count: 10_000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  };
}

/** Redis pub/sub channel on which workers announce submission status changes. */
export function submissionEventsChannel(prefix: string): string {
  return `${prefix}:events:submission`;
}

export interface SubmissionEvent {
  submissionId: string;
  companyId: string;
  status: 'QUEUED' | 'RUNNING' | 'JUDGED' | 'FAILED';
  verdict: string | null;
  score: number | null;
}
