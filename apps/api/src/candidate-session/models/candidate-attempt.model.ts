import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Language, QuestionKind } from '@prisma/client';
import { AttemptStatus } from '../../common/enums';
import { Draft } from './draft.model';

/** A question as a candidate sees it: no model answer, rubric, hidden cases or tolerances. */
@ObjectType()
export class CandidateQuestion {
  @Field(() => ID)
  id: string;

  @Field(() => QuestionKind)
  kind: QuestionKind;

  @Field(() => Int)
  position: number;

  @Field(() => Float)
  points: number;

  @Field(() => [Language], { description: 'Languages allowed for this question in this assessment.' })
  languages: Language[];

  content: Record<string, any>;
}

@ObjectType()
export class CandidateAttempt {
  @Field(() => ID)
  id: string;

  @Field(() => AttemptStatus)
  status: AttemptStatus;

  @Field()
  startedAt: Date;

  @Field({ description: 'When the attempt ends (extra time granted by the company included).' })
  deadline: Date;

  @Field(() => Int, { description: 'Seconds left until the deadline (0 once it has passed or the attempt is finished).' })
  secondsRemaining: number;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;

  @Field(() => [CandidateQuestion])
  questions: CandidateQuestion[];

  @Field(() => Float, { nullable: true, description: 'Known once the attempt is finished and judged.' })
  totalScore: number | null;

  @Field(() => [Draft], { description: 'The latest saved source per question and language, to restore the editor.' })
  drafts: Draft[];
}
