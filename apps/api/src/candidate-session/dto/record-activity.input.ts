import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { ActivityType } from '@prisma/client';
import { Allow } from 'class-validator';

registerEnumType(ActivityType, { name: 'ActivityType', description: 'What the front end saw: PASTE and COPY (with `size`, the text\'s length), FOCUS_LOST, FOCUS_GAINED, FULLSCREEN_EXIT.' });

@InputType()
export class ActivityEventInput {
  @Field(() => ActivityType)
  type: ActivityType;

  @Field({ description: 'When it happened (within the attempt).' })
  at: Date;

  @Field(() => ID, { nullable: true, description: 'The question on screen, if any.' })
  questionId?: string;

  @Field(() => Int, { nullable: true, description: 'PASTE / COPY: the text\'s length in characters.' })
  size?: number;
}

// The batch is checked event by event by the service, which names the event at fault
// (`input.events[3].at`); class-validator only lets the field through.
@InputType()
export class RecordActivityInput {
  @Allow()
  @Field(() => [ActivityEventInput])
  events: ActivityEventInput[];
}
