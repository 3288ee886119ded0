import { Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module';
import { CandidatesModule } from '../../candidates/candidates.module';
import { InvitationsModule } from '../../invitations/invitations.module';
import { ReportPageModule } from '../../report-page/report-page.module';
import { ReportsModule } from '../../reports/reports.module';
import { WebhooksModule } from '../../webhooks/webhooks.module';
import { GreenhouseBasicAuthGuard } from './greenhouse-basic-auth.guard';
import { GreenhouseCallbacks } from './greenhouse-callbacks.service';
import { GreenhouseController } from './greenhouse.controller';
import { GreenhouseService } from './greenhouse.service';

/** Greenhouse's Assessment Partner API; the maintenance tick fires its callbacks (GreenhouseCallbacks). */
@Module({
  imports: [AuthModule, CandidatesModule, InvitationsModule, ReportsModule, ReportPageModule, WebhooksModule],
  controllers: [GreenhouseController],
  providers: [GreenhouseService, GreenhouseBasicAuthGuard, GreenhouseCallbacks],
  exports: [GreenhouseCallbacks],
})
export class GreenhouseModule {}
