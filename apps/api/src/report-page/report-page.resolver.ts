import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { MemberActor } from '../auth/actor';
import { Allow, ClientIp, CurrentActor } from '../auth/decorators';
import { ParseCuidPipe } from '../common/id-args';
import { AttemptReport } from '../reports/models/attempt-report.model';
import { ReportLinks } from './report-links.service';
import { RevokedReportLinks } from './revoked-report-links.model';

@Resolver(() => AttemptReport)
export class ReportPageResolver {
  constructor(private readonly links: ReportLinks) {}

  @ResolveField(() => String, { nullable: true, description: 'A signed link to the report page (no login; valid REPORT_LINK_TTL_DAYS); null until the attempt is finished.' })
  reportUrl(@Parent() report: AttemptReport, @CurrentActor() actor: MemberActor) {
    return this.links.urlFor(actor.companyId, report.id);
  }

  @Allow('ADMIN', 'RECRUITER')
  @Mutation(() => RevokedReportLinks, { description: 'Every report link of the attempt made so far stops working (links made afterwards work).' })
  revokeReportLinks(@CurrentActor() actor: MemberActor, @Args('attemptId', { type: () => ID }, new ParseCuidPipe('attemptId')) attemptId: string, @ClientIp() ip: string) {
    return this.links.revoke(actor, attemptId, ip);
  }
}
