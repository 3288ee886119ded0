// GraphQL enums shared by several features, registered once under the contract's names.
import { registerEnumType } from '@nestjs/graphql';
import { Role } from '@prisma/client';

registerEnumType(Role, { name: 'Role', description: 'A company member\'s role (also carried by an API key).' });

export { Role };
