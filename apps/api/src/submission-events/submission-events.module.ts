import { Module } from '@nestjs/common';
import { SubmissionEventsResolver } from './submission-events.resolver';
import { SubmissionEventsService } from './submission-events.service';

@Module({ providers: [SubmissionEventsService, SubmissionEventsResolver], exports: [SubmissionEventsService] })
export class SubmissionEventsModule {}
