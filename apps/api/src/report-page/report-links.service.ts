// Absolute, signed links to an attempt's report page (`PUBLIC_BASE_URL/reports/<token>`), for
// the GraphQL report and Greenhouse's partner_profile_url; and revoking them all.
import { Inject, Injectable } from '@nestjs/common';
import { PrismaService } from '@app/platform';
import type { MemberActor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { signReportToken } from './report-token';

@Injectable()
export class ReportLinks {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The link to a finished attempt of the company, valid REPORT_LINK_TTL_DAYS from now; null otherwise. */
  async urlFor(companyId: string, attemptId: string): Promise<string | null> {
    const attempt = await this.prisma.attempt.findFirst({ where: { id: attemptId, companyId, status: 'FINISHED' }, select: { id: true, reportLinkVersion: true } });
    if (!attempt) return null;
    const expiresAt = Math.floor(Date.now() / 1000) + this.config.REPORT_LINK_TTL_DAYS * 86_400;
    const token = signReportToken({ attemptId: attempt.id, expiresAt, version: attempt.reportLinkVersion }, this.config.JWT_SECRET);
    return `${this.config.PUBLIC_BASE_URL}/reports/${token}`;
  }

  /** Every link made so far stops working; links made afterwards work. */
  async revoke(actor: MemberActor, attemptId: string, ip: string): Promise<{ id: string }> {
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.attempt.updateMany({ where: { id: attemptId, companyId: actor.companyId }, data: { reportLinkVersion: { increment: 1 } } });
      if (count === 0) throw AppError.notFound('Attempt');
      await this.audit.record(actor, { action: 'revokeReportLinks', targetType: 'Attempt', targetId: attemptId, ip }, tx);
      return { id: attemptId };
    });
  }
}
