import { Inject, Injectable, Logger } from '@nestjs/common';
import { PrismaService } from '@app/platform';
import { Prisma } from '@prisma/client';
import { AuditService } from '../audit/audit.service';
import type { MemberActor } from '../auth/actor';
import { AppError } from '../common/app-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/** What an erased candidate's row shows instead of a name. */
export const ERASED_NAME = 'Erased candidate';

/**
 * A candidate's right to erasure: their name, e-mail and ATS id, the sources and answers they
 * submitted, their runs, drafts and activity, and the IPs of their own actions are removed. The
 * candidate row stays as a tombstone (scores and attempts kept, so reports and other candidates'
 * percentiles are unchanged), their invitations stop working, and `candidate(id)` answers
 * NOT_FOUND. Webhooks already delivered cannot be recalled (they never carried personal data).
 */
@Injectable()
export class CandidateErasureService {
  private readonly logger = new Logger(CandidateErasureService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'CANDIDATE_RETENTION_DAYS'>,
  ) {}

  async erase(actor: MemberActor, id: string, ip: string): Promise<{ id: string }> {
    await this.prisma.$transaction(async (tx) => {
      const found = await this.eraseIn(tx, actor.companyId, id);
      if (!found) throw AppError.notFound('Candidate');
      // The entry names the candidate by id only: nothing erased is written back.
      await this.audit.record(actor, { action: 'eraseCandidate', targetType: 'Candidate', targetId: id, ip }, tx);
    });
    return { id };
  }

  /**
   * Retention (CANDIDATE_RETENTION_DAYS, off when 0): candidates whose attempts all finished
   * longer ago are erased by the scheduled maintenance job.
   */
  async sweepRetention(now = new Date()): Promise<number> {
    const days = this.config.CANDIDATE_RETENTION_DAYS;
    if (!days) return 0;
    const before = new Date(now.getTime() - days * 86_400_000);
    const due = await this.prisma.candidate.findMany({
      where: { erasedAt: null, attempts: { some: {}, every: { status: 'FINISHED', finishedAt: { lt: before } } } },
      select: { id: true, companyId: true },
      take: 100,
    });
    for (const { id, companyId } of due) {
      await this.prisma.$transaction(async (tx) => {
        if (await this.eraseIn(tx, companyId, id)) {
          await this.audit.recordBySystem(companyId, { action: 'eraseCandidate', targetType: 'Candidate', targetId: id, metadata: { reason: 'RETENTION', days } }, tx);
        }
      });
    }
    if (due.length) this.logger.log(`erased ${due.length} candidates past the retention of ${days} days`);
    return due.length;
  }

  /** Erases in `tx`; false when there is no such (unerased) candidate in the company. */
  private async eraseIn(tx: Prisma.TransactionClient, companyId: string, id: string): Promise<boolean> {
    const candidate = await tx.candidate.findFirst({ where: { id, companyId, erasedAt: null }, select: { id: true, attempts: { select: { id: true } }, invitations: { select: { id: true } } } });
    if (!candidate) return false;
    const attemptId = { in: candidate.attempts.map((a) => a.id) };
    const invitationIds = candidate.invitations.map((i) => i.id);
    const now = new Date();
    await tx.candidate.update({
      where: { id },
      // The e-mail is unique per company: the tombstone's is unique and says nothing.
      data: { name: ERASED_NAME, email: `erased-${id}@erased.invalid`, externalId: null, erasedAt: now },
    });
    // The fingerprints are the source's, too: gone with it (0: nothing left to fingerprint).
    await tx.sourceFingerprint.deleteMany({ where: { companyId, submission: { attemptId } } });
    await tx.submission.updateMany({ where: { companyId, attemptId }, data: { source: '', rubricSuggestion: Prisma.DbNull, fingerprintCount: 0 } });
    await tx.codeRun.updateMany({ where: { companyId, attemptId }, data: { source: '', customInput: Prisma.DbNull, tests: [], compileError: null } });
    await tx.draft.deleteMany({ where: { companyId, attemptId } });
    await tx.draftSnapshot.deleteMany({ where: { companyId, attemptId } });
    await tx.activityEvent.deleteMany({ where: { companyId, attemptId } });
    // The delivery log keeps the status of invitation e-mails, not where they went.
    await tx.emailMessage.updateMany({ where: { companyId, invitationId: { in: invitationIds } }, data: { to: '' } });
    // Greenhouse's callback for them (its URL names the candidate's test in Greenhouse).
    await tx.webhook.deleteMany({ where: { companyId, kind: 'GREENHOUSE', invitationId: { in: invitationIds } } });
    await tx.auditLog.updateMany({ where: { companyId, actorType: 'CANDIDATE', actorId: { in: invitationIds } }, data: { ip: null } });
    // Their links stop working.
    await tx.invitation.updateMany({ where: { companyId, id: { in: invitationIds } }, data: { status: 'REVOKED', revokedAt: now } });
    return true;
  }
}
