import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ActivityType, CodeRunStatus, Language, Verdict } from '@prisma/client';

export enum TimelineKind {
  DRAFT = 'DRAFT',
  RUN = 'RUN',
  SUBMISSION = 'SUBMISSION',
  ACTIVITY = 'ACTIVITY',
}
registerEnumType(TimelineKind, { name: 'TimelineKind', description: 'DRAFT: a snapshot of the editor; RUN: a run before submitting; SUBMISSION: a submission; ACTIVITY: an event the front end reported.' });

@ObjectType({ description: 'One step of how a candidate\'s code grew, for playback.' })
export class TimelineEvent {
  @Field()
  at: Date;

  @Field(() => TimelineKind)
  kind: TimelineKind;

  @Field(() => ID, { nullable: true, description: 'null: an activity event for the attempt as a whole.' })
  questionId: string | null;

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

  @Field(() => ActivityType, { nullable: true })
  activityType: ActivityType | null;

  @Field(() => Int, { nullable: true, description: 'ACTIVITY PASTE / COPY: the text\'s length.' })
  size: number | null;
}
