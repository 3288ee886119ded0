import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '../../common/enums';
import { Company } from './company.model';

export enum ViewerKind {
  USER = 'USER',
  API_KEY = 'API_KEY',
}
registerEnumType(ViewerKind, { name: 'ViewerKind' });

/** The caller: a company user (access token) or an API key. */
@ObjectType()
export class Viewer {
  @Field(() => ID, { description: 'The user id, or the API key id.' })
  id: string;

  @Field(() => ViewerKind)
  kind: ViewerKind;

  @Field(() => String, { nullable: true, description: 'The user\'s e-mail; null for an API key.' })
  email: string | null;

  @Field({ description: 'The user\'s name, or the API key\'s name.' })
  name: string;

  @Field(() => Role)
  role: Role;

  @Field(() => Company)
  company: Company;
}
