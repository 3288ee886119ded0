import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ParseCuidPipe } from '../common/id-args';
import type { MemberActor } from '../auth/actor';
import { Allow, ClientIp, CurrentActor } from '../auth/decorators';
import { IdArgs } from '../common/id-args';
import { PageArgs } from '../common/pagination';
import { QuestionsService } from '../questions/questions.service';
import { CreateQuestionSetInput, UpdateQuestionSetInput } from './dto/create-question-set.input';
import { QuestionSet, QuestionSetConnection, QuestionSetItem } from './models/question-set.model';
import { QuestionSetsService } from './question-sets.service';

@Resolver(() => QuestionSet)
export class QuestionSetsResolver {
  constructor(private readonly questionSetsService: QuestionSetsService) {}

  @Allow('ADMIN', 'RECRUITER')
  @Mutation(() => QuestionSet)
  createQuestionSet(@CurrentActor() actor: MemberActor, @Args('input') input: CreateQuestionSetInput, @ClientIp() ip: string) {
    return this.questionSetsService.create(actor, input, ip);
  }

  @Allow('ADMIN', 'RECRUITER')
  @Mutation(() => QuestionSet, { description: 'Returns the edited set: the same one, or a new version when it had attempts.' })
  updateQuestionSet(
    @CurrentActor() actor: MemberActor,
    @Args('id', { type: () => ID }, new ParseCuidPipe('id')) id: string,
    @Args('input') input: UpdateQuestionSetInput,
    @ClientIp() ip: string,
  ) {
    return this.questionSetsService.update(actor, id, input, ip);
  }

  @Allow('ADMIN', 'RECRUITER', 'GRADER')
  @Query(() => QuestionSet)
  questionSet(@CurrentActor() actor: MemberActor, @Args() { id }: IdArgs) {
    return this.questionSetsService.get(actor, id);
  }

  @Allow('ADMIN', 'RECRUITER', 'GRADER')
  @Query(() => QuestionSetConnection, { description: 'Current versions of the company\'s question sets.' })
  questionSets(@CurrentActor() actor: MemberActor, @Args() page: PageArgs) {
    return this.questionSetsService.list(actor, page);
  }
}

@Resolver(() => QuestionSetItem)
export class QuestionSetItemResolver {
  constructor(private readonly questions: QuestionsService) {}

  @ResolveField()
  question(@Parent() item: QuestionSetItem) {
    return this.questions.getVersion(item.questionVersionId);
  }
}
