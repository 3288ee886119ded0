import { Field, ID, InputType } from '@nestjs/graphql';
import { Language } from '@prisma/client';
import { IsEnum, IsString, Length } from 'class-validator';

// Sizes are checked in bytes by the service (SOURCE_TOO_LARGE); this only bounds the string.
@InputType()
export class SubmitCodeInput {
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
}

@InputType()
export class SubmitAnswerInput {
  @Field(() => ID)
  @IsString()
  @Length(1, 64)
  questionId: string;

  @Field()
  @IsString()
  @Length(1, 200_000)
  text: string;
}
