import { Module } from '@nestjs/common';
import { QuestionsResolver } from './questions.resolver';
import { QuestionsService, VersionContents } from './questions.service';

@Module({ providers: [QuestionsResolver, QuestionsService, VersionContents], exports: [QuestionsService, VersionContents] })
export class QuestionsModule {}
