import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../common/enums';
import { ConnectionType } from '../../common/pagination';

@ObjectType()
export class ApiKey {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => Role)
  role: Role;

  @Field({ description: 'The visible start of the secret (`mlj_<prefix>_…`), to tell keys apart.' })
  prefix: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;
}

@ObjectType()
export class CreateApiKeyPayload {
  @Field(() => ApiKey)
  apiKey: ApiKey;

  @Field({ description: 'Shown once; only a hash is stored.' })
  secret: string;
}

export const ApiKeyConnection = ConnectionType(ApiKey, 'ApiKey');
