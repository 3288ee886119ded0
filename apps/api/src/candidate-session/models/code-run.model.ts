import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CodeRunStatus, Language } from '@prisma/client';
import { GraphQLJSON } from 'graphql-scalars';

registerEnumType(CodeRunStatus, { name: 'CodeRunStatus', description: 'QUEUED → RUNNING → DONE (or FAILED: the platform could not run it; try again).' });

@ObjectType({ description: 'One visible or custom test of a run: never a hidden one.' })
export class RunTestResult {
  @Field()
  name: string;

  @Field(() => Boolean, { nullable: true, description: 'null: nothing to compare with (a custom input without a reference).' })
  passed: boolean | null;

  @Field(() => String, { nullable: true })
  message: string | null;

  @Field(() => GraphQLJSON)
  input: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  expected: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'What your function returned.' })
  got: unknown;
}

@ObjectType({ description: 'A run of your code before submitting: not a submission, not scored.' })
export class CodeRun {
  @Field(() => ID)
  id: string;

  @Field(() => CodeRunStatus)
  status: CodeRunStatus;

  @Field(() => ID)
  questionId: string;

  @Field(() => Language)
  language: Language;

  @Field(() => [RunTestResult])
  tests: RunTestResult[];

  @Field(() => String, { nullable: true, description: 'Your file did not compile or load.' })
  compileError: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;
}
