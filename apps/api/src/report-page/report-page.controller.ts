// GET /reports/<token>: a finished attempt's report as HTML for whoever holds the signed link
// (a hiring manager clicking through from the ATS). No login; nothing but the page: an invalid,
// expired or revoked link gets the same small 404 page, never which it was.
import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import { PrismaService } from '@app/platform';
import type { Response } from 'express';
import type { MemberActor } from '../auth/actor';
import { Public } from '../auth/decorators';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Inject } from '@nestjs/common';
import { ReportsService } from '../reports/reports.service';
import { reportHtml } from './report-html';
import { verifyReportToken } from './report-token';

const NOT_FOUND_PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report not available</title></head><body><h1>This report link is invalid or has expired.</h1><p>Ask the recruiter for a new link.</p></body></html>';

@Public()
@Controller('reports')
export class ReportPageController {
  constructor(
    private readonly prisma: PrismaService,
    private readonly reports: ReportsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':token')
  @Header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
  @Header('Referrer-Policy', 'no-referrer')
  @Header('Cache-Control', 'private, no-store')
  @Header('X-Robots-Tag', 'noindex')
  @Header('X-Content-Type-Options', 'nosniff')
  async page(@Param('token') token: string, @Res() response: Response): Promise<void> {
    const html = await this.render(token);
    response.status(html ? 200 : 404).type('html').send(html ?? NOT_FOUND_PAGE);
  }

  private async render(token: string): Promise<string | null> {
    const claims = verifyReportToken(token, this.config.JWT_SECRET);
    if (!claims) return null;
    const attempt = await this.prisma.attempt.findUnique({
      where: { id: claims.attemptId },
      select: { companyId: true, status: true, reportLinkVersion: true, questionSet: { select: { title: true, anonymized: true } } },
    });
    if (!attempt || attempt.status !== 'FINISHED' || attempt.reportLinkVersion !== claims.version) return null;
    // The link's holder reads as a grader would: an anonymised set shows no identity.
    const reader: MemberActor = { kind: 'USER', userId: 'report-link', companyId: attempt.companyId, role: attempt.questionSet.anonymized ? 'GRADER' : 'RECRUITER' };
    const report = await this.reports.report(reader, claims.attemptId);
    const counted = report.questions.map((q) => q.submissionId).filter((id): id is string => id !== null);
    const reviews = await this.prisma.review.findMany({ where: { companyId: attempt.companyId, submissionId: { in: counted } }, orderBy: { createdAt: 'desc' }, select: { submissionId: true, score: true, comment: true, createdAt: true } });
    const bySubmission = new Map(report.submissions.map((s) => [s.id, s]));
    const similar = new Map(await Promise.all(report.questions.map(async (q) => [q.question.id, await q.similarities()] as const)));
    return reportHtml({
      similar,
      setTitle: attempt.questionSet.title,
      report,
      activity: await this.reports.activity(attempt.companyId, claims.attemptId),
      reviews: new Map(report.questions.map((q) => [q.question.id, reviews.filter((r) => r.submissionId === q.submissionId)])),
      tests: new Map(
        report.questions.flatMap((q) => {
          const submission = q.submissionId ? bySubmission.get(q.submissionId) : undefined;
          return submission && submission.tests.length ? [[q.question.id, { passed: submission.tests.filter((t) => t.passed).length, total: submission.tests.length }] as const] : [];
        }),
      ),
    });
  }
}
