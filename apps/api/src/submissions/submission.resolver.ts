import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor, MemberActor } from '../auth/actor';
import { Allow, ClientIp, CurrentActor } from '../auth/decorators';
import { IdArgs } from '../common/id-args';
import { RubricSuggestionModel, Submission } from './models/submission.model';
import { RejudgeQuestionVersionArgs, RejudgeSubmissionArgs } from './dto/rejudge.args';
import { RejudgeResult } from './models/rejudge-result.model';
import { RejudgeService } from './rejudge.service';
import { SubmissionsService } from './submissions.service';

@Resolver(() => Submission)
export class SubmissionResolver {
  constructor(
    private readonly submissions: SubmissionsService,
    private readonly rejudges: RejudgeService,
  ) {}

  @Allow('CANDIDATE', 'ADMIN', 'RECRUITER', 'GRADER')
  @Query(() => Submission, {
    description: 'A submission: a candidate reads their own (hidden tests: name and pass/fail only); company users read their company\'s.',
  })
  submission(@CurrentActor() actor: Actor, @Args() { id }: IdArgs) {
    return actor.kind === 'CANDIDATE' ? this.submissions.forCandidate(actor, id) : this.submissions.forCompany(actor, id);
  }

  @Allow('ADMIN')
  @Mutation(() => Submission, {
    description:
      'Judges a finished code submission again: a new judge run is added (none is overwritten) and the score follows it; SUBMISSION_JUDGED is delivered again with `rejudge: true`.',
  })
  rejudgeSubmission(@CurrentActor() actor: MemberActor, @Args() { id, useLatestVersion }: RejudgeSubmissionArgs, @ClientIp() ip: string) {
    return this.rejudges.rejudgeSubmission(actor, id, useLatestVersion ?? false, ip);
  }

  @Allow('ADMIN')
  @Mutation(() => RejudgeResult, { description: 'Rejudges every finished code submission of this company that pinned one version of a question (e.g. after a test was fixed).' })
  rejudgeQuestionVersion(@CurrentActor() actor: MemberActor, @Args() args: RejudgeQuestionVersionArgs, @ClientIp() ip: string) {
    return this.rejudges.rejudgeQuestionVersion(actor, args.questionId, args.version, args.useLatestVersion ?? false, ip);
  }

  /** Graders see the keyword rubric's suggestion beside a written answer; candidates never do. */
  @ResolveField(() => RubricSuggestionModel, { nullable: true })
  rubricSuggestion(@Parent() submission: Submission, @CurrentActor() actor: Actor) {
    if (actor.kind === 'CANDIDATE') return null;
    return (submission.rubricSuggestion as RubricSuggestionModel | null) ?? null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The submitted code or answer; candidates see their own.' })
  source(@Parent() submission: Submission) {
    return submission.source;
  }
}
