import { Injectable } from '@nestjs/common';
import { PrismaService } from '@app/platform';
import { AuditService } from '../audit/audit.service';
import type { MemberActor } from '../auth/actor';
import { AppError } from '../common/app-error';
import type { AttemptStatus } from '../common/enums';
import type { AttemptDeadline } from './models/attempt-deadline.model';

/** Extra time for one candidate is at most a day at a time. */
export const MAX_EXTENSION_MINUTES = 24 * 60;

/**
 * Extra time for one attempt (accommodations): the deadline moves, the candidate's myAttempt and
 * every deadline check (submissions, runs, drafts, the scheduled expiry) follow it. An attempt
 * already finished stays finished.
 */
@Injectable()
export class AttemptExtensionService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
  ) {}

  async extend(actor: MemberActor, id: string, minutes: number, ip: string): Promise<AttemptDeadline> {
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_EXTENSION_MINUTES) {
      throw AppError.badInput('minutes', `minutes must be a whole number from 1 to ${MAX_EXTENSION_MINUTES}`);
    }
    return this.prisma.$transaction(async (tx) => {
      const attempt = await tx.attempt.findFirst({ where: { id, companyId: actor.companyId } });
      if (!attempt) throw AppError.notFound('Attempt');
      if (attempt.status !== 'IN_PROGRESS') throw new AppError('BAD_USER_INPUT', 'The attempt is finished; extra time cannot reopen it', 'id', { reason: 'ATTEMPT_FINISHED' });
      // From the later of the old deadline and now: time added to an expired (not yet swept) attempt is real time.
      const from = Math.max(attempt.deadline.getTime(), Date.now());
      const deadline = new Date(from + minutes * 60_000);
      const { count } = await tx.attempt.updateMany({ where: { id, status: 'IN_PROGRESS' }, data: { deadline } });
      if (count === 0) throw new AppError('BAD_USER_INPUT', 'The attempt is finished; extra time cannot reopen it', 'id', { reason: 'ATTEMPT_FINISHED' });
      await this.audit.record(actor, { action: 'extendAttempt', targetType: 'Attempt', targetId: id, ip, metadata: { minutes, from: attempt.deadline.toISOString(), to: deadline.toISOString() } }, tx);
      return { id, status: attempt.status as AttemptStatus, deadline };
    });
  }
}
