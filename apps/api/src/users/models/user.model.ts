import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../common/enums';
import { ConnectionType } from '../../common/pagination';
import { Company } from './company.model';

@ObjectType()
export class User {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  name: string;

  @Field(() => Role)
  role: Role;

  @Field()
  createdAt: Date;

  /** Resolved by UserResolver. */
  @Field(() => Company)
  company?: Company;

  companyId: string;
}

export const UserConnection = ConnectionType(User, 'User');
