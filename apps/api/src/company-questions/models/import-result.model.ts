import { Field, ObjectType } from '@nestjs/graphql';
import { Question } from '../../questions/models/question.model';

@ObjectType({ description: 'Why one row of an import was refused.' })
export class ImportRowError {
  @Field()
  code: string;

  @Field()
  message: string;

  @Field(() => String, { nullable: true })
  field: string | null;
}

@ObjectType({ description: 'One row of importQuestions: the question saved, or why not.' })
export class ImportQuestionResult {
  @Field(() => String, { nullable: true })
  slug: string | null;

  @Field(() => Question, { nullable: true })
  question: Question | null;

  @Field(() => ImportRowError, { nullable: true })
  error: ImportRowError | null;
}
