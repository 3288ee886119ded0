import { Module } from '@nestjs/common';
import { QuestionReportResolver, ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';
import { SourcePrints } from './source-prints';
import { AttemptTotals } from './attempt-totals';

@Module({ providers: [ReportsResolver, QuestionReportResolver, ReportsService, SourcePrints, AttemptTotals], exports: [ReportsService, SourcePrints, AttemptTotals] })
export class ReportsModule {}
