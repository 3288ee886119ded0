import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { PageArgs } from '../../common/pagination';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsDate, IsEmail, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';

@InputType()
export class InviteCandidateInput {
  @Field(() => ID)
  @IsString()
  @Length(1, 64)
  candidateId: string;

  @Field(() => ID)
  @IsString()
  @Length(1, 64)
  questionSetId: string;

  @Field(() => Date, { nullable: true, description: 'Default: 7 days from now.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  expiresAt?: Date;

  @Field(() => Int, { nullable: true, description: 'Extra time in percent of the set\'s limit (accommodations), 0 to 300.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(300)
  extraTimePercent?: number;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'E-mail the candidate their link (both languages; SMTP, or .eml files without SMTP_URL). Only a new invitation is e-mailed; `Invitation.emails` is the delivery log.' })
  @IsOptional()
  @IsBoolean()
  sendEmail?: boolean;
}

@InputType()
export class BulkInviteRowInput {
  @Field()
  @IsString()
  @Length(1, 200)
  name: string;

  @Field()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  externalId?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(300)
  extraTimePercent?: number;
}

@InputType()
export class BulkInviteCandidatesInput {
  @Field(() => ID)
  @IsString()
  @Length(1, 64)
  questionSetId: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  expiresAt?: Date;

  @Field(() => [BulkInviteRowInput], { description: 'At most 100 rows; each row is answered on its own.' })
  @ValidateNested({ each: true })
  @Type(() => BulkInviteRowInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  rows: BulkInviteRowInput[];

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'E-mail the candidate their link (both languages; SMTP, or .eml files without SMTP_URL). Only a new invitation is e-mailed; `Invitation.emails` is the delivery log.' })
  @IsOptional()
  @IsBoolean()
  sendEmail?: boolean;
}

@ArgsType()
export class InvitationsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only invitations to this question set.' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  questionSetId?: string;
}
