import { Injectable, Logger } from '@nestjs/common';
import { PrismaService } from '@app/platform';
import type { Prisma } from '@prisma/client';
import { AuditService } from '../audit/audit.service';
import type { MemberActor } from '../auth/actor';
import { AppError } from '../common/app-error';
import { paginate } from '../common/pagination';
import { submissionInclude, toSubmission } from '../submissions/submission-view';
import { WebhookEvents } from '../webhooks/webhook-events.service';
import type { ReviewSubmissionInput, SubmissionsToReviewArgs } from './dto/review-submission.input';
import type { Review } from './models/review.model';
import { NEEDS_REVIEW } from './needs-review';

const reviewInclude = { reviewer: { select: { id: true, name: true } } } as const;

/** Graders' reviews: a score and comment stored beside the judge's verdict, never over it. */
@Injectable()
export class ReviewsService {
  private readonly logger = new Logger(ReviewsService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly webhooks: WebhookEvents,
  ) {}

  /** Reviews need a person: an API key's reviews are attributed to the admin who created the key. */
  private async reviewerId(actor: MemberActor): Promise<string> {
    if (actor.kind === 'USER') return actor.userId;
    const key = await this.prisma.apiKey.findFirstOrThrow({ where: { id: actor.apiKeyId, companyId: actor.companyId }, select: { createdById: true } });
    return key.createdById;
  }

  async review(actor: MemberActor, input: ReviewSubmissionInput, ip: string): Promise<Review> {
    const submission = await this.prisma.submission.findFirst({
      where: { id: input.submissionId, companyId: actor.companyId },
      include: { questionVersion: { select: { questionId: true } } },
    });
    if (!submission) throw new AppError('NOT_FOUND', 'Submission not found', 'submissionId');
    if (submission.status !== 'JUDGED') {
      throw new AppError('BAD_USER_INPUT', 'Only judged submissions can be reviewed', 'submissionId', { reason: 'NOT_JUDGED' });
    }
    if (input.score > submission.maxScore) {
      throw AppError.badInput('score', `score must be between 0 and the submission's maxScore (${submission.maxScore})`);
    }
    const comment = input.comment.trim();
    if (!comment) throw AppError.badInput('comment', 'comment must not be blank');

    const reviewerId = await this.reviewerId(actor);
    const review = await this.prisma.$transaction(async (tx) => {
      const row = await tx.review.create({
        data: { companyId: actor.companyId, submissionId: submission.id, reviewerId, score: input.score, comment },
        include: reviewInclude,
      });
      await this.audit.record(
        actor,
        { action: 'reviewSubmission', targetType: 'Submission', targetId: submission.id, ip, metadata: { reviewId: row.id, score: row.score } },
        tx,
      );
      return row;
    });

    // After the commit, as WebhookEmitter asks. A failure to enqueue leaves the deliveries
    // PENDING (re-enqueued when an API process starts); the review itself stands.
    try {
      await this.webhooks.emit(actor.companyId, 'SUBMISSION_REVIEWED', {
        reviewId: review.id,
        submissionId: submission.id,
        attemptId: submission.attemptId,
        questionId: submission.questionVersion.questionId,
        score: review.score,
        maxScore: submission.maxScore,
        judgedScore: submission.score,
        verdict: submission.verdict,
        reviewedAt: review.createdAt.toISOString(),
      });
    } catch (error) {
      this.logger.warn(`SUBMISSION_REVIEWED for ${submission.id} not enqueued yet: ${(error as Error).message}`);
    }
    return review;
  }

  /**
   * Reviews of each submission, newest first (the first one counts), in the order of
   * `submissionIds`: one query for all of them (see SubmissionReviewsResolver's loader).
   */
  async forSubmissions(companyId: string, submissionIds: readonly string[]): Promise<Review[][]> {
    const rows = await this.prisma.review.findMany({
      where: { companyId, submissionId: { in: [...submissionIds] } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      include: reviewInclude,
    });
    const bySubmission = new Map<string, Review[]>();
    for (const row of rows) bySubmission.set(row.submissionId, [...(bySubmission.get(row.submissionId) ?? []), row]);
    return submissionIds.map((id) => bySubmission.get(id) ?? []);
  }

  /** Judged submissions of the company, optionally only those awaiting a first review. */
  toReview(actor: MemberActor, args: SubmissionsToReviewArgs) {
    const filter = args.filter ?? {};
    const where: Prisma.SubmissionWhereInput = {
      companyId: actor.companyId,
      status: 'JUDGED',
      ...(filter.questionSetId ? { attempt: { questionSetId: filter.questionSetId } } : {}),
      ...(filter.needsReview === true ? NEEDS_REVIEW : {}),
      ...(filter.needsReview === false ? { NOT: NEEDS_REVIEW } : {}),
    };
    return paginate(
      args,
      async (take, afterId) => {
        const rows = await this.prisma.submission.findMany({
          where: { ...where, ...(afterId ? { id: { gt: afterId } } : {}) },
          orderBy: { id: 'asc' },
          take,
          include: submissionInclude,
        });
        return rows.map((row) => toSubmission(row, 'COMPANY'));
      },
      () => this.prisma.submission.count({ where }),
    );
  }
}
