import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Language } from '@prisma/client';
import { SubmissionKind, SubmissionStatus, Verdict } from '../../common/enums';
import { ConnectionType } from '../../common/pagination';

@ObjectType()
export class SubmissionQuestionRef {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;
}

@ObjectType()
export class TestResult {
  @Field()
  name: string;

  @Field({ description: 'Hidden tests show only their name and whether they passed.' })
  hidden: boolean;

  @Field()
  passed: boolean;

  @Field(() => Float, { nullable: true })
  score: number | null;

  @Field(() => Float, { nullable: true })
  maxScore: number | null;

  @Field(() => String, { nullable: true })
  message: string | null;

  @Field(() => Int, { nullable: true })
  timeMs: number | null;
}

@ObjectType()
export class Metric {
  @Field()
  name: string;

  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field(() => Float, { nullable: true, description: 'The reference training run\'s figure, for comparison.' })
  baseline: number | null;
}

@ObjectType()
export class RubricMatch {
  @Field()
  id: string;

  @Field({ description: 'The rubric keyword that matched, or for a paraphrase the words of the point that were found.' })
  keyword: string;

  // Nullable: suggestions stored before the sentence matcher (#13) do not have them.
  @Field(() => String, { nullable: true, description: 'How the point was met: keyword, synonym (WordNet), translation (CC-CEDICT) or wording (a paraphrase of the point).' })
  source?: string | null;

  @Field(() => String, { nullable: true, description: "The answer's sentence that covers the point (normalised, lower case), for the grader to check." })
  sentence?: string | null;
}

@ObjectType()
export class RubricSuggestionModel {
  @Field(() => Float, { description: 'Weighted share of rubric points covered, 0 to 1; a suggestion, never the final score.' })
  score: number;

  @Field(() => [RubricMatch])
  matched: RubricMatch[];

  @Field(() => [String])
  missed: string[];

  @Field(() => Boolean, { nullable: true, description: 'Whether the answer is on the question\'s topic; off-topic answers are given no point.' })
  onTopic?: boolean | null;
}

@ObjectType()
export class Submission {
  @Field(() => ID)
  id: string;

  @Field(() => SubmissionKind)
  kind: SubmissionKind;

  @Field(() => Language, { nullable: true })
  language: Language | null;

  @Field(() => SubmissionStatus)
  status: SubmissionStatus;

  @Field(() => Verdict, { nullable: true })
  verdict: Verdict | null;

  @Field(() => Float, { nullable: true, description: 'The judge\'s score (reviews stand beside it).' })
  score: number | null;

  @Field(() => Float)
  maxScore: number;

  @Field(() => Int, { nullable: true })
  runtimeMs: number | null;

  @Field(() => [TestResult])
  tests: TestResult[];

  @Field(() => [Metric])
  metrics: Metric[];

  @Field(() => SubmissionQuestionRef)
  question: SubmissionQuestionRef;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  judgedAt: Date | null;

  @Field(() => Int, { description: 'The question version the submission pinned (its question set\'s).' })
  questionVersion: number;

  @Field(() => Int, { nullable: true, description: 'The question version the newest judge run used: the pinned one, unless a rejudge asked for the latest.' })
  judgedVersion: number | null;

  @Field(() => Int, { description: 'Judge runs so far (a retry or a rejudge adds one; none is overwritten).' })
  judgeRuns: number;

  @Field(() => Int, { description: 'Times an admin asked for a rejudge.' })
  rejudges: number;

  attemptId: string;
  companyId: string;
  source: string;
  rubricSuggestion: unknown;
}

export const SubmissionConnection = ConnectionType(Submission, 'Submission');
