// judge:try against a company question file: the file is checked as the API checks an upload
// (the format, then the reference solution run over every test in the sandbox, filling in and
// checking expected outputs), then the solution is judged exactly as a candidate's would be.
import { readFileSync } from 'node:fs';
import { parseQuestionFile, QuestionFileError, type QuestionFile } from '@app/questions';
import type Dockerode from 'dockerode';
import { judgeCompanyCoding } from '../company/company-coding';
import { baselinesOf, judgeCompanyTraining } from '../company/company-training';
import { validateCodingSection } from '../company/validate-coding';
import type { TryArgs } from './try-args';

/** The question file is unusable; `details` is printed as JSON (field problems or failing tests). */
export class QuestionFileRejected extends Error {
  constructor(
    message: string,
    readonly details: unknown,
  ) {
    super(message);
  }
}

export function readQuestionFile(path: string): QuestionFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new QuestionFileRejected(`${path} is not JSON: ${(error as Error).message}`, null);
  }
  try {
    return parseQuestionFile(raw);
  } catch (error) {
    if (error instanceof QuestionFileError) throw new QuestionFileRejected(`${path} is not a valid question`, { problems: error.problems });
    throw error;
  }
}

export async function tryQuestionFile(args: TryArgs & { questionFile: string }, docker: Dockerode): Promise<Record<string, unknown>> {
  const file = readQuestionFile(args.questionFile);
  if (file.kind === 'CONCEPTUAL') throw new QuestionFileRejected(`"${file.slug}" is a conceptual question: answers are reviewed, not run`, null);
  if (!file.languages.includes(args.language)) {
    throw new QuestionFileRejected(`"${file.slug}" allows ${file.languages.join(', ')}, not ${args.language}`, null);
  }
  const source = readFileSync(args.file, 'utf8');
  if (file.training) {
    const started = performance.now();
    const baselines = await baselinesOf(file.training);
    const outcome = await judgeCompanyTraining(file.training, baselines, { language: args.language, source, maxScore: args.maxScore }, { docker });
    const { stderrTail, ...shown } = outcome;
    return { question: file.slug, language: args.language, validation: { status: 'READY', elapsedMs: Math.round(performance.now() - started), baselines }, ...shown, stderrTail };
  }
  if (!file.coding) throw new QuestionFileRejected(`"${file.slug}" has nothing to run`, null);
  const validation = await validateCodingSection(file.coding, { docker });
  if (validation.status === 'INVALID') {
    throw new QuestionFileRejected(`${args.questionFile} is INVALID: its reference solution disagrees with or fails on some tests`, {
      validation: validation.tests.filter((t) => !t.passed),
    });
  }
  const outcome = await judgeCompanyCoding(validation.section, { language: args.language, source, maxScore: args.maxScore }, { docker });
  const { stderrTail, ...shown } = outcome;
  return { question: file.slug, language: args.language, validation: { status: validation.status, elapsedMs: validation.elapsedMs }, ...shown, stderrTail };
}
