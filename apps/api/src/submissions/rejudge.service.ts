import { Injectable } from '@nestjs/common';
import { PrismaService } from '@app/platform';
import type { Prisma } from '@prisma/client';
import { AuditService } from '../audit/audit.service';
import type { MemberActor } from '../auth/actor';
import { AppError } from '../common/app-error';
import { visibleTo } from '../questions/questions.service';
import { SubmissionQueueService } from './submission-queue.service';
import { submissionInclude, toSubmission } from './submission-view';

/** Submissions a rejudge may take: finished code runs (answers are reviewed by people). */
const REJUDGEABLE: Prisma.SubmissionWhereInput = { kind: 'CODE', status: { in: ['JUDGED', 'FAILED'] } };

/** rejudgeQuestionVersion marks and enqueues submissions in pages of this many (one transaction each). */
export const REJUDGE_PAGE = 200;

/**
 * Judging a finished submission again, for when a question's tests were wrong or a worker
 * failed. A rejudge adds a judge run (runs are never overwritten); the submission's score and
 * verdict follow the newest run once it lands, and SUBMISSION_JUDGED is delivered again marked
 * `rejudge: true`. By default the submission is judged by the version it pinned; with
 * `useLatestVersion` by the question's latest version (the pinned version stays on record).
 */
@Injectable()
export class RejudgeService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly queue: SubmissionQueueService,
  ) {}

  async rejudgeSubmission(actor: MemberActor, id: string, useLatestVersion: boolean, ip: string) {
    const row = await this.prisma.submission.findFirst({
      where: { id, companyId: actor.companyId },
      select: { id: true, kind: true, status: true, questionVersion: { select: { questionId: true } } },
    });
    if (!row) throw AppError.notFound('Submission');
    if (row.kind !== 'CODE') {
      throw new AppError('BAD_USER_INPUT', 'Written answers are reviewed by graders, not rejudged', 'id', { reason: 'NOT_CODE' });
    }
    if (row.status !== 'JUDGED' && row.status !== 'FAILED') {
      throw new AppError('BAD_USER_INPUT', 'The submission is still being judged', 'id', { reason: 'IN_PROGRESS' });
    }
    const judgeVersionId = useLatestVersion ? await this.latestVersionId(row.questionVersion.questionId) : null;
    const queued = await this.markQueued(actor, [row.id], judgeVersionId, ip, { useLatestVersion });
    if (queued.length === 0) throw new AppError('BAD_USER_INPUT', 'The submission is still being judged', 'id', { reason: 'IN_PROGRESS' });
    // Read before the job is added: the answer is what this mutation did (QUEUED), not how far
    // a fast worker has got since.
    const fresh = await this.prisma.submission.findUniqueOrThrow({ where: { id: row.id }, include: submissionInclude });
    await this.enqueue(queued);
    return toSubmission(fresh, 'COMPANY');
  }

  /** Every finished code submission of this company that pinned `version` of the question. */
  async rejudgeQuestionVersion(actor: MemberActor, questionId: string, version: number, useLatestVersion: boolean, ip: string) {
    // The bank's or this company's own question (another company's is NOT_FOUND); only this
    // company's submissions are touched.
    const pinned = await this.prisma.questionVersion.findFirst({ where: { questionId, version, question: visibleTo(actor.companyId) }, select: { id: true } });
    if (!pinned) throw new AppError('NOT_FOUND', 'Question version not found', 'version');
    const judgeVersionId = useLatestVersion ? await this.latestVersionId(questionId) : null;
    let queued = 0;
    // Paged by id, so submissions rejudged (and judged again) meanwhile are not taken twice.
    for (let after: string | undefined; ; ) {
      const rows = await this.prisma.submission.findMany({
        where: { companyId: actor.companyId, questionVersionId: pinned.id, ...REJUDGEABLE, ...(after ? { id: { gt: after } } : {}) },
        select: { id: true },
        orderBy: { id: 'asc' },
        take: REJUDGE_PAGE,
      });
      if (rows.length === 0) break;
      after = rows[rows.length - 1].id;
      const taken = await this.markQueued(actor, rows.map((r) => r.id), judgeVersionId, ip, { questionId, version, useLatestVersion });
      await this.enqueue(taken);
      queued += taken.length;
    }
    return { queued };
  }

  private async latestVersionId(questionId: string): Promise<string> {
    const latest = await this.prisma.questionVersion.findFirstOrThrow({ where: { questionId }, orderBy: { version: 'desc' }, select: { id: true } });
    return latest.id;
  }

  /**
   * Marks the submissions QUEUED again (only those still finished: a concurrent rejudge of the
   * same one loses) with the audit entry in the same transaction. Their jobs are added after
   * (`enqueue`); a job that cannot be added then leaves its row QUEUED without enqueuedAt,
   * which the sweeper adds.
   */
  private async markQueued(
    actor: MemberActor,
    ids: string[],
    judgeVersionId: string | null,
    ip: string,
    metadata: Record<string, unknown>,
  ): Promise<Array<{ id: string; rejudges: number }>> {
    if (ids.length === 0) return [];
    return this.prisma.$transaction(async (tx) => {
      const taken: Array<{ id: string; rejudges: number }> = [];
      for (const id of ids) {
        const { count } = await tx.submission.updateMany({
          where: { id, companyId: actor.companyId, ...REJUDGEABLE },
          data: { status: 'QUEUED', judgeVersionId, rejudges: { increment: 1 }, enqueuedAt: null },
        });
        if (count === 0) continue;
        const { rejudges } = await tx.submission.findUniqueOrThrow({ where: { id }, select: { rejudges: true } });
        taken.push({ id, rejudges });
        await this.audit.record(actor, { action: 'rejudgeSubmission', targetType: 'Submission', targetId: id, ip, metadata: { ...metadata, rejudge: rejudges } }, tx);
      }
      return taken;
    });
  }

  private async enqueue(queued: Array<{ id: string; rejudges: number }>) {
    for (const { id, rejudges } of queued) await this.queue.enqueue(id, rejudges);
  }
}
