import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { QuestionKind } from '@prisma/client';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { QuestionOwner } from '../models/question.model';

@InputType()
export class QuestionFilter {
  @Field(() => QuestionKind, { nullable: true })
  @IsOptional()
  @IsEnum(QuestionKind)
  kind?: QuestionKind;

  @Field({ nullable: true, description: 'Exact tag, e.g. `attention`.' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  tag?: string;

  @Field({ nullable: true, description: 'Words matched in slugs, tags, titles and prompts, in Chinese or English.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  search?: string;

  @Field(() => QuestionOwner, { nullable: true, description: 'BANK: the shared bank only; COMPANY: your company\'s own questions only; absent: both.' })
  @IsOptional()
  @IsEnum(QuestionOwner)
  owner?: QuestionOwner;
}

@ArgsType()
export class QuestionsArgs extends PageArgs {
  @Field(() => QuestionFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuestionFilter)
  filter?: QuestionFilter;
}
