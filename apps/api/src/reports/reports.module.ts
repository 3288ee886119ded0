import { Module } from '@nestjs/common';
import { QuestionReportResolver, ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

@Module({ providers: [ReportsResolver, QuestionReportResolver, ReportsService], exports: [ReportsService] })
export class ReportsModule {}
