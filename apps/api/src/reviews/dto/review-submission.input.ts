import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsNumber, IsOptional, IsString, Length, Min, ValidateNested } from 'class-validator';
import { PageArgs } from '../../common/pagination';

export const MAX_COMMENT_LENGTH = 5000;

@InputType()
export class ReviewSubmissionInput {
  @Field(() => ID)
  @IsString()
  @Length(1, 64)
  submissionId: string;

  @Field(() => Float, { description: '0 to the submission\'s maxScore.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  score: number;

  @Field({ description: `1 to ${MAX_COMMENT_LENGTH} characters.` })
  @IsString()
  @Length(1, MAX_COMMENT_LENGTH)
  comment: string;
}

@InputType()
export class SubmissionsToReviewFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  questionSetId?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: written answers awaiting their first review; false: the other judged submissions.' })
  @IsOptional()
  @IsBoolean()
  needsReview?: boolean;
}

@ArgsType()
export class SubmissionsToReviewArgs extends PageArgs {
  @Field(() => SubmissionsToReviewFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SubmissionsToReviewFilter)
  filter?: SubmissionsToReviewFilter;
}
