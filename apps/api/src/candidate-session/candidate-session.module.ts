import { Module } from '@nestjs/common';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { SubmissionQueueService } from '../submissions/submission-queue.service';
import { SubmissionFieldsResolver } from '../submissions/submission.resolver';
import { CandidateQuestionResolver, CandidateSessionResolver } from './candidate-session.resolver';
import { CandidateSessionService } from './candidate-session.service';

@Module({
  imports: [WebhooksModule],
  providers: [SubmissionFieldsResolver, CandidateSessionResolver, CandidateQuestionResolver, CandidateSessionService, SubmissionQueueService],
  exports: [SubmissionQueueService],
})
export class CandidateSessionModule {}
