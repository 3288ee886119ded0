import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class RevokedReportLinks {
  @Field(() => ID, { description: 'The attempt whose report links no longer work.' })
  id: string;
}
