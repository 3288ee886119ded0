import { Inject, Injectable, Logger, OnModuleDestroy, Optional } from '@nestjs/common';
import { PrismaService, type SubmissionEvent } from '@app/platform';
import type { Language } from '@app/definitions';
import type Dockerode from 'dockerode';
import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import { flushSandboxRemovals, type WarmPool } from '../sandbox';
import { JUDGE_CONFIG, type JudgeConfig } from '../config/judge-config';
import { ExpectedOutputCache } from '../judging/expected-outputs';
import { judgeAnswer, judgeSource } from '../judging/judge-source';
import { storeFailedRun, storeJudgedRun } from '../judging/judge-run-store';
import { conceptualOf, pinnedQuestion, type PinnedQuestion } from '../judging/pinned-question';
import { judgeCompanyCoding } from '../company/company-coding';
import { judgeCompanyTraining } from '../company/company-training';
import type { JudgeOutcome } from '../judging/judge-result';
import { SubmissionEventPublisher } from '../judging/submission-events';
import type { WebhookEmitter } from '@app/platform';
import { WEBHOOK_EMITTER } from './webhooks.provider';
import { WARM_POOL } from '../judging/warm-pool.provider';
import { DOCKER } from './docker.provider';
import { REDIS } from './redis.provider';

export interface JobContext {
  /** Tries already made (0 on the first). */
  attemptsMade: number;
  /** When the job was added (ms since epoch), for the queue-wait timing. */
  enqueuedAt: number;
}

/** The JudgeConfig fields the service reads. */
export type JudgeServiceConfig = Pick<JudgeConfig, 'JUDGE_WORKER_ID' | 'JUDGE_GPUS' | 'REDIS_KEY_PREFIX'>;

/**
 * Judges one submission: reloads it, runs it (apps/judge/src/judging), stores a JudgeRun and
 * sets the submission JUDGED, announcing RUNNING and JUDGED on Redis. Idempotent: a judged or
 * missing submission is left alone. Infrastructure faults throw (BullMQ retries with backoff);
 * whatever the candidate's code does ends in a verdict.
 */
@Injectable()
export class JudgeService implements OnModuleDestroy {
  private readonly logger = new Logger(JudgeService.name);
  private readonly events: SubmissionEventPublisher;
  /** Expected outputs by (question version, test seed); shared by every job of this worker. */
  readonly expected = new ExpectedOutputCache(256);
  /**
   * Pinned questions by version id. A version's content never changes, and a company version is
   * cached only once READY (its validation is then final), so a job reads and parses it once.
   */
  private readonly pinned = new LRUCache<string, { pinned: PinnedQuestion; version: number }>({ max: 500 });

