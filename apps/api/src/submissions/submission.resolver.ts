import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/decorators';
import { RubricSuggestionModel, Submission } from './models/submission.model';

@Resolver(() => Submission)
export class SubmissionFieldsResolver {
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
