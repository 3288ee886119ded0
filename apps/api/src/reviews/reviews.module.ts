import { Module } from '@nestjs/common';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { ReviewsResolver, SubmissionReviewsResolver } from './reviews.resolver';
import { ReviewsService } from './reviews.service';

/** Graders' reviews; emits SUBMISSION_REVIEWED through the webhooks module. */
@Module({ imports: [WebhooksModule], providers: [ReviewsResolver, SubmissionReviewsResolver, ReviewsService] })
export class ReviewsModule {}
