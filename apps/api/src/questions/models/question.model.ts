import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Language, QuestionKind } from '@prisma/client';
import { Difficulty, Lang } from '@app/questions';
import { ConnectionType } from '../../common/pagination';

registerEnumType(QuestionKind, { name: 'QuestionKind' });
registerEnumType(Language, { name: 'Language' });

// Lang and Difficulty are defined once, by the question bank's schema.
export { Difficulty, Lang };
registerEnumType(Lang, { name: 'Lang', description: 'Language of a text: Chinese (the seeds\' own words) or English.' });
registerEnumType(Difficulty, { name: 'Difficulty' });

export enum QuestionOwner {
  BANK = 'BANK',
  COMPANY = 'COMPANY',
}
registerEnumType(QuestionOwner, { name: 'QuestionOwner', description: 'BANK: the shared bank; COMPANY: the caller\'s company\'s own question.' });

export enum QuestionStatus {
  VALIDATING = 'VALIDATING',
  READY = 'READY',
  INVALID = 'INVALID',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(QuestionStatus, {
  name: 'QuestionStatus',
  description: 'VALIDATING: the sandbox is running the reference solution; READY: usable in sets; INVALID: see `validation`; ARCHIVED: kept for the sets that use it, enters no new set.',
});

@ObjectType({ description: 'One test (or field) of a saved company question, as validation found it.' })
export class QuestionValidationResult {
  @Field({ description: 'The test name, or the field at fault.' })
  test: string;

  @Field()
  passed: boolean;

  @Field(() => String, { nullable: true })
  message: string | null;
}

@ObjectType()
export class QuestionSource {
  @Field({ description: 'Seed file name.' })
  seed: string;

  @Field({ description: 'Section as the seed numbers it, e.g. §4 or §二.1.' })
  section: string;

  @Field({ description: 'The heading exactly as written in the seed.' })
  heading: string;
}

@ObjectType()
export class QuestionLimits {
  @Field(() => Int, { description: 'Time per test case (coding) or for train + predict (training), in ms.' })
  timeMs: number;

  @Field(() => Int)
  memoryMb: number;

  @Field({ description: 'Whether the judge may run it on a GPU.' })
  gpu: boolean;
}

@ObjectType()
export class RubricPoint {
  @Field()
  id: string;

  @Field({ description: 'The key point (English by default; `lang` picks).' })
  point: string;

  @Field(() => Float)
  weight: number;

  @Field(() => [String], { description: 'Keywords and synonyms in both languages that mark the point as covered.' })
  keywords: string[];
}

/**
 * A bank question as company users see it (latest version). Model answers and rubrics are
 * resolved only for company users; candidates reach questions through their attempt instead.
 */
@ObjectType()
export class Question {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field(() => QuestionKind)
  kind: QuestionKind;

  @Field(() => Int, { description: 'The version this content belongs to (the latest, or the one a set pinned).' })
  version: number;

  @Field(() => QuestionOwner)
  owner: QuestionOwner;

  @Field(() => QuestionStatus, { description: 'Of this version: bank questions are always READY.' })
  status: QuestionStatus;

  @Field(() => [QuestionValidationResult], { description: 'Company questions: what validation found, per test (empty while VALIDATING and for bank questions).' })
  validation: QuestionValidationResult[];

  @Field(() => Difficulty)
  difficulty: Difficulty;

  @Field(() => [String])
  tags: string[];

  @Field(() => [Language], { description: 'Languages a candidate may answer in (none for conceptual questions).' })
  languages: Language[];

  @Field(() => [String], { description: 'Reference algorithm or training task ids at the core of the question.' })
  algorithmIds: string[];

  @Field(() => QuestionSource, { nullable: true, description: 'The seed heading this question is, if any.' })
  source: QuestionSource | null;

  @Field(() => [QuestionSource], { description: 'Seed sections that document the algorithm (coding and training questions).' })
  seeds: QuestionSource[];

  @Field(() => String, { nullable: true, description: 'Slug of the canonical question when this one repeats it.' })
  variantOf: string | null;

  @Field(() => [String], { description: 'Slugs of related questions (e.g. the coding counterpart).' })
  related: string[];

  @Field(() => QuestionLimits, { nullable: true })
  limits: QuestionLimits | null;

  /** The stored entry, for the field resolvers. */
  content: Record<string, any>;
}

export const QuestionConnection = ConnectionType(Question, 'Question');
