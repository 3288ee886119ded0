// The judge's webhook emitter as JudgeModule wires it (its `webhooks` queue, its config), against
// a real PostgreSQL copy and Redis: a SUBMISSION_JUDGED delivery carries the retry policy of the
// configuration, the same WEBHOOK_MAX_ATTEMPTS / WEBHOOK_BACKOFF_MS the API's deliveries use.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { getQueueToken } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { bullQueues, DATABASE_URL, PrismaService, WEBHOOKS_QUEUE, type WebhookEmitter } from '@app/platform';
import type { Queue } from 'bullmq';
import { createTestDatabase } from '../../../../test/support/database';
import { JUDGE_CONFIG, loadJudgeConfig } from '../config/judge-config';
import { WEBHOOK_EMITTER, webhookEmitterProvider } from './webhooks.provider';

describe('judge-emitted webhook deliveries', () => {
  it('carry the configured attempts and backoff', async () => {
    const db = await createTestDatabase();
    const config = loadJudgeConfig({
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      REDIS_KEY_PREFIX: `test-judgewh-${randomBytes(4).toString('hex')}`,
      // Neither is a default (8 tries, 10 s), so a fallback to another policy would show.
      WEBHOOK_MAX_ATTEMPTS: '6',
      WEBHOOK_BACKOFF_MS: '1234',
    });
    @Module({
      imports: [bullQueues(config, WEBHOOKS_QUEUE)],
      providers: [{ provide: JUDGE_CONFIG, useValue: config }, { provide: DATABASE_URL, useValue: config.DATABASE_URL }, PrismaService, webhookEmitterProvider],
    })
    class EmitterModule {}
    const app = await NestFactory.createApplicationContext(EmitterModule, { logger: false });
    const queue = app.get<Queue>(getQueueToken(WEBHOOKS_QUEUE));
    try {
      const prisma = app.get(PrismaService);
      const company = await prisma.company.create({ data: { name: 'Webhook policy' } });
      await prisma.webhook.create({ data: { companyId: company.id, url: 'https://example.test/hook', events: ['SUBMISSION_JUDGED'], secret: 'whsec_x' } });

      const [delivery] = await app.get<WebhookEmitter>(WEBHOOK_EMITTER).emit(company.id, 'SUBMISSION_JUDGED', { submissionId: 's1' });
      const job = await queue.getJob(delivery.deliveryId);
      expect(job?.opts).toMatchObject({ attempts: 6, backoff: { type: 'exponential', delay: 1234 } });
    } finally {
      await queue.obliterate({ force: true }).catch(() => undefined);
      await app.close();
      await db.drop();
    }
  });
});
