import { Module } from '@nestjs/common';
import { CompanyQuestionsResolver } from './company-questions.resolver';
import { CompanyQuestionsService } from './company-questions.service';

/**
 * Company questions: authoring, versions, import and export in the question file format; the
 * `validate` queue (QueuesModule) hands saved versions to judge workers. Reading them is
 * QuestionsModule's (`questions`, `question`), beside the bank.
 */
@Module({
  providers: [CompanyQuestionsResolver, CompanyQuestionsService],
  exports: [CompanyQuestionsService],
})
export class CompanyQuestionsModule {}
