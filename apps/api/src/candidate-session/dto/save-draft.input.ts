import { Field, ID, InputType } from '@nestjs/graphql';
import { Language } from '@prisma/client';
import { IsEnum, IsString, Length } from 'class-validator';

@InputType()
export class SaveDraftInput {
  @Field(() => ID)
  @IsString()
  @Length(1, 64)
  questionId: string;

  @Field(() => Language)
  @IsEnum(Language)
  language: Language;

  @Field({ description: 'The editor\'s whole source (may be empty).' })
  @IsString()
  @Length(0, 200_000)
  source: string;
}
