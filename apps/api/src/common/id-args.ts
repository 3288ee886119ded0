import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';

/** `(id: ID!)` for operations on one object; ids are opaque strings. */
@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsString()
  @Length(1, 64)
  id: string;
}
