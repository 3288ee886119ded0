// `npm run -s judge:try -- <question-slug | question.json> <file> [--language python|javascript] [--seed N]`:
// judges a file against a bank question or a company question file with the real sandbox and
// references, without the database or the queue, and prints the run as JSON. Exit 0 when it
// judged (whatever the verdict), 2 for bad usage (unknown slug, missing file, an invalid
// question file: its problems are printed), 1 when the judge itself could not run (e.g. Docker).
import { readFileSync } from 'node:fs';
import { getQuestion } from '@app/questions';
import { createDockerClient, flushSandboxRemovals } from '../sandbox';
import { ExpectedOutputCache } from '../judging/expected-outputs';
import { judgeSource } from '../judging/judge-source';
import { parseTryArgs, USAGE, UsageError } from './try-args';
import { QuestionFileRejected, tryQuestionFile } from './try-question-file';

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseTryArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`judge:try: ${error.message}\n${USAGE}`);
    return 2;
  }
  if (args.questionFile) {
    try {
      const shown = await tryQuestionFile({ ...args, questionFile: args.questionFile }, createDockerClient());
      console.log(JSON.stringify(shown, null, 2));
      return 0;
    } catch (error) {
      if (!(error instanceof QuestionFileRejected)) throw error;
      console.error(`judge:try: ${error.message}`);
      if (error.details) console.error(JSON.stringify(error.details, null, 2));
      return 2;
    } finally {
      await flushSandboxRemovals();
    }
  }
  const question = getQuestion(args.slug);
  if (!question) {
    console.error(`judge:try: unknown question slug "${args.slug}"\n${USAGE}`);
    return 2;
  }
  if (question.kind === 'CONCEPTUAL') {
    console.error(`judge:try: "${args.slug}" is a conceptual question: answers are reviewed, not run`);
    return 2;
  }
  const outcome = await judgeSource(
    {
      question,
      questionVersion: `${question.slug}@live`,
      language: args.language,
      source: readFileSync(args.file, 'utf8'),
      seed: args.seed,
      maxScore: args.maxScore,
    },
    { docker: createDockerClient(), expected: new ExpectedOutputCache(4), judgeGpus: process.env.JUDGE_GPUS ?? '' },
  );
  await flushSandboxRemovals();
  const { stderrTail, ...shown } = outcome;
  console.log(JSON.stringify({ question: question.slug, language: args.language, seed: args.seed, ...shown, stderrTail }, null, 2));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`judge:try: the judge could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
