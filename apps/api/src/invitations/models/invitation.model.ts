import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { InvitationStatus } from '../../common/enums';
import { ConnectionType } from '../../common/pagination';
import { Candidate } from '../../candidates/models/candidate.model';

@ObjectType()
export class Invitation {
  @Field(() => ID)
  id: string;

  @Field(() => InvitationStatus)
  status: InvitationStatus;

  @Field()
  expiresAt: Date;

  @Field(() => Int)
  extraTimePercent: number;

  @Field(() => ID)
  questionSetId: string;

  @Field(() => Candidate)
  candidate?: Candidate;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  candidateId: string;
}

@ObjectType()
export class InviteCandidatePayload {
  @Field(() => Invitation)
  invitation: Invitation;

  @Field(() => String, {
    nullable: true,
    description: 'The candidate\'s bearer token, shown once. Null when an open invitation already existed (it is returned instead; only a hash of its token is kept).',
  })
  token: string | null;
}

@ObjectType()
export class BulkInviteError {
  @Field()
  code: string;

  @Field()
  message: string;

  @Field(() => String, { nullable: true })
  field: string | null;
}

@ObjectType()
export class BulkInviteRowResult {
  @Field(() => Int, { description: 'Index of the row in the input.' })
  row: number;

  @Field(() => Candidate, { nullable: true })
  candidate: Candidate | null;

  @Field(() => Invitation, { nullable: true })
  invitation: Invitation | null;

  @Field(() => String, { nullable: true })
  token: string | null;

  @Field(() => BulkInviteError, { nullable: true })
  error: BulkInviteError | null;
}

export const InvitationConnection = ConnectionType(Invitation, 'Invitation');
