import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EmailStatus } from '@prisma/client';
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

registerEnumType(EmailStatus, { name: 'EmailStatus', description: 'PENDING (queued or being retried) → SENT, or FAILED once the retries are spent.' })

@ObjectType({ description: 'One e-mail of an invitation, as the delivery log keeps it (never its body: it holds the token).' })
export class InvitationEmail {
  @Field(() => ID)
  id: string;

  @Field()
  to: string;

  @Field()
  subject: string;

  @Field(() => EmailStatus)
  status: EmailStatus;

  @Field(() => Int, { description: 'Tries made so far.' })
  attempts: number;

  @Field(() => String, { nullable: true, description: 'What the mail server said on the last failed try.' })
  lastError: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  sentAt: Date | null;
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
