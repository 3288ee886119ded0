import { Module } from '@nestjs/common';
import { RejudgeService } from './rejudge.service';
import { SubmissionQueueService } from './submission-queue.service';
import { SubmissionResolver } from './submission.resolver';
import { SubmissionsService } from './submissions.service';

/**
 * Submissions: reading one (Query.submission and the Submission fields), and handing code to the
 * judge (SubmissionQueueService, on the `judge` queue of QueuesModule) and again on an admin's
 * request (RejudgeService). Candidates create them through CandidateSessionModule; reviews add
 * the `reviews` field (ReviewsModule).
 */
@Module({
  providers: [SubmissionResolver, SubmissionsService, SubmissionQueueService, RejudgeService],
  exports: [SubmissionsService, SubmissionQueueService],
})
export class SubmissionsModule {}
