import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'How the judge compares one output field of a coding question (not secret: candidates see it).' })
export class OutputCheck {
  @Field()
  field: string;

  @Field({ description: 'Compared exactly: integers, strings and booleans equal, arrays of the same shape.' })
  exact: boolean;

  @Field(() => Float, { nullable: true, description: 'Relative tolerance: |got − expected| ≤ atol + rtol·|expected|, element by element.' })
  rtol: number | null;

  @Field(() => Float, { nullable: true, description: 'Absolute tolerance.' })
  atol: number | null;
}
