// A candidate's run before submitting: their source on the question's visible samples, or on one
// input of their own whose expected output the reference computes (the bank's algorithm, or the
// company question's reference solution in its own sandbox; none without a reference). Same
// sandbox and limits as a submission; nothing is scored and no hidden test is ever used.
import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import type { Language } from '@app/definitions';
import { PrismaService } from '@app/platform';
import type { CodingQuestion, CodingSection, QuestionTest } from '@app/questions';
import { encodeJson, runAlgorithm } from '@app/reference';
import type Dockerode from 'dockerode';
import { LRUCache } from 'lru-cache';
import type { Redis } from 'ioredis';
import { runInSandbox, type CaseResult, type SandboxRunResult, type WarmPool } from '../sandbox';
import { JUDGE_CONFIG, type JudgeConfig } from '../config/judge-config';
import { compareValue, runCompanyFunction } from '../company/company-coding';
import { compareOutput, describeMismatch, type Mismatch } from '../judging/compare-output';
import { pinnedQuestion } from '../judging/pinned-question';
import { runtimeFor, sandboxLimitsFor } from '../judging/sandbox-settings';
import { errorMessage } from '../judging/sandbox-outcome';
import { SubmissionEventPublisher } from '../judging/submission-events';
import { DOCKER } from '../worker/docker.provider';
import { REDIS } from '../worker/redis.provider';
import { WARM_POOL } from '../judging/warm-pool.provider';

/** One test of a run as the candidate sees it (visible and custom tests only). */
export interface RunTest {
  name: string;
  /** null: nothing to compare with (a custom input on a question without a reference). */
  passed: boolean | null;
  message: string | null;
  input: unknown;
  expected: unknown;
  got: unknown;
}

interface RunCase {
  name: string;
  input: Record<string, unknown>;
  /** undefined: no expected output. */
  expected?: unknown;
  /** Why there is no expected output (the reference refused the candidate's own input). */
  note?: string;
}

/** A bank question's visible samples with their expected outputs (a version never changes). */
type SampleCases = RunCase[];

/** The reference's output as contract JSON (non-finite numbers as strings). */
const asJson = (value: unknown): unknown => JSON.parse(encodeJson(value)) as unknown;

@Injectable()
export class CodeRunService {
  private readonly logger = new Logger(CodeRunService.name);
  /** The `codeRunUpdated` subscription's source: the same channel as submissions, keyed by run id. */
  private readonly events: SubmissionEventPublisher;
  /**
   * Samples and their expected outputs by question version: generating a bank question's cases
   * and running the reference cost ~10-30 ms a run, the same every time for one version.
   */
  private readonly samples = new LRUCache<string, Promise<SampleCases>>({ max: 128 });

