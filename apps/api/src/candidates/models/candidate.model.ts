import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination';

@ObjectType()
export class Candidate {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field(() => String, { nullable: true })
  externalId: string | null;

  @Field()
  createdAt: Date;
}

export const CandidateConnection = ConnectionType(Candidate, 'Candidate');

@ObjectType()
export class ErasedCandidate {
  @Field(() => ID)
  id: string;
}
