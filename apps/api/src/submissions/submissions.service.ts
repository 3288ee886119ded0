import { Injectable } from '@nestjs/common';
import { PrismaService } from '@app/platform';
import type { CandidateActor, MemberActor } from '../auth/actor';
import { AppError } from '../common/app-error';
import { submissionInclude, toSubmission } from './submission-view';

/** Reading one submission, as the candidate who made it or as a company user. */
@Injectable()
export class SubmissionsService {
  constructor(private readonly prisma: PrismaService) {}

  /** A candidate reads only submissions of their own attempt; anything else is NOT_FOUND. */
  async forCandidate(actor: CandidateActor, id: string) {
    const row = await this.prisma.submission.findFirst({
      where: { id, companyId: actor.companyId, attempt: { invitationId: actor.invitationId } },
      include: submissionInclude,
    });
    if (!row) throw AppError.notFound('Submission');
    return toSubmission(row, 'CANDIDATE');
  }

  /** Company users read any submission of their company (hidden tests in full). */
  async forCompany(actor: MemberActor, id: string) {
    const row = await this.prisma.submission.findFirst({ where: { id, companyId: actor.companyId }, include: submissionInclude });
    if (!row) throw AppError.notFound('Submission');
    return toSubmission(row, 'COMPANY');
  }
}