  constructor(
    private readonly prisma: PrismaService,
    @Inject(JUDGE_CONFIG) private readonly config: JudgeServiceConfig,
    @Inject(DOCKER) private readonly docker: Dockerode,
    @Inject(REDIS) redis: Pick<Redis, 'publish'>,
    @Optional() @Inject(WARM_POOL) private readonly pool?: WarmPool,
    @Optional() @Inject(WEBHOOK_EMITTER) private readonly webhooks?: WebhookEmitter,
  ) {
    this.events = new SubmissionEventPublisher(redis, config.REDIS_KEY_PREFIX, (error) =>
      this.logger.warn(`publishing a submission event failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool?.close();
    await flushSandboxRemovals();
  }

  async judgeSubmission(submissionId: string, context: JobContext): Promise<void> {
    const startedAt = new Date();
    const submission = await this.prisma.submission.findUnique({ where: { id: submissionId } });
    if (!submission || submission.status === 'JUDGED') return; // gone, or judged already: nothing to do
    // The pinned version, or the latest one when a rejudge asked for it; a retry judges the same.
    const versionId = submission.judgeVersionId ?? submission.questionVersionId;
    const { pinned, version: versionNumber } = await this.pinnedVersion(versionId);
    const event = (e: Pick<SubmissionEvent, 'status' | 'verdict' | 'score'>): SubmissionEvent => ({
      submissionId,
      companyId: submission.companyId,
      ...e,
    });

    if (submission.kind === 'ANSWER') {
      // The API marks answers PENDING_REVIEW itself; one that reaches the queue gets the same.
      if (pinned.kind !== 'CONCEPTUAL') throw new Error(`answer submission ${submissionId} to ${pinned.kind} question ${pinned.slug}`);
      const outcome = judgeAnswer(conceptualOf(pinned), submission.source, submission.maxScore);
      await this.prisma.submission.update({
        where: { id: submissionId },
        data: { status: 'JUDGED', verdict: 'PENDING_REVIEW', score: null, rubricSuggestion: outcome.rubricSuggestion as object, judgedAt: new Date() },
      });
      await this.events.publish(event({ status: 'JUDGED', verdict: 'PENDING_REVIEW', score: null }));
      return;
    }
    const language = submission.language;
    if (pinned.kind === 'CONCEPTUAL' || !language) {
      throw new Error(`code submission ${submissionId} cannot be run (question ${pinned.slug}, language ${language})`);
    }

    // RUNNING is stored and announced while the sandbox already runs (it is off the run's path);
    // the verdict is stored only after it, so a reader never sees RUNNING after JUDGED.
    const running = this.prisma.submission
      .update({ where: { id: submissionId }, data: { status: 'RUNNING' } })
      .then(() => this.events.publish(event({ status: 'RUNNING', verdict: null, score: null })));
    const labels = { 'mljudge.worker': this.config.JUDGE_WORKER_ID, 'mljudge.submission': submissionId };
    const [judged, marked] = await Promise.allSettled([this.run(pinned, versionId, { ...submission, language }, labels), running]);
    if (marked.status === 'rejected') throw marked.reason;
    if (judged.status === 'rejected') throw judged.reason;
    const outcome = judged.value;
    outcome.timings.queueWaitMs = Math.max(0, startedAt.getTime() - context.enqueuedAt);

    const attemptNumber = await storeJudgedRun(this.prisma, submission, outcome, {
      workerId: this.config.JUDGE_WORKER_ID,
      startedAt,
      questionVersionId: versionId,
    });
    await this.events.publish(event({ status: 'JUDGED', verdict: outcome.verdict, score: outcome.score }));
    await this.announceJudged(submission, versionNumber, outcome.verdict, outcome.score, attemptNumber);
    this.logger.log(`submission ${submissionId}: ${outcome.verdict} ${outcome.score}/${outcome.maxScore} (run ${attemptNumber})`);
  }

  /** The question a version pins (cached: see `pinned`). */
  private async pinnedVersion(versionId: string): Promise<{ pinned: PinnedQuestion; version: number }> {
    const cached = this.pinned.get(versionId);
    if (cached) return cached;
    const version = await this.prisma.questionVersion.findUniqueOrThrow({
      where: { id: versionId },
      select: { id: true, version: true, content: true, status: true, validation: true, question: { select: { slug: true, companyId: true } } },
    });
    const entry = { pinned: pinnedQuestion(version), version: version.version };
    if (version.question.companyId === null || version.status === 'READY') this.pinned.set(versionId, entry);
    return entry;
  }

  /** Runs the code against the pinned question: a bank entry or a company question's tests. */
  private run(
    pinned: PinnedQuestion,
    versionId: string,
    submission: { language: Language; source: string; testSeed: number; maxScore: number },
    labels: Record<string, string>,
  ): Promise<JudgeOutcome> {
    if (pinned.owner === 'COMPANY') {
      if (pinned.coding) return judgeCompanyCoding(pinned.coding, submission, { docker: this.docker, pool: this.pool, labels });
      if (pinned.file.training && pinned.baselines) return judgeCompanyTraining(pinned.file.training, pinned.baselines, submission, { docker: this.docker, labels });
      throw new Error(`company ${pinned.kind} question ${pinned.slug} cannot be judged (not validated)`);
    }
    return judgeSource(
      { question: pinned.question, questionVersion: versionId, language: submission.language, source: submission.source, seed: submission.testSeed, maxScore: submission.maxScore },
      { docker: this.docker, pool: this.pool, expected: this.expected, judgeGpus: this.config.JUDGE_GPUS, labels },
    );
  }

  /**
   * SUBMISSION_JUDGED for the company's webhooks, after the run has committed. A failure here
   * never fails the job: the submission is judged, and deliveries left PENDING are sent by the
   * API's sweep.
   */
  private async announceJudged(
    submission: { id: string; companyId: string; attemptId: string; maxScore: number; rejudges: number },
    questionVersion: number,
    verdict: string,
    score: number,
    attemptNumber: number,
  ): Promise<void> {
    if (!this.webhooks) return;
    try {
      await this.webhooks.emit(submission.companyId, 'SUBMISSION_JUDGED', {
        submissionId: submission.id,
        attemptId: submission.attemptId,
        verdict,
        score,
        maxScore: submission.maxScore,
        run: attemptNumber,
        // Receivers that already acted on the first verdict can tell a rejudge from a new result.
        rejudge: submission.rejudges > 0,
        questionVersion,
      });
    } catch (error) {
      this.logger.warn(`SUBMISSION_JUDGED for ${submission.id} left for the sweep: ${(error as Error).message}`);
    }
  }

  /**
   * The job was put back after a Docker engine fault: the submission is QUEUED again (what it
   * is: waiting for a sandbox), not a run that seems stuck.
   */
  async markRequeued(submissionId: string): Promise<void> {
    const submission = await this.prisma.submission.findUnique({ where: { id: submissionId }, select: { companyId: true } });
    if (!submission) return;
    const { count } = await this.prisma.submission.updateMany({ where: { id: submissionId, status: 'RUNNING' }, data: { status: 'QUEUED' } });
    if (count > 0) await this.events.publish({ submissionId, companyId: submission.companyId, status: 'QUEUED', verdict: null, score: null });
  }

  /** Retries exhausted: the submission is FAILED / INTERNAL_ERROR, with a JudgeRun saying why (operators only). */
  async markFailed(submissionId: string, reason: string): Promise<void> {
    this.logger.error(`submission ${submissionId} failed for good: ${reason}`);
    const submission = await this.prisma.submission.findUnique({
      where: { id: submissionId },
      select: { id: true, companyId: true, status: true, questionVersionId: true, judgeVersionId: true },
    });
    if (!submission || submission.status === 'JUDGED') return;
    await storeFailedRun(this.prisma, submission, reason, {
      workerId: this.config.JUDGE_WORKER_ID,
      startedAt: new Date(),
      questionVersionId: submission.judgeVersionId ?? submission.questionVersionId,
    });
    await this.events.publish({ submissionId, companyId: submission.companyId, status: 'FAILED', verdict: 'INTERNAL_ERROR', score: null });
  }
}
