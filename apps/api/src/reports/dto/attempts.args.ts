import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { AttemptStatus } from '../../common/enums';
import { PageArgs } from '../../common/pagination';

@InputType()
export class AttemptsFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  questionSetId?: string;

  @Field(() => AttemptStatus, { nullable: true })
  @IsOptional()
  @IsEnum(AttemptStatus)
  status?: AttemptStatus;

  @Field(() => Boolean, { nullable: true, description: 'true: attempts with a written answer awaiting its first review; false: none.' })
  @IsOptional()
  @IsBoolean()
  needsReview?: boolean;
}

@ArgsType()
export class AttemptsArgs extends PageArgs {
  @Field(() => AttemptsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AttemptsFilter)
  filter?: AttemptsFilter;
}
