import { Injectable, Logger } from '@nestjs/common';
import { PrismaService } from '@app/platform';

export interface JobContext {
  /** Tries already made (0 on the first). */
  attemptsMade: number;
  /** When the job was added (ms since epoch), for the queue-wait timing. */
  enqueuedAt: number;
}

/** Judges one submission: loads it, runs it in the sandbox, compares, scores, stores a JudgeRun. */
@Injectable()
export class JudgeService {
  private readonly logger = new Logger(JudgeService.name);

  constructor(private readonly prisma: PrismaService) {}

  async judgeSubmission(submissionId: string, _context: JobContext): Promise<void> {
    const submission = await this.prisma.submission.findUnique({ where: { id: submissionId } });
    if (!submission || submission.status === 'JUDGED') return; // gone, or judged already: nothing to do
    throw new Error('judging pipeline not wired yet');
  }

  /** Retries exhausted: the submission is FAILED / INTERNAL_ERROR; the reason stays in the logs. */
  async markFailed(submissionId: string, reason: string): Promise<void> {
    this.logger.error(`submission ${submissionId} failed for good: ${reason}`);
    await this.prisma.submission.updateMany({
      where: { id: submissionId, status: { not: 'JUDGED' } },
      data: { status: 'FAILED', verdict: 'INTERNAL_ERROR' },
    });
  }
}
