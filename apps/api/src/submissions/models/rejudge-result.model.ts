import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class RejudgeResult {
  @Field(() => Int, { description: 'Submissions queued for a new judge run.' })
  queued: number;
}
