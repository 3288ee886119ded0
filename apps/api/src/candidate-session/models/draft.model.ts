import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Language } from '@prisma/client';

@ObjectType({ description: 'The latest source saved for one question and language.' })
export class Draft {
  @Field(() => ID)
  questionId: string;

  @Field(() => Language)
  language: Language;

  @Field()
  source: string;

  @Field()
  savedAt: Date;
}

@ObjectType()
export class DraftSaved {
  @Field()
  savedAt: Date;

  @Field({ description: 'Whether this save was also kept as a snapshot for code playback.' })
  snapshot: boolean;
}
