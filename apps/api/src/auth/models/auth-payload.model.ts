import { Field, ObjectType } from '@nestjs/graphql';
import { Company } from '../../users/models/company.model';
import { User } from '../../users/models/user.model';

@ObjectType()
export class SignUpPayload {
  @Field({ description: 'Bearer token for the new admin.' })
  accessToken: string;

  @Field(() => User)
  user: User;

  @Field(() => Company)
  company: Company;
}

@ObjectType()
export class LogInPayload {
  @Field()
  accessToken: string;

  @Field(() => User)
  user: User;
}
