import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Activity signals for one question (or, with no questionId, the attempt as a whole): for a person to weigh, never a verdict.' })
export class QuestionActivity {
  @Field(() => ID, { nullable: true })
  questionId: string | null;

  @Field(() => Int)
  pastes: number;

  @Field(() => Int, { description: 'Characters in the largest paste.' })
  largestPaste: number;

  @Field(() => Int, { description: 'Pastes of at least ACTIVITY_LARGE_PASTE_CHARS characters.' })
  largePastes: number;

  @Field(() => Int)
  copies: number;

  @Field(() => Int)
  fullscreenExits: number;

  @Field(() => Float, { description: 'Seconds out of focus (from FOCUS_LOST to the next FOCUS_GAINED, or the end).' })
  focusLostSeconds: number;

  @Field(() => Float, { description: 'focusLostSeconds as a share of the attempt\'s duration so far, 0 to 1.' })
  focusLostShare: number;
}
