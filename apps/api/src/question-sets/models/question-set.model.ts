import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Language } from '@prisma/client';
import { ConnectionType } from '../../common/pagination';
import { Question } from '../../questions/models/question.model';

@ObjectType()
export class QuestionSetItem {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  position: number;

  @Field(() => Float)
  points: number;

  @Field(() => Int, { description: 'The bank version this item is pinned to.' })
  questionVersion: number;

  @Field(() => Question)
  question?: Question;

  questionVersionId: string;
}

@ObjectType()
export class QuestionSet {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => Int)
  timeLimitMinutes: number;

  @Field(() => [Language])
  languages: Language[];

  @Field()
  anonymized: boolean;

  @Field(() => Int, { description: 'Editing a set that has attempts creates version + 1.' })
  version: number;

  @Field(() => String, { nullable: true, description: 'The set this version replaced.' })
  previousId: string | null;

  @Field(() => Float)
  totalPoints: number;

  @Field(() => [QuestionSetItem])
  items: QuestionSetItem[];

  @Field()
  createdAt: Date;
}

export const QuestionSetConnection = ConnectionType(QuestionSet, 'QuestionSet');
