import { Module } from '@nestjs/common';
import { QuestionsResolver } from './questions.resolver';
import { QuestionsService } from './questions.service';

@Module({ providers: [QuestionsResolver, QuestionsService], exports: [QuestionsService] })
export class QuestionsModule {}
