import { DynamicModule, Module } from '@nestjs/common';
import { MAINTENANCE_QUEUE, queueWorker } from '@app/platform';
import { CandidateSessionModule } from '../candidate-session/candidate-session.module';
import { CompanyQuestionsModule } from '../company-questions/company-questions.module';
import { CandidatesModule } from '../candidates/candidates.module';
import { GreenhouseModule } from '../integrations/greenhouse/greenhouse.module';
import { ReportsModule } from '../reports/reports.module';
import type { AppConfig } from '../config/app-config';
import { SubmissionsModule } from '../submissions/submissions.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { MaintenanceService } from './maintenance.service';
import { MaintenanceWorker } from './maintenance.worker';

/** The periodic sweep and the consumer of the `maintenance` queue (imported by AppModule only). */
@Module({})
export class MaintenanceModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: MaintenanceModule,
      imports: [CandidateSessionModule, CandidatesModule, CompanyQuestionsModule, GreenhouseModule, ReportsModule, SubmissionsModule, WebhooksModule],
      providers: [MaintenanceService, queueWorker(MaintenanceWorker, MAINTENANCE_QUEUE, config, { concurrency: 1 })],
      exports: [MaintenanceService],
    };
  }
}
