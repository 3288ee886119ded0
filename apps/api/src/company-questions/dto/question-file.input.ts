// The question file (shared/contracts/question-format.md) as GraphQL input types: the same
// field names, so a file's JSON is the `input` variable as it is. Test inputs and expected
// values are any JSON (the JSON scalar). The shape is checked field by field by the format's
// own parser (libs/questions), which names the field at fault; class-validator only lets the
// top-level fields through (@Allow), so there is one set of rules, not two.
import { Field, Float, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Language, QuestionKind } from '@prisma/client';
import { Allow } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import { Difficulty } from '../../questions/models/question.model';

export enum ParameterType {
  JSON = 'JSON',
  NDARRAY = 'NDARRAY',
}
registerEnumType(ParameterType, { name: 'ParameterType', description: 'JSON: passed as it is; NDARRAY: a numeric nested list, passed as a numpy array in Python.' });

export enum TrainingTask {
  CLASSIFICATION = 'CLASSIFICATION',
  REGRESSION = 'REGRESSION',
}
registerEnumType(TrainingTask, { name: 'TrainingTask' });

export enum TrainingMetric {
  ACCURACY = 'ACCURACY',
  F1 = 'F1',
  ROC_AUC = 'ROC_AUC',
  MSE = 'MSE',
  MAE = 'MAE',
  R2 = 'R2',
}
registerEnumType(TrainingMetric, { name: 'TrainingMetric' });

@InputType({ description: 'A text in English (required) and Chinese (optional; English stands in where it is missing).' })
export class TextInput {
  @Field()
  en: string;

  @Field({ nullable: true })
  zh?: string;
}

@InputType()
export class ParameterInput {
  @Field()
  name: string;

  @Field(() => ParameterType)
  type: ParameterType;
}

@InputType()
export class SourceInput {
  @Field(() => Language)
  language: Language;

  @Field()
  source: string;
}

@InputType()
export class QuestionTestInput {
  @Field({ description: 'Unique within the question.' })
  name: string;

  @Field(() => GraphQLJSON, { description: 'An object with one value per parameter.' })
  input: Record<string, unknown>;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Absent (or null): computed by the reference solution when the question is saved.' })
  expected?: unknown;

  @Field({ nullable: true, description: 'Default true: candidates see only its name and whether it passed.' })
  hidden?: boolean;

  @Field(() => Float, { nullable: true, description: 'Default 1: its share of the points, relative to the other tests.' })
  weight?: number;
}

@InputType()
export class CodingLimitsInput {
  @Field(() => Int)
  timeMsPerTest: number;

  @Field(() => Int)
  memoryMb: number;
}

@InputType()
export class CodingSectionInput {
  @Field({ description: 'The function the candidate writes.' })
  entry: string;

  @Field(() => [ParameterInput])
  parameters: ParameterInput[];

  @Field(() => [SourceInput], { nullable: true })
  starterCode?: SourceInput[];

  @Field(() => SourceInput, { nullable: true, description: 'Runs in the sandbox when the question is saved; never shown to candidates.' })
  referenceSolution?: SourceInput;

  @Field(() => [QuestionTestInput])
  tests: QuestionTestInput[];

  @Field(() => GraphQLJSON, { nullable: true, description: '"exact", or {rtol, atol} (default {rtol: 1e-4, atol: 1e-5}).' })
  tolerance?: unknown;

  @Field(() => CodingLimitsInput, { nullable: true })
  limits?: CodingLimitsInput;
}

@InputType()
export class RubricKeywordsInput {
  @Field(() => [String])
  en: string[];

  @Field(() => [String], { nullable: true })
  zh?: string[];
}

@InputType()
export class RubricPointInput {
  @Field(() => TextInput)
  point: TextInput;

  @Field(() => Float, { nullable: true })
  weight?: number;

  @Field(() => RubricKeywordsInput)
  keywords: RubricKeywordsInput;
}

@InputType()
export class ConceptualSectionInput {
  @Field(() => TextInput)
  modelAnswer: TextInput;

  @Field(() => [RubricPointInput])
  rubric: RubricPointInput[];
}

@InputType()
export class DatasetInput {
  @Field({ description: 'The whole CSV, header row first (at most 20 MB).' })
  csv: string;
}

@InputType()
export class BarsInput {
  @Field(() => Float, { description: 'The metric value that earns all points.' })
  full: number;

  @Field(() => Float, { description: 'The metric value that earns none.' })
  zero: number;
}

@InputType()
export class TrainingSectionInput {
  @Field(() => DatasetInput)
  dataset: DatasetInput;

  @Field()
  label: string;

  @Field(() => TrainingTask)
  task: TrainingTask;

  @Field(() => TrainingMetric)
  metric: TrainingMetric;

  @Field(() => BarsInput)
  bars: BarsInput;

  @Field(() => Float, { nullable: true })
  testFraction?: number;

  @Field(() => Int, { nullable: true })
  timeBudgetSeconds?: number;
}

@InputType({ description: 'A question file (docs/question-format.md): one kind and its section.' })
export class CreateQuestionInput {
  @Allow()
  @Field({ description: 'kebab-case, unique within your company.' })
  slug: string;

  @Allow()
  @Field(() => QuestionKind)
  kind: QuestionKind;

  @Allow()
  @Field(() => TextInput)
  title: TextInput;

  @Allow()
  @Field(() => TextInput)
  prompt: TextInput;

  @Allow()
  @Field(() => [String], { nullable: true })
  tags?: string[];

  @Allow()
  @Field(() => Difficulty, { nullable: true })
  difficulty?: Difficulty;

  @Allow()
  @Field(() => [Language], { nullable: true, description: 'Languages candidates may use (default: all).' })
  languages?: Language[];

  @Allow()
  @Field(() => CodingSectionInput, { nullable: true })
  coding?: CodingSectionInput;

  @Allow()
  @Field(() => ConceptualSectionInput, { nullable: true })
  conceptual?: ConceptualSectionInput;

  @Allow()
  @Field(() => TrainingSectionInput, { nullable: true })
  training?: TrainingSectionInput;
}

@InputType()
export class ImportQuestionsInput {
  @Allow()
  @Field(() => [CreateQuestionInput], { description: 'At most 100 questions and 5 MB per call; a slug that exists gets a new version.' })
  questions: CreateQuestionInput[];
}
