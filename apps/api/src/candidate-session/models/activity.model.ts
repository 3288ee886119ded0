import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class ActivityRecorded {
  @Field(() => Int)
  accepted: number;
}
