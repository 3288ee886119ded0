import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { MemberActor } from '../auth/actor';
import { Allow, ClientIp, CurrentActor } from '../auth/decorators';
import { IdArgs, ParseCuidPipe } from '../common/id-args';
import { Question } from '../questions/models/question.model';
import { CompanyQuestionsService } from './company-questions.service';
import { CreateQuestionInput, ImportQuestionsInput } from './dto/question-file.input';
import { ImportQuestionResult } from './models/import-result.model';

/** A company's own questions (graders read them through `questions` / `question`). */
@Resolver(() => Question)
export class CompanyQuestionsResolver {
  constructor(private readonly companyQuestions: CompanyQuestionsService) {}

  @Allow('ADMIN', 'RECRUITER')
  @Mutation(() => Question, { description: 'A new company question (version 1). A coding question with a reference solution is VALIDATING until the sandbox has run it, then READY or INVALID.' })
  createQuestion(@CurrentActor() actor: MemberActor, @Args('input') input: CreateQuestionInput, @ClientIp() ip: string) {
    return this.companyQuestions.create(actor, input, ip);
  }

  @Allow('ADMIN', 'RECRUITER')
  @Mutation(() => Question, { description: 'Saves a new version; question sets and submissions keep the version they pinned.' })
  updateQuestion(@CurrentActor() actor: MemberActor, @Args('id', { type: () => ID }, new ParseCuidPipe('id')) id: string, @Args('input') input: CreateQuestionInput, @ClientIp() ip: string) {
    return this.companyQuestions.update(actor, id, input, ip);
  }

  @Allow('ADMIN', 'RECRUITER')
  @Mutation(() => Question, { description: 'Hides a company question from new sets; sets that use it keep it.' })
  archiveQuestion(@CurrentActor() actor: MemberActor, @Args() { id }: IdArgs, @ClientIp() ip: string) {
    return this.companyQuestions.archive(actor, id, ip);
  }

  @Allow('ADMIN', 'RECRUITER')
  @Mutation(() => [ImportQuestionResult], { description: 'Saves up to 100 question files (5 MB) at once, one result per row; a slug that exists gets a new version.' })
  importQuestions(@CurrentActor() actor: MemberActor, @Args('input') input: ImportQuestionsInput, @ClientIp() ip: string) {
    return this.companyQuestions.import(actor, input.questions, ip);
  }

  @Allow('ADMIN', 'RECRUITER', 'GRADER')
  @Query(() => GraphQLJSON, { description: 'Your company\'s questions as question files (latest versions), exactly what createQuestion and importQuestions take.' })
  exportQuestions(@CurrentActor() actor: MemberActor, @Args('ids', { type: () => [ID] }) ids: string[]) {
    return this.companyQuestions.export(actor, ids);
  }
}
