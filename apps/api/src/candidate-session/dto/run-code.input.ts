import { Field, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import { SubmitCodeInput } from './submit.input';

/** What a submission takes, and optionally one input of the candidate's own. */
@InputType()
export class RunCodeInput extends SubmitCodeInput {
  @Field(() => GraphQLJSON, { nullable: true, description: 'One input of your own (an object with one value per parameter); absent: the visible samples.' })
  @IsOptional()
  input?: unknown;
}
