import { Args, Float, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { MemberActor } from '../auth/actor';
import { Allow, CurrentActor } from '../auth/decorators';
import { AppError } from '../common/app-error';
import { IdArgs } from '../common/id-args';
import { AttemptsArgs } from './dto/attempts.args';
import { AttemptReport, AttemptSummaryConnection, QuestionReport, SimilarSubmission } from './models/attempt-report.model';
import { MIN_REPORTED_SIMILARITY, ReportsService } from './reports.service';
import { DEFAULT_SIMILARITY_THRESHOLD } from './similarity';
import { TimelineEvent } from './models/timeline.model';
import { attemptTimeline } from './timeline';
import { QuestionActivity } from './models/activity-summary.model';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Inject } from '@nestjs/common';
import { PrismaService } from '@app/platform';

@Resolver(() => AttemptReport)
export class ReportsResolver {
  constructor(
    private readonly reports: ReportsService,
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Allow('ADMIN', 'RECRUITER', 'GRADER')
  @Query(() => AttemptReport, { description: 'An attempt\'s report: per-question scores (reviews over the judge), total, percentile, similarity flags.' })
  attempt(@CurrentActor() actor: MemberActor, @Args() { id }: IdArgs) {
    return this.reports.report(actor, id);
  }

  @ResolveField(() => [TimelineEvent], { description: 'Drafts, runs and submissions in time order, per question: how the code grew.' })
  timeline(@Parent() report: AttemptReport, @CurrentActor() actor: MemberActor) {
    return attemptTimeline(this.prisma, actor.companyId, report.id);
  }

  @ResolveField(() => [QuestionActivity], { description: 'Activity signals per question (pastes, copies, focus, full screen): for a person to weigh beside the similarity flags, never a verdict.' })
  activity(@Parent() report: AttemptReport, @CurrentActor() actor: MemberActor) {
    return this.reports.activity(actor.companyId, report.id);
  }

  @Allow('ADMIN', 'RECRUITER', 'GRADER')
  @Query(() => AttemptSummaryConnection, { description: 'The company\'s attempts, for graders and recruiters.' })
  attempts(@CurrentActor() actor: MemberActor, @Args() args: AttemptsArgs) {
    return this.reports.list(actor, args);
  }
}

@Resolver(() => QuestionReport)
export class QuestionReportResolver {
  @ResolveField(() => [SimilarSubmission], {
    description: 'Other candidates\' counted submissions for this question at least `minSimilarity` alike (most similar first).',
  })
  similarTo(
    @Parent() question: QuestionReport,
    @Args('minSimilarity', { type: () => Float, nullable: true, description: `${MIN_REPORTED_SIMILARITY} to 1; default ${DEFAULT_SIMILARITY_THRESHOLD}.` })
    minSimilarity: number | null,
  ): Promise<SimilarSubmission[]> {
    const threshold = minSimilarity ?? DEFAULT_SIMILARITY_THRESHOLD;
    if (!(threshold >= MIN_REPORTED_SIMILARITY && threshold <= 1)) {
      throw AppError.badInput('minSimilarity', `minSimilarity must be between ${MIN_REPORTED_SIMILARITY} and 1`);
    }
    return question.similarities().then((all) => all.filter((s) => s.similarity >= threshold));
  }
}
