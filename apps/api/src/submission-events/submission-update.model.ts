import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { SubmissionStatus, Verdict } from '../common/enums';

@ObjectType()
export class SubmissionUpdate {
  @Field(() => ID)
  id: string;

  @Field(() => SubmissionStatus)
  status: SubmissionStatus;

  @Field(() => Verdict, { nullable: true })
  verdict: Verdict | null;

  @Field(() => Float, { nullable: true })
  score: number | null;
}
