import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor';
import { Allow, CurrentActor } from '../auth/decorators';
import { IdArgs } from '../common/id-args';
import { RubricSuggestionModel, Submission } from './models/submission.model';
import { SubmissionsService } from './submissions.service';

@Resolver(() => Submission)
export class SubmissionResolver {
  constructor(private readonly submissions: SubmissionsService) {}

  @Allow('CANDIDATE', 'ADMIN', 'RECRUITER', 'GRADER')
  @Query(() => Submission, {
    description: 'A submission: a candidate reads their own (hidden tests: name and pass/fail only); company users read their company\'s.',
  })
  submission(@CurrentActor() actor: Actor, @Args() { id }: IdArgs) {
    return actor.kind === 'CANDIDATE' ? this.submissions.forCandidate(actor, id) : this.submissions.forCompany(actor, id);
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
