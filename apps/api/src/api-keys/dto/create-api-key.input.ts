import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsString, Length } from 'class-validator';
import { Role } from '../../common/enums';

@InputType()
export class CreateApiKeyInput {
  @Field()
  @IsString()
  @Length(1, 100)
  name: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;
}
