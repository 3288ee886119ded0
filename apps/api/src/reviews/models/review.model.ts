import { Field, Float, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The company member a review is attributed to.' })
export class Reviewer {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType({ description: 'A grader\'s score and comment, kept beside the judge\'s verdict; the latest review counts.' })
export class Review {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  submissionId: string;

  @Field(() => Float)
  score: number;

  @Field()
  comment: string;

  @Field(() => Reviewer)
  reviewer: Reviewer;

  @Field()
  createdAt: Date;
}
