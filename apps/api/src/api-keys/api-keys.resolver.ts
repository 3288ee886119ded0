import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { MemberActor } from '../auth/actor';
import { Allow, ClientIp, CurrentActor } from '../auth/decorators';
import { PageArgs } from '../common/pagination';
import { ApiKeysService } from './api-keys.service';
import { CreateApiKeyInput } from './dto/create-api-key.input';
import { ApiKey, ApiKeyConnection, CreateApiKeyPayload } from './models/api-key.model';
import { IdArgs } from '../common/id-args';

@Resolver(() => ApiKey)
export class ApiKeysResolver {
  constructor(private readonly apiKeysService: ApiKeysService) {}

  @Allow('ADMIN')
  @Mutation(() => CreateApiKeyPayload, { description: 'The secret is shown once.' })
  createApiKey(@CurrentActor() actor: MemberActor, @Args('input') input: CreateApiKeyInput, @ClientIp() ip: string) {
    return this.apiKeysService.create(actor, input, ip);
  }

  @Allow('ADMIN')
  @Mutation(() => ApiKey)
  revokeApiKey(@CurrentActor() actor: MemberActor, @Args() { id }: IdArgs, @ClientIp() ip: string) {
    return this.apiKeysService.revoke(actor, id, ip);
  }

  @Allow('ADMIN')
  @Query(() => ApiKeyConnection)
  apiKeys(@CurrentActor() actor: MemberActor, @Args() page: PageArgs) {
    return this.apiKeysService.list(actor, page);
  }
}

