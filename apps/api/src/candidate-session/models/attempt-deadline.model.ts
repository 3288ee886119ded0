import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AttemptStatus } from '../../common/enums';

@ObjectType({ description: 'An attempt\'s deadline after an extension.' })
export class AttemptDeadline {
  @Field(() => ID)
  id: string;

  @Field(() => AttemptStatus)
  status: AttemptStatus;

  @Field()
  deadline: Date;
}
