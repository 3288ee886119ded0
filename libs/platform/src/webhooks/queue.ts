// The contract between whoever emits webhook events (API, judge workers) and the API's
// delivery worker, which consumes the `webhooks` queue (declared in ../queues).
import { QUEUE_JOB_OPTIONS, WEBHOOKS_QUEUE } from '../queues';

/** A delivery job carries the delivery id alone; the worker reloads the row and its webhook. */
export interface WebhookJobData {
  deliveryId: string;
}

export interface WebhookRetryPolicy {
  /** Tries in all, the first included (the contract asks for at least 5). */
  attempts: number;
  /** Delay before the first retry; each later retry waits twice as long as the one before. */
  backoffMs: number;
}

/**
 * The one retry policy of every delivery, whichever process emits it: WEBHOOK_MAX_ATTEMPTS and
 * WEBHOOK_BACKOFF_MS, which the API and the judge both parse (sharedEnvShape).
 */
export function webhookRetryPolicy(config: { WEBHOOK_MAX_ATTEMPTS: number; WEBHOOK_BACKOFF_MS: number }): WebhookRetryPolicy {
  return { attempts: config.WEBHOOK_MAX_ATTEMPTS, backoffMs: config.WEBHOOK_BACKOFF_MS };
}

/** Job options: the job id is the delivery id, so enqueuing a delivery twice sends it once. */
export function webhookJobOptions(deliveryId: string, retry: WebhookRetryPolicy) {
  return {
    jobId: deliveryId,
    attempts: retry.attempts,
    backoff: { type: 'exponential' as const, delay: retry.backoffMs },
    ...QUEUE_JOB_OPTIONS[WEBHOOKS_QUEUE],
  };
}
