import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsString, Length, MaxLength } from 'class-validator';

@InputType()
export class CreateCandidateInput {
  @Field()
  @IsString()
  @Length(1, 200)
  name: string;

  @Field()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email: string;

  @Field({ nullable: true, description: 'The candidate\'s id in your ATS; unique in your company.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  externalId?: string;
}
