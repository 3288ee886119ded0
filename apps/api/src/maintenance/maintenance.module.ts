import { Module } from '@nestjs/common';
import { CandidateSessionModule } from '../candidate-session/candidate-session.module';
import { MaintenanceService } from './maintenance.service';

@Module({ imports: [CandidateSessionModule], providers: [MaintenanceService], exports: [MaintenanceService] })
export class MaintenanceModule {}
