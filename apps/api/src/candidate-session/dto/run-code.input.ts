import { Field, ID, InputType } from '@nestjs/graphql';
import { Language } from '@prisma/client';
import { IsEnum, IsOptional, IsString, Length } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';

@InputType()
export class RunCodeInput {
  @Field(() => ID)
  @IsString()
  @Length(1, 64)
  questionId: string;

  @Field(() => Language)
  @IsEnum(Language)
  language: Language;

  @Field()
  @IsString()
  @Length(1, 200_000)
  source: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'One input of your own (an object with one value per parameter); absent: the visible samples.' })
  @IsOptional()
  input?: unknown;
}
