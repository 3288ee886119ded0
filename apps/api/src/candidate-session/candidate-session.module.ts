import { Module } from '@nestjs/common';
import { QuestionsModule } from '../questions/questions.module';
import { ReportsModule } from '../reports/reports.module';
import { SubmissionEventsModule } from '../submission-events/submission-events.module';
import { SubmissionsModule } from '../submissions/submissions.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { AttemptFinisher } from './attempt-finisher.service';
import { AttemptExtensionResolver } from './attempt-extension.resolver';
import { AttemptExtensionService } from './attempt-extension.service';
import { CandidateQuestionResolver, CandidateSessionResolver } from './candidate-session.resolver';
import { CandidateSessionService } from './candidate-session.service';

@Module({
  imports: [QuestionsModule, ReportsModule, SubmissionsModule, SubmissionEventsModule, WebhooksModule],
  providers: [CandidateSessionResolver, CandidateQuestionResolver, CandidateSessionService, AttemptFinisher, AttemptExtensionService, AttemptExtensionResolver],
  exports: [AttemptFinisher],
})
export class CandidateSessionModule {}
