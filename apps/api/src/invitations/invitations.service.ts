import { Injectable } from '@nestjs/common';
import { PrismaService } from '@app/platform';
import { AuditService } from '../audit/audit.service';
import type { MemberActor } from '../auth/actor';
import { newInvitationToken } from '../auth/tokens';
import { CandidatesService } from '../candidates/candidates.service';
import { InvitationMailer } from '../mail/invitation-mailer.service';
import { AppError } from '../common/app-error';
import { PageArgs, paginate } from '../common/pagination';
import type { BulkInviteCandidatesInput, InviteCandidateInput } from './dto/invite-candidate.input';

const DEFAULT_VALIDITY_MS = 7 * 24 * 3600 * 1000;

@Injectable()
export class InvitationsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly candidates: CandidatesService,
    private readonly mailer: InvitationMailer,
  ) {}

  /**
   * Invites a candidate to a set. Idempotent: while the candidate has an open (pending or
   * started, unexpired) invitation to the same set, that one is returned, without a token.
   */
  async invite(actor: MemberActor, input: InviteCandidateInput, ip: string) {
    const expiresAt = input.expiresAt ?? new Date(Date.now() + DEFAULT_VALIDITY_MS);
    if (expiresAt.getTime() <= Date.now()) throw AppError.badInput('expiresAt', 'expiresAt must be in the future');
    const [candidate, set] = await Promise.all([
      this.prisma.candidate.findFirst({ where: { id: input.candidateId, companyId: actor.companyId } }),
      this.prisma.questionSet.findFirst({ where: { id: input.questionSetId, companyId: actor.companyId, archivedAt: null } }),
    ]);
    if (!candidate) throw new AppError('NOT_FOUND', 'Candidate not found', 'candidateId');
    if (!set) throw new AppError('NOT_FOUND', 'Question set not found', 'questionSetId');

    const open = await this.prisma.invitation.findFirst({
      where: {
        companyId: actor.companyId,
        candidateId: candidate.id,
        questionSetId: set.id,
        status: { in: ['PENDING', 'STARTED'] },
        expiresAt: { gt: new Date() },
      },
    });
    if (open) return { invitation: { ...open, candidate }, token: null };

    const { token, tokenHash } = newInvitationToken();
    const invitation = await this.prisma.$transaction(async (tx) => {
      const row = await tx.invitation.create({
        data: {
          companyId: actor.companyId,
          candidateId: candidate.id,
          questionSetId: set.id,
          tokenHash,
          expiresAt,
          extraTimePercent: input.extraTimePercent ?? 0,
        },
      });
      await this.audit.record(actor, { action: 'inviteCandidate', targetType: 'Invitation', targetId: row.id, ip, metadata: { candidateId: candidate.id, questionSetId: set.id } }, tx);
      return row;
    });
    // After the commit, like a webhook: the worker must find the invitation.
    if (input.sendEmail) await this.mailer.queueInvitation({ companyId: actor.companyId, invitationId: invitation.id, token });
    return { invitation: { ...invitation, candidate }, token };
  }

  /** The e-mails of one of the company's invitations, oldest first. */
  emails(companyId: string, invitationId: string) {
    return this.prisma.emailMessage.findMany({ where: { companyId, invitationId }, orderBy: { createdAt: 'asc' } });
  }

  /** Each row: find or create the candidate (by e-mail), then invite; errors stay on their row. */
  async bulkInvite(actor: MemberActor, input: BulkInviteCandidatesInput, ip: string) {
    const results = [];
    for (const [row, entry] of input.rows.entries()) {
      try {
        const email = entry.email.trim().toLowerCase();
        const candidate =
          (await this.prisma.candidate.findFirst({ where: { companyId: actor.companyId, email } })) ??
          (await this.candidates.create(actor, entry, ip));
        const { invitation, token } = await this.invite(
          actor,
          { candidateId: candidate.id, questionSetId: input.questionSetId, expiresAt: input.expiresAt, extraTimePercent: entry.extraTimePercent, sendEmail: input.sendEmail },
          ip,
        );
        results.push({ row, candidate, invitation, token, error: null });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        results.push({ row, candidate: null, invitation: null, token: null, error: { code: error.code, message: error.message, field: error.field ?? null } });
      }
    }
    return results;
  }

  async revoke(actor: MemberActor, id: string, ip: string) {
    const invitation = await this.prisma.invitation.findFirst({ where: { id, companyId: actor.companyId } });
    if (!invitation) throw AppError.notFound('Invitation');
    if (invitation.status === 'REVOKED') return invitation;
    if (invitation.status === 'FINISHED') throw new AppError('CONFLICT', 'A finished invitation cannot be revoked', 'id');
    return this.prisma.$transaction(async (tx) => {
      const row = await tx.invitation.update({ where: { id }, data: { status: 'REVOKED', revokedAt: new Date() } });
      await this.audit.record(actor, { action: 'revokeInvitation', targetType: 'Invitation', targetId: id, ip }, tx);
      return row;
    });
  }

  list(actor: MemberActor, page: PageArgs, questionSetId?: string) {
    const where = { companyId: actor.companyId, ...(questionSetId ? { questionSetId } : {}) };
    return paginate(
      page,
      (take, afterId) =>
        this.prisma.invitation.findMany({
          where: { ...where, ...(afterId ? { id: { gt: afterId } } : {}) },
          orderBy: { id: 'asc' },
          take,
          include: { candidate: true },
        }),
      () => this.prisma.invitation.count({ where }),
    );
  }
}
