// Consumes the `webhooks` queue inside the API process. Each job is one try of one delivery; a
// throw makes BullMQ retry it after an exponential backoff (set when the job was added, see
// webhookJobOptions in @app/platform). Receivers are slow I/O, not CPU, so several tries run at
// once.
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { type Job, Worker } from 'bullmq';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { bullConnection, bullPrefix } from '../../queues/queues.module';
import { WEBHOOKS_QUEUE, type WebhookJobData } from '@app/platform';
import { redisErrorLogger } from '../redis-error-log';
import { WebhookDeliveryService } from './webhook-delivery.service';

const CONCURRENCY = 10;

@Injectable()
export class WebhookDeliveryWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WebhookDeliveryWorker.name);
  private worker?: Worker<WebhookJobData>;

  constructor(
    private readonly deliveries: WebhookDeliveryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.worker = new Worker<WebhookJobData>(WEBHOOKS_QUEUE, (job) => this.process(job), {
      // A worker connection waits and resumes by itself while Redis is away.
      connection: bullConnection(this.config.REDIS_URL, true),
      prefix: bullPrefix(this.config),
      concurrency: CONCURRENCY,
    });
    this.worker.on('error', redisErrorLogger(this.logger, 'webhooks worker'));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }

  private process(job: Job<WebhookJobData>) {
    // attemptsMade counts the tries that failed before this one.
    const isLastTry = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    return this.deliveries.attempt(job.data.deliveryId, isLastTry);
  }
}
