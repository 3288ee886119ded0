// The contract between whoever emits webhook events (API, judge workers) and the API's
// delivery worker, which consumes the `webhooks` queue.

/** BullMQ queue of webhook deliveries. */
export const WEBHOOKS_QUEUE = 'webhooks';

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

/** 8 tries, 10 s apart at first: the last retry comes about 21 minutes after the first try. */
export const DEFAULT_WEBHOOK_RETRY: WebhookRetryPolicy = { attempts: 8, backoffMs: 10_000 };

/** Job options: the job id is the delivery id, so enqueuing a delivery twice sends it once. */
export function webhookJobOptions(deliveryId: string, retry: WebhookRetryPolicy = DEFAULT_WEBHOOK_RETRY) {
  return {
    jobId: deliveryId,
    attempts: retry.attempts,
    backoff: { type: 'exponential' as const, delay: retry.backoffMs },
    // The delivery row is the lasting record; finished jobs need not stay in Redis long.
    removeOnComplete: { age: 24 * 3600, count: 10_000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  };
}
