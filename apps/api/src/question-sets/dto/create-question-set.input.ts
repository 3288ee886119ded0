import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Language } from '@prisma/client';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

@InputType()
export class QuestionSetItemInput {
  @Field(() => ID)
  @IsString()
  @Length(1, 64)
  questionId: string;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.5)
  @Max(1000)
  points: number;
}

@InputType()
export class CreateQuestionSetInput {
  @Field()
  @IsString()
  @Length(1, 200)
  title: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  timeLimitMinutes: number;

  @Field(() => [Language], { nullable: true, description: 'Languages candidates may answer coding questions in (default: all).' })
  @IsOptional()
  @IsEnum(Language, { each: true })
  @ArrayMinSize(1)
  languages?: Language[];

  @Field(() => [QuestionSetItemInput])
  @ValidateNested({ each: true })
  @Type(() => QuestionSetItemInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  items: QuestionSetItemInput[];

  @Field({ nullable: true, description: 'Hide candidates\' names and e-mails from graders.' })
  @IsOptional()
  @IsBoolean()
  anonymized?: boolean;
}

/** Same fields; editing a set that already has attempts creates a new version of it. */
@InputType()
export class UpdateQuestionSetInput extends CreateQuestionSetInput {}
