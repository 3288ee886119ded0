import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { AttemptStatus, Verdict } from '../../common/enums';
import { ConnectionType } from '../../common/pagination';
import { Metric, Submission, SubmissionQuestionRef } from '../../submissions/models/submission.model';

@ObjectType({ description: 'The candidate of an attempt; in anonymised sets graders see "Candidate <n>" only.' })
export class AttemptCandidate {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'Null for graders of an anonymised set.' })
  email: string | null;

  @Field(() => String, { nullable: true })
  externalId: string | null;

  @Field({ description: 'Whether the identity is hidden from this viewer.' })
  anonymized: boolean;
}

@ObjectType({ description: 'Another candidate\'s counted submission for the same question that looks like this one.' })
export class SimilarSubmission {
  @Field(() => ID)
  submissionId: string;

  @Field(() => ID)
  attemptId: string;

  @Field(() => Float, { description: '0 to 1, after renaming identifiers and dropping layout and comments.' })
  similarity: number;
}

@ObjectType()
export class QuestionReport {
  @Field(() => SubmissionQuestionRef)
  question: SubmissionQuestionRef;

  @Field(() => Float)
  points: number;

  @Field(() => ID, { nullable: true, description: 'The counted submission: the last one for this question.' })
  submissionId: string | null;

  @Field(() => Verdict, { nullable: true, description: 'The counted submission\'s verdict.' })
  verdict: Verdict | null;

  @Field(() => Float, { nullable: true, description: 'The judge\'s score of the counted submission.' })
  judgedScore: number | null;

  @Field(() => Float, { nullable: true, description: 'The latest review\'s score of the counted submission.' })
  reviewedScore: number | null;

  @Field(() => Float, { nullable: true, description: 'The score used in the total: reviewed, else judged.' })
  score: number | null;

  @Field(() => [Metric], { description: 'From the counted submission\'s latest judge run.' })
  metrics: Metric[];

  @Field(() => Float, { nullable: true, description: 'Milliseconds from the attempt\'s start to the counted submission.' })
  timeUsedMs: number | null;

  @Field(() => Int)
  submissionCount: number;

  /**
   * Every comparison at or above the lowest threshold a client may ask for, filtered by the field.
   * Computed on first use, for all questions of the report at once: a report read without
   * `similarTo` (an ATS polling scores) makes no similarity lookup.
   */
  similarities: () => Promise<SimilarSubmission[]>;
}

@ObjectType({ description: 'An attempt\'s report for the company: scores per question, total, percentile.' })
export class AttemptReport {
  @Field(() => ID)
  id: string;

  @Field(() => AttemptStatus)
  status: AttemptStatus;

  @Field()
  startedAt: Date;

  @Field()
  deadline: Date;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;

  @Field(() => ID)
  questionSetId: string;

  @Field(() => Float, { description: 'Sum of the questions\' used scores (unscored questions count 0).' })
  totalScore: number;

  @Field(() => Float, { description: 'The set\'s total points.' })
  maxScore: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Share (0–100) of the company\'s other finished attempts of the same set with a lower total; null when there is none.',
  })
  percentile: number | null;

  @Field(() => AttemptCandidate)
  candidate: AttemptCandidate;

  @Field(() => [QuestionReport], { description: 'In the set\'s order.' })
  questions: QuestionReport[];

  @Field(() => [Submission], { description: 'Every submission of the attempt, oldest first.' })
  submissions: Submission[];
}

@ObjectType({ description: 'An attempt in a grader\'s list.' })
export class AttemptSummary {
  @Field(() => ID)
  id: string;

  @Field(() => AttemptStatus)
  status: AttemptStatus;

  @Field()
  startedAt: Date;

  @Field()
  deadline: Date;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;

  @Field(() => ID)
  questionSetId: string;

  @Field(() => AttemptCandidate)
  candidate: AttemptCandidate;

  @Field(() => Int, { description: 'Written answers awaiting a grader\'s first review.' })
  pendingReviewCount: number;
}

export const AttemptSummaryConnection = ConnectionType(AttemptSummary, 'AttemptSummary');
