import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { triesExhausted, VALIDATE_QUEUE, type ValidateJobData } from '@app/platform';
import type { Job } from 'bullmq';
import { QuestionValidationService } from './question-validation.service';

/** Consumes the `validate` queue: one company question version per job. */
@Processor(VALIDATE_QUEUE)
export class ValidateProcessor extends WorkerHost {
  private readonly logger = new Logger(ValidateProcessor.name);

  constructor(private readonly validation: QuestionValidationService) {
    super();
  }

  async process(job: Job<ValidateJobData>): Promise<void> {
    await this.validation.validateVersion(job.data.versionId);
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job<ValidateJobData> | undefined, error: Error): Promise<void> {
    if (!job) return;
    this.logger.warn(`validate job ${job.id} failed (try ${job.attemptsMade}): ${error.message}`);
    if (!triesExhausted(job)) return;
    await this.validation.markFailed(job.data.versionId, error.message).catch((e: Error) => this.logger.error(`could not mark ${job.data.versionId} INVALID: ${e.message}`));
  }
}
