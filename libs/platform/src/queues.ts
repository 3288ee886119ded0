// Every BullMQ queue of the platform, declared once: its name and the options each of its jobs
// gets (tries, backoff, retention). Producers and consumers in any process read them from here,
// and `queueOptions` / `workerOptions` give a Queue or Worker its connection and key prefix.
// Job options are also spelled out on each add (see judgeJobOptions): a Queue built without the
// defaults (a test, the benchmark) still adds the same jobs.
import type { DefaultJobOptions, Job, QueueOptions, WorkerOptions } from 'bullmq';
import { bullConnection, bullPrefix } from './redis';

/** BullMQ queue of submissions to judge (the API adds, judge workers consume). */
export const JUDGE_QUEUE = 'judge';
/** BullMQ queue of webhook deliveries (any process adds, the API delivers; see ./webhooks). */
export const WEBHOOKS_QUEUE = 'webhooks';
/** BullMQ queue of the API's periodic housekeeping (one repeatable job). */
export const MAINTENANCE_QUEUE = 'maintenance';
/** BullMQ queue of company question versions to validate in the sandbox (the API adds, judge workers consume). */
export const VALIDATE_QUEUE = 'validate';
/** BullMQ queue of e-mails to send (the API adds and sends: invitations). */
export const MAIL_QUEUE = 'mail';

export type QueueName = typeof JUDGE_QUEUE | typeof WEBHOOKS_QUEUE | typeof MAINTENANCE_QUEUE | typeof VALIDATE_QUEUE | typeof MAIL_QUEUE;

/** Finished jobs are kept a while for inspection; the database row is the lasting record. */
const RETENTION = {
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} satisfies DefaultJobOptions;

/**
 * The options of every job, by queue. Webhook tries and backoff come from configuration
 * (webhookRetryPolicy), so they are set per job by the emitter, never here.
 */
export const QUEUE_JOB_OPTIONS = {
  [JUDGE_QUEUE]: { attempts: 4, backoff: { type: 'exponential', delay: 2000 }, ...RETENTION },
  [WEBHOOKS_QUEUE]: { ...RETENTION },
  // A tick every few seconds: a hundred of each is plenty to see what happened.
  [MAINTENANCE_QUEUE]: { removeOnComplete: 100, removeOnFail: 100 },
  [VALIDATE_QUEUE]: { attempts: 3, backoff: { type: 'exponential', delay: 2000 }, ...RETENTION },
  // A mail server that is down for a while: tries over about half an hour. A job's data may hold
  // an invitation token (the link), so it is removed as soon as the message is sent.
  [MAIL_QUEUE]: { attempts: 8, backoff: { type: 'exponential', delay: 5000 }, removeOnComplete: true, removeOnFail: { age: 7 * 24 * 3600 } },
} as const satisfies Record<QueueName, DefaultJobOptions>;

/** What a process needs to reach the queues: its REDIS_URL and REDIS_KEY_PREFIX (from config). */
export interface QueueConnectionConfig {
  REDIS_URL: string;
  REDIS_KEY_PREFIX: string;
}

/**
 * Options of a Queue (a producer handle): the deployment's key prefix, a connection that fails
 * fast while Redis is away (the caller's row stays unqueued and a sweep adds it later), and the
 * queue's job defaults.
 */
export function queueOptions(name: QueueName, config: QueueConnectionConfig): QueueOptions {
  return {
    prefix: bullPrefix(config.REDIS_KEY_PREFIX),
    connection: bullConnection(config.REDIS_URL, 'fail-fast'),
    defaultJobOptions: QUEUE_JOB_OPTIONS[name],
  };
}

/** Options of a Worker: the same prefix, a connection that waits for Redis, and the worker's own settings. */
export function workerOptions(config: QueueConnectionConfig, settings: Omit<WorkerOptions, 'connection' | 'prefix'> = {}): WorkerOptions {
  return { ...settings, prefix: bullPrefix(config.REDIS_KEY_PREFIX), connection: bullConnection(config.REDIS_URL, 'wait') };
}

/** Job names on the judge queue. */
export const JUDGE_JOB = 'judge';
export const RUN_JOB = 'run';

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
/**
 * The judge job's id: the submission id, so adding twice never judges twice. A rejudge is a new
 * job (the first one may still be kept as completed, and BullMQ ignores an add whose id exists).
 */
export function judgeJobId(submissionId: string, rejudges = 0): string {
  return rejudges > 0 ? `${submissionId}-rejudge-${rejudges}` : submissionId;
}

/**
 * Priorities on the judge queue (lower first): a candidate's run before submitting waits behind
 * no queue of submissions. Every job carries one (BullMQ takes jobs without a priority first).
 */
export const RUN_PRIORITY = 1;
export const SUBMISSION_PRIORITY = 10;

export function judgeJobOptions(submissionId: string, rejudges = 0) {
  return { jobId: judgeJobId(submissionId, rejudges), priority: SUBMISSION_PRIORITY, ...QUEUE_JOB_OPTIONS[JUDGE_QUEUE] };
}

/** A code run on the judge queue: named `run`, first in line, one retry (the candidate is waiting). */
export interface RunJobData {
  codeRunId: string;
}

export function runJobOptions(codeRunId: string) {
  return { ...QUEUE_JOB_OPTIONS[JUDGE_QUEUE], jobId: `run-${codeRunId}`, priority: RUN_PRIORITY, attempts: 2, backoff: { type: 'fixed', delay: 500 } };
}

/** A validation job names the question version; the worker reloads it. */
export interface ValidateJobData {
  versionId: string;
}

/** One job per version: saving never validates a version twice. */
export function validateJobOptions(versionId: string) {
  return { jobId: `validate-${versionId}`, ...QUEUE_JOB_OPTIONS[VALIDATE_QUEUE] };
}

/** Redis pub/sub channel on which workers announce status changes of submissions and code runs. */
export function submissionEventsChannel(prefix: string): string {
  return `${prefix}:events:submission`;
}

export interface SubmissionEvent {
  /** A submission's id, or a code run's (both cuids: one channel and one relay serve both). */
  submissionId: string;
  companyId: string;
  /** DONE is a code run's final status; JUDGED a submission's. */
  status: 'QUEUED' | 'RUNNING' | 'JUDGED' | 'DONE' | 'FAILED';
  verdict: string | null;
  score: number | null;
}

/**
 * Inside `process`: whether the try now running is the job's last. BullMQ's attemptsMade counts
 * the tries that failed before this one; `attempts` is the job's number of tries (1 if unset).
 */
export function isLastTry(job: Pick<Job, 'attemptsMade' | 'opts'>): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}

/** In a `failed` handler (attemptsMade then counts this failure too): whether no try is left. */
export function triesExhausted(job: Pick<Job, 'attemptsMade' | 'opts'>): boolean {
  return job.attemptsMade >= (job.opts.attempts ?? 1);
}
