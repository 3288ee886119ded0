import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor, MemberActor } from '../auth/actor';
import { Allow, ClientIp, CurrentActor } from '../auth/decorators';
import { requestLoader } from '../graphql/request-loaders';
import { Submission, SubmissionConnection } from '../submissions/models/submission.model';
import { ReviewSubmissionInput, SubmissionsToReviewArgs } from './dto/review-submission.input';
import { Review } from './models/review.model';
import { ReviewsService } from './reviews.service';

@Resolver(() => Review)
export class ReviewsResolver {
  constructor(private readonly reviews: ReviewsService) {}

  @Allow('ADMIN', 'GRADER')
  @Mutation(() => Review, { description: 'Scores a judged submission; the judge\'s verdict and score stay as they were. The latest review counts.' })
  reviewSubmission(@CurrentActor() actor: MemberActor, @Args('input') input: ReviewSubmissionInput, @ClientIp() ip: string) {
    return this.reviews.review(actor, input, ip);
  }

  @Allow('ADMIN', 'RECRUITER', 'GRADER')
  @Query(() => SubmissionConnection, { description: 'Judged submissions; `needsReview: true` lists written answers awaiting their first review.' })
  submissionsToReview(@CurrentActor() actor: MemberActor, @Args() args: SubmissionsToReviewArgs) {
    return this.reviews.toReview(actor, args);
  }
}

@Resolver(() => Submission)
export class SubmissionReviewsResolver {
  constructor(private readonly reviewsService: ReviewsService) {}

  @ResolveField(() => [Review], { description: 'Graders\' reviews, newest first (the first counts); empty for candidates.' })
  reviews(@Parent() submission: Submission, @CurrentActor() actor: Actor, @Context() context: object) {
    if (actor.kind === 'CANDIDATE') return [];
    // A report lists every submission of an attempt: their reviews come in one query. The key
    // holds the company, so a loader never mixes tenants (one request has one actor anyway).
    const companyId = actor.companyId;
    return requestLoader<string, Review[]>(context, `reviews:${companyId}`, (ids) => this.reviewsService.forSubmissions(companyId, ids)).load(submission.id);
  }
}
