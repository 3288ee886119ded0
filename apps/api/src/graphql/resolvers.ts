// Every resolver of the API, in one place: the schema printer and the permission snapshot
// test read this list, so a resolver missing here fails those checks.
import type { Type } from '@nestjs/common';
import { ApiKeysResolver } from '../api-keys/api-keys.resolver';
import { AuthResolver } from '../auth/auth.resolver';
import { QuestionsResolver } from '../questions/questions.resolver';
import { UsersResolver } from '../users/users.resolver';

export const RESOLVERS: Type<unknown>[] = [AuthResolver, UsersResolver, ApiKeysResolver, QuestionsResolver];
