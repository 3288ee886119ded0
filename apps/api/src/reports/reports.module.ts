import { Module } from '@nestjs/common';
import { QuestionReportResolver, ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';
import { SourcePrints } from './source-prints';

@Module({ providers: [ReportsResolver, QuestionReportResolver, ReportsService, SourcePrints], exports: [ReportsService, SourcePrints] })
export class ReportsModule {}
