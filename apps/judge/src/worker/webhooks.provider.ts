import { getQueueToken } from '@nestjs/bullmq';
import type { FactoryProvider } from '@nestjs/common';
import { PrismaService, WEBHOOKS_QUEUE, WebhookEmitter, webhookRetryPolicy } from '@app/platform';
import type { Queue } from 'bullmq';
import { JUDGE_CONFIG, JudgeConfig } from '../config/judge-config';

/**
 * Emits SUBMISSION_JUDGED through the `webhooks` queue that the API's delivery worker consumes,
 * with the same retry policy as the API's deliveries (WEBHOOK_MAX_ATTEMPTS, WEBHOOK_BACKOFF_MS).
 * The queue fails fast while Redis is down: the deliveries stay PENDING and the API's sweep sends them.
 */
export const WEBHOOK_EMITTER = Symbol('WEBHOOK_EMITTER');

export const webhookEmitterProvider: FactoryProvider<WebhookEmitter> = {
  provide: WEBHOOK_EMITTER,
  inject: [PrismaService, getQueueToken(WEBHOOKS_QUEUE), JUDGE_CONFIG],
  useFactory: (prisma: PrismaService, queue: Queue, config: JudgeConfig) => new WebhookEmitter(prisma, queue, webhookRetryPolicy(config)),
};
