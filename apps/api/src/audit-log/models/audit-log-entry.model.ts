import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ActorType } from '@prisma/client';
import { ConnectionType } from '../../common/pagination';

registerEnumType(ActorType, { name: 'ActorType', description: 'Who acted: a user, an API key, a candidate (invitation) or the system.' });

@ObjectType({ description: 'Who did what to which object, when and from which address.' })
export class AuditLogEntry {
  @Field(() => ID)
  id: string;

  @Field(() => ActorType)
  actorType: ActorType;

  @Field(() => ID, { nullable: true, description: 'User, API key or invitation id; null for the system.' })
  actorId: string | null;

  @Field({ description: 'The operation, e.g. `inviteCandidate`.' })
  action: string;

  @Field(() => String, { nullable: true })
  targetType: string | null;

  @Field(() => ID, { nullable: true })
  targetId: string | null;

  @Field(() => String, { nullable: true, description: 'The client\'s address, where the action came over HTTP.' })
  ip: string | null;

  @Field(() => String, { nullable: true, description: 'Details as a JSON text (never secrets).' })
  metadata: string | null;

  @Field()
  createdAt: Date;
}

export const AuditLogConnection = ConnectionType(AuditLogEntry, 'AuditLog');
