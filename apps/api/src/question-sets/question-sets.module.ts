import { Module } from '@nestjs/common';
import { QuestionsModule } from '../questions/questions.module';
import { QuestionSetItemResolver, QuestionSetsResolver } from './question-sets.resolver';
import { QuestionSetsService } from './question-sets.service';

@Module({ imports: [QuestionsModule], providers: [QuestionSetsResolver, QuestionSetItemResolver, QuestionSetsService], exports: [QuestionSetsService] })
export class QuestionSetsModule {}
