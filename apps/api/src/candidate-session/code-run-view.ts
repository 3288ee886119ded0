import type { Prisma } from '@prisma/client';
import type { CodeRun } from './models/code-run.model';

/** What a CodeRun view needs besides the run's own columns. */
export const codeRunInclude = { questionVersion: { select: { questionId: true } } } satisfies Prisma.CodeRunInclude;

type CodeRunRow = Prisma.CodeRunGetPayload<{ include: typeof codeRunInclude }>;

/** The candidate's view of a run: the query, the mutation and the subscription answer the same. */
export function toCodeRun(run: CodeRunRow): CodeRun {
  return {
    id: run.id,
    status: run.status,
    questionId: run.questionVersion.questionId,
    language: run.language,
    tests: run.tests as unknown as CodeRun['tests'],
    compileError: run.compileError,
    createdAt: run.createdAt,
    finishedAt: run.finishedAt,
  };
}
