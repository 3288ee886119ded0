import { Module } from '@nestjs/common';
import { SubmissionQueueService } from './submission-queue.service';
import { SubmissionResolver } from './submission.resolver';
import { SubmissionsService } from './submissions.service';

/**
 * Submissions: reading one (Query.submission and the Submission fields), and handing code to the
 * judge (SubmissionQueueService, on the `judge` queue of QueuesModule). Candidates create them
 * through CandidateSessionModule; reviews add the `reviews` field (ReviewsModule).
 */
@Module({
  providers: [SubmissionResolver, SubmissionsService, SubmissionQueueService],
  exports: [SubmissionsService, SubmissionQueueService],
})
export class SubmissionsModule {}
