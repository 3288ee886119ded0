import { Module } from '@nestjs/common';
import { ReportsModule } from '../reports/reports.module';
import { ReportLinks } from './report-links.service';
import { ReportPageController } from './report-page.controller';
import { ReportPageResolver } from './report-page.resolver';

/** The report page a hiring manager opens from a signed link, and the links (ReportLinks, exported). */
@Module({
  imports: [ReportsModule],
  controllers: [ReportPageController],
  providers: [ReportLinks, ReportPageResolver],
  exports: [ReportLinks],
})
export class ReportPageModule {}
