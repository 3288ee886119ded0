import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CodeRunStatus, Language, Verdict } from '@prisma/client';

export enum TimelineKind {
  DRAFT = 'DRAFT',
  RUN = 'RUN',
  SUBMISSION = 'SUBMISSION',
}
registerEnumType(TimelineKind, { name: 'TimelineKind', description: 'DRAFT: a snapshot of the editor; RUN: a run before submitting; SUBMISSION: a submission.' });

@ObjectType({ description: 'One step of how a candidate\'s code grew, for playback.' })
export class TimelineEvent {
  @Field()
  at: Date;

  @Field(() => TimelineKind)
  kind: TimelineKind;

  @Field(() => ID)
  questionId: string;

  @Field(() => Language, { nullable: true })
  language: Language | null;

  @Field(() => String, { nullable: true, description: 'The source at that moment (drafts, runs and code submissions).' })
  source: string | null;

  @Field(() => ID, { nullable: true, description: 'RUN: the code run; SUBMISSION: the submission.' })
  refId: string | null;

  @Field(() => CodeRunStatus, { nullable: true })
  runStatus: CodeRunStatus | null;

  @Field(() => String, { nullable: true, description: 'RUN: visible or custom tests passed, e.g. "2/2".' })
  runPassed: string | null;

  @Field(() => Verdict, { nullable: true })
  verdict: Verdict | null;

  @Field(() => Float, { nullable: true })
  score: number | null;
}
