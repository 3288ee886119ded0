import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { PageArgs } from '../../common/pagination';

@InputType()
export class AuditLogsFilter {
  @Field({ nullable: true, description: 'e.g. `reviewSubmission`.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  action?: string;

  @Field({ nullable: true, description: 'e.g. `Submission`, `Invitation`.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  targetType?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  targetId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  actorId?: string;
}

@ArgsType()
export class AuditLogsArgs extends PageArgs {
  @Field(() => AuditLogsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditLogsFilter)
  filter?: AuditLogsFilter;
}
