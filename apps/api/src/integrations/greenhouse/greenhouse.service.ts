// Greenhouse's Assessment Partner API on our side: list_tests (the company's question sets),
// send_test (find or create the candidate by e-mail, invite with an e-mail, remember Greenhouse's
// callback), test_status (the invitation in Greenhouse's terms; the score and the report link once
// complete) and response_error (Greenhouse telling us it could not read an answer).
// partner_test_id is a question set id, partner_interview_id an invitation id.
import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { PrismaService } from '@app/platform';
import type { ApiKeyActor } from '../../auth/actor';
import { AuditService } from '../../audit/audit.service';
import { CandidatesService } from '../../candidates/candidates.service';
import { AppError } from '../../common/app-error';
import { GREENHOUSE_CREDENTIAL_PURPOSE } from '../../common/sealed-purposes';
import { seal } from '../../common/sealed-secret';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { InvitationsService } from '../../invitations/invitations.service';
import { ReportLinks } from '../../report-page/report-links.service';
import { ReportsService } from '../../reports/reports.service';
import { UnsafeWebhookUrlError, assertDeliverableUrl } from '../../webhooks/delivery/network-policy';
import type { ResponseErrorRequest, SendTestRequest } from './greenhouse-requests';
import { greenhouseStatus, type PartnerStatus } from './greenhouse-status';

export interface PartnerTest {
  partner_test_id: string;
  partner_test_name: string;
}

export interface TestStatus {
  partner_status: PartnerStatus;
  partner_profile_url?: string;
  partner_score?: number;
  metadata?: Record<string, string | number | boolean>;
}

@Injectable()
export class GreenhouseService {
  private readonly logger = new Logger('Greenhouse');

  constructor(
    private readonly prisma: PrismaService,
    private readonly candidates: CandidatesService,
    private readonly invitations: InvitationsService,
    private readonly reports: ReportsService,
    private readonly reportLinks: ReportLinks,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The company's current (unarchived) question sets, newest first. */
  async listTests(actor: ApiKeyActor): Promise<PartnerTest[]> {
    const sets = await this.prisma.questionSet.findMany({
      where: { companyId: actor.companyId, archivedAt: null },
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      select: { id: true, title: true },
    });
    return sets.map((set) => ({ partner_test_id: set.id, partner_test_name: set.title }));
  }

  /**
   * Idempotent: Greenhouse retries, and a retry finds the candidate by e-mail and their open
   * invitation to the set, so it answers the same partner_interview_id and sends no second e-mail.
   */
  async sendTest(actor: ApiKeyActor, key: string, body: SendTestRequest, ip: string): Promise<{ partner_interview_id: string }> {
    const set = await this.prisma.questionSet.findFirst({ where: { id: body.partner_test_id, companyId: actor.companyId, archivedAt: null }, select: { id: true } });
    if (!set) throw new AppError('NOT_FOUND', 'No test with this partner_test_id', 'partner_test_id');
    // Checked before anything is written: a callback we would refuse to call is refused now.
    const callback = body.url ? await this.checkedCallback(body.url) : null;

    const email = body.candidate.email.trim().toLowerCase();
    const name = `${body.candidate.first_name} ${body.candidate.last_name}`.trim();
    const candidate =
      (await this.prisma.candidate.findFirst({ where: { companyId: actor.companyId, email, erasedAt: null }, select: { id: true } })) ??
      (await this.candidates.create(actor, { name, email }, ip));
    const { invitation } = await this.invitations.invite(actor, { candidateId: candidate.id, questionSetId: set.id, sendEmail: true }, ip);

    if (callback) {
      const credential = seal(key, this.config.JWT_SECRET, GREENHOUSE_CREDENTIAL_PURPOSE);
      // A retry may bring a new callback URL: the latest one wins until it has been called.
      await this.prisma.webhook.upsert({
        where: { invitationId: invitation.id },
        create: {
          companyId: actor.companyId,
          kind: 'GREENHOUSE',
          invitationId: invitation.id,
          url: callback,
          events: ['ATTEMPT_FINISHED'],
          secret: `whsec_${randomBytes(32).toString('base64url')}`,
          credential,
        },
        update: { url: callback, credential },
      });
    }
    return { partner_interview_id: invitation.id };
  }

  async testStatus(actor: ApiKeyActor, partnerInterviewId: string): Promise<TestStatus> {
    const invitation = await this.prisma.invitation.findFirst({
      where: { id: partnerInterviewId, companyId: actor.companyId },
      select: {
        status: true,
        expiresAt: true,
        attempt: { select: { id: true, status: true, startedAt: true, finishedAt: true, submissions: { where: { status: { in: ['QUEUED', 'RUNNING'] } }, select: { id: true }, take: 1 } } },
      },
    });
    if (!invitation) throw new AppError('NOT_FOUND', 'No test with this partner_interview_id', 'partner_interview_id');
    const status = greenhouseStatus(invitation, invitation.attempt ? { ...invitation.attempt, judging: invitation.attempt.submissions.length > 0 } : null);
    if (status !== 'complete' || !invitation.attempt) return { partner_status: status };

    const report = await this.reports.report(actor, invitation.attempt.id);
    const url = await this.reportLinks.urlFor(actor.companyId, invitation.attempt.id);
    if (!url) throw new Error(`no report link for finished attempt ${invitation.attempt.id}`);
    return {
      partner_status: 'complete',
      partner_profile_url: url,
      partner_score: report.totalScore,
      metadata: {
        'Max Score': report.maxScore,
        ...(report.percentile === null || report.percentile === undefined ? {} : { Percentile: Math.round(report.percentile) }),
        'Started At': report.startedAt.toISOString(),
        ...(report.finishedAt ? { 'Completed At': report.finishedAt.toISOString() } : {}),
        Questions: report.questions.length,
      },
    };
  }

  /** Greenhouse could not use one of our answers: kept in the audit log for the company's admins (no e-mail: it is personal data). */
  async responseError(actor: ApiKeyActor, body: ResponseErrorRequest, ip: string): Promise<void> {
    this.logger.warn(`Greenhouse reported a bad ${body.api_call} answer: ${body.errors.join('; ')}`);
    await this.audit.record(actor, {
      action: 'greenhouseResponseError',
      targetType: body.partner_interview_id ? 'Invitation' : undefined,
      targetId: body.partner_interview_id ?? undefined,
      ip,
      metadata: { apiCall: body.api_call, errors: body.errors, partnerTestId: body.partner_test_id ?? null },
    });
  }

  private async checkedCallback(url: string): Promise<string> {
    try {
      return (await assertDeliverableUrl(url, { allowPrivateNetworks: this.config.WEBHOOK_ALLOW_PRIVATE_NETWORKS })).toString();
    } catch (error) {
      if (error instanceof UnsafeWebhookUrlError) throw new AppError('BAD_USER_INPUT', `url: ${error.message}`, 'url');
      throw error;
    }
  }
}