  constructor(
    private readonly prisma: PrismaService,
    @Inject(JUDGE_CONFIG) private readonly config: Pick<JudgeConfig, 'JUDGE_WORKER_ID' | 'REDIS_KEY_PREFIX'>,
    @Inject(DOCKER) private readonly docker: Dockerode,
    @Inject(REDIS) redis: Pick<Redis, 'publish'>,
    @Optional() @Inject(WARM_POOL) private readonly pool?: WarmPool,
  ) {
    this.events = new SubmissionEventPublisher(redis, config.REDIS_KEY_PREFIX, (error) =>
      this.logger.warn(`publishing a code run event failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  }

  private announce(run: { id: string; companyId: string }, status: 'RUNNING' | 'DONE' | 'FAILED'): Promise<void> {
    return this.events.publish({ submissionId: run.id, companyId: run.companyId, status, verdict: null, score: null });
  }

  async execute(codeRunId: string): Promise<void> {
    const run = await this.prisma.codeRun.findUnique({
      where: { id: codeRunId },
      include: { questionVersion: { select: { id: true, version: true, content: true, status: true, validation: true, question: { select: { slug: true, companyId: true } } } } },
    });
    if (!run || run.status === 'DONE' || run.status === 'FAILED') return;
    await this.prisma.codeRun.update({ where: { id: codeRunId }, data: { status: 'RUNNING' } });
    await this.announce(run, 'RUNNING');
    const pinned = pinnedQuestion(run.questionVersion);
    const custom = run.customInput === null ? undefined : (run.customInput as Record<string, unknown>);
    const labels = { 'mljudge.worker': this.config.JUDGE_WORKER_ID, 'mljudge.code-run': codeRunId };
    let outcome: { cases: RunCase[]; sandbox: SandboxRunResult; compare: (got: unknown, expected: unknown) => Mismatch | undefined };
    if (pinned.owner === 'BANK' && pinned.question.kind === 'CODING') {
      outcome = await this.runBank(run.questionVersion.id, pinned.question, run.language, run.source, custom, labels);
    } else if (pinned.owner === 'COMPANY' && pinned.coding) {
      outcome = await this.runCompany(pinned.coding, run.language, run.source, custom, labels);
    } else {
      throw new Error(`code run ${codeRunId}: ${pinned.kind} question ${pinned.slug} has no tests to run`);
    }
    const tests = outcome.cases.map((c, i) => this.testOf(c, outcome.sandbox.results[i], outcome.compare));
    const compile = outcome.sandbox.compileError;
    await this.prisma.codeRun.update({
      where: { id: codeRunId },
      data: {
        status: 'DONE',
        tests: tests as object[],
        compileError: compile ? `${compile.type}: ${compile.message}${compile.line !== undefined ? ` (line ${compile.line})` : ''}` : null,
        finishedAt: new Date(),
      },
    });
    await this.announce(run, 'DONE');
    this.logger.log(`code run ${codeRunId}: ${tests.filter((t) => t.passed).length}/${tests.length} passed`);
  }

  /** Retries spent: FAILED, the reason kept for operators. */
  async markFailed(codeRunId: string, reason: string): Promise<void> {
    const { count } = await this.prisma.codeRun.updateMany({ where: { id: codeRunId, status: { in: ['QUEUED', 'RUNNING'] } }, data: { status: 'FAILED', internalError: reason.slice(0, 4000), finishedAt: new Date() } });
    const run = count > 0 ? await this.prisma.codeRun.findUnique({ where: { id: codeRunId }, select: { id: true, companyId: true } }) : null;
    if (run) await this.announce(run, 'FAILED');
  }

  private testOf(c: RunCase, result: CaseResult | undefined, compare: (got: unknown, expected: unknown) => Mismatch | undefined): RunTest {
    const base = { name: c.name, input: c.input, expected: c.expected ?? null };
    if (!result) return { ...base, passed: false, message: 'no result', got: null };
    if (!result.ok) {
      const message = result.error.type === 'COMPILE_ERROR' ? 'not run: the file did not compile' : errorMessage(result.error);
      return { ...base, passed: false, message, got: null };
    }
    if (c.expected === undefined) return { ...base, passed: null, message: c.note ?? null, got: result.value };
    const mismatch = compare(result.value, c.expected);
    // Visible and custom tests only: showing the expected value is the point.
    return { ...base, passed: mismatch === undefined, message: mismatch ? describeMismatch(mismatch, true) : null, got: result.value };
  }

  private async runBank(versionId: string, question: CodingQuestion, language: Language, source: string, custom: Record<string, unknown> | undefined, labels: Record<string, string>) {
    const cases = custom ? [await this.customCase(question, custom)] : await this.sampleCases(versionId, question);
    const sandbox = await runInSandbox({
      docker: this.docker,
      pool: this.pool,
      runtime: runtimeFor(language),
      header: { mode: 'function', source, entry: question.entry[language].name, timeMsPerTest: question.limits.timeMsPerTest },
      cases: cases.map((c) => ({ name: c.name, input: c.input })),
      limits: sandboxLimitsFor(question.limits),
      labels,
    });
    return { cases, sandbox, compare: (got: unknown, expected: unknown) => compareOutput(got, expected as Record<string, unknown>, question) };
  }

  private sampleCases(versionId: string, question: CodingQuestion): Promise<SampleCases> {
    const cached = this.samples.get(versionId);
    if (cached) return cached;
    const pending = (async () => {
      const cases: SampleCases = [];
      for (const sample of question.generate(1).samples) {
        const reference = await runAlgorithm(question.algorithmId, sample.input);
        // A sample always computes: a failure is a bug of the bank (the job fails and retries).
        if (!('output' in reference)) throw new Error(`reference failed on sample ${sample.name} of ${question.slug}: ${reference.error.message}`);
        cases.push({ name: sample.name, input: sample.input, expected: asJson(reference.output) });
      }
      return cases;
    })();
    this.samples.set(versionId, pending);
    pending.catch(() => this.samples.delete(versionId));
    return pending;
  }

  /** The candidate's own input: the reference's output is expected, or why there is none. */
  private async customCase(question: CodingQuestion, input: Record<string, unknown>): Promise<RunCase> {
    const reference = await runAlgorithm(question.algorithmId, input);
    if ('output' in reference) return { name: 'custom', input, expected: asJson(reference.output) };
    // The candidate's input, the candidate's to fix: shown, not thrown.
    return { name: 'custom', input, note: `no expected output: the reference refused this input (${reference.error.message})` };
  }

  private async runCompany(section: CodingSection, language: Language, source: string, custom: Record<string, unknown> | undefined, labels: Record<string, string>) {
    const context = { docker: this.docker, pool: this.pool, labels };
    let cases: RunCase[];
    if (!custom) {
      cases = section.tests.filter((t) => !t.hidden).map((t) => ({ name: t.name, input: t.input, expected: t.expected }));
    } else if (section.referenceSolution) {
      // The author's reference, in its own sandbox, gives the custom input's expected output.
      const tests: QuestionTest[] = [{ name: 'custom', input: custom, hidden: false, weight: 1 }];
      const reference = await runCompanyFunction({ ...section, tests }, section.referenceSolution.language, section.referenceSolution.source, context);
      const result = reference.results[0];
      cases = [result?.ok ? { name: 'custom', input: custom, expected: result.value } : { name: 'custom', input: custom, note: 'no expected output: the reference solution failed on this input' }];
    } else {
      cases = [{ name: 'custom', input: custom, note: 'this question has no reference solution: your output is shown without an expected one' }];
    }
    const tests: QuestionTest[] = cases.map((c) => ({ name: c.name, input: c.input, hidden: false, weight: 1 }));
    const sandbox = await runCompanyFunction({ ...section, tests }, language, source, context);
    return { cases, sandbox, compare: (got: unknown, expected: unknown) => compareValue(section, got, expected) };
  }
}
