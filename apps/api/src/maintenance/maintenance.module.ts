import { Module } from '@nestjs/common';
import { CandidateSessionModule } from '../candidate-session/candidate-session.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { MaintenanceService } from './maintenance.service';

@Module({ imports: [CandidateSessionModule, WebhooksModule], providers: [MaintenanceService], exports: [MaintenanceService] })
export class MaintenanceModule {}
