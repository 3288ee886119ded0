import { Injectable } from '@nestjs/common';
import { PrismaService } from '@app/platform';
import type { Prisma } from '@prisma/client';
import type { CandidateActor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { WebhookEvents } from '../webhooks/webhook-events.service';

/** Who finished it: the candidate (finishAttempt), or the maintenance sweep once the deadline passed. */
export type FinishReason = { reason: 'FINISHED_BY_CANDIDATE'; actor: CandidateActor } | { reason: 'DEADLINE_PASSED' };

export interface FinishableAttempt {
  id: string;
  companyId: string;
  invitationId: string;
  candidateId: string;
  questionSetId: string;
  startedAt: Date;
  deadline: Date;
}

/** The ATTEMPT_FINISHED webhook payload. */
export function attemptFinishedPayload(
  attempt: FinishableAttempt & { finishedAt: Date | null },
  reason: FinishReason['reason'],
): Prisma.InputJsonObject {
  return {
    attemptId: attempt.id,
    candidateId: attempt.candidateId,
    questionSetId: attempt.questionSetId,
    startedAt: attempt.startedAt.toISOString(),
    deadline: attempt.deadline.toISOString(),
    finishedAt: (attempt.finishedAt ?? attempt.deadline).toISOString(),
    reason,
  };
}

/**
 * The one way an attempt ends, whoever ends it: the attempt and its invitation become FINISHED,
 * a `finishAttempt` audit row is written in the same transaction (by the candidate, or by the
 * system for a passed deadline), and ATTEMPT_FINISHED is emitted after the commit.
 */
@Injectable()
export class AttemptFinisher {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly webhooks: WebhookEvents,
  ) {}

  /**
   * Returns whether this call finished it. Only the call whose update took effect records and
   * announces it, so a candidate finishing while the sweep runs (or two API replicas sweeping)
   * produce one audit row and one webhook.
   */
  async finish(attempt: FinishableAttempt, how: FinishReason): Promise<boolean> {
    // After the deadline, finishedAt is the deadline: the candidate's time ended then, not when we noticed.
    const finishedAt = how.reason === 'DEADLINE_PASSED' ? attempt.deadline : new Date();
    const finished = await this.prisma.$transaction(async (tx) => {
      const changed = await tx.attempt.updateMany({ where: { id: attempt.id, status: 'IN_PROGRESS' }, data: { status: 'FINISHED', finishedAt } });
      if (changed.count === 0) return false;
      await tx.invitation.update({ where: { id: attempt.invitationId }, data: { status: 'FINISHED' } });
      const entry = { action: 'finishAttempt', targetType: 'Attempt', targetId: attempt.id, metadata: { reason: how.reason } };
      if (how.reason === 'FINISHED_BY_CANDIDATE') await this.audit.record(how.actor, entry, tx);
      else await this.audit.recordBySystem(attempt.companyId, entry, tx);
      return true;
    });
    // After the commit: a delivery must never announce a change that was rolled back.
    if (finished) await this.webhooks.emit(attempt.companyId, 'ATTEMPT_FINISHED', attemptFinishedPayload({ ...attempt, finishedAt }, how.reason));
    return finished;
  }
}
