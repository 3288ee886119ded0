import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsString, Length, Min } from 'class-validator';

@ArgsType()
export class RejudgeSubmissionArgs {
  @Field(() => ID)
  @IsString()
  @Length(1, 64)
  id: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'false: judge again by the version the submission pinned; true: by the question\'s latest version.',
  })
  @IsOptional()
  @IsBoolean()
  useLatestVersion: boolean;
}

@ArgsType()
export class RejudgeQuestionVersionArgs {
  @Field(() => ID)
  @IsString()
  @Length(1, 64)
  questionId: string;

  @Field(() => Int, { description: 'The version whose submissions are judged again (the one they pinned).' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => Boolean, { defaultValue: false, description: 'true: judge them by the question\'s latest version instead.' })
  @IsOptional()
  @IsBoolean()
  useLatestVersion: boolean;
}
