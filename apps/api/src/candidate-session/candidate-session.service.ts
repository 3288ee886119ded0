import { randomInt } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { PrismaService } from '@app/platform';
import { isQuestionFile, suggestAnswerScore } from '@app/questions';
import { getAlgorithm, InvalidInputError } from '@app/reference';
import { Prisma, type Language } from '@prisma/client';
import type { CandidateActor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { RateLimitService } from '../rate-limit/rate-limit.service';
import { conceptualOfVersion, contentLanguages, type Content } from '../questions/question-content';
import { SubmissionQueueService } from '../submissions/submission-queue.service';
import { AttemptFinisher } from './attempt-finisher.service';
import type { RunCodeInput } from './dto/run-code.input';
import type { SaveDraftInput } from './dto/save-draft.input';
import type { RecordActivityInput } from './dto/record-activity.input';
import type { DraftSaved } from './models/draft.model';
import type { SubmitAnswerInput, SubmitCodeInput } from './dto/submit.input';
import type { CodeRun } from './models/code-run.model';
import { codeRunInclude, toCodeRun } from './code-run-view';
import { SubmissionEventsService } from '../submission-events/submission-events.service';
import type { CandidateAttempt } from './models/candidate-attempt.model';
import { SourcePrints } from '../reports/source-prints';
import { VersionContents } from '../questions/questions.service';

/** Largest source file or written answer, in UTF-8 bytes. */
export const MAX_SOURCE_BYTES = 64 * 1024;

/**
 * What every candidate operation reads of the attempt: its set's items and their questions. A
 * version's content is not read here but from VersionContents (it never changes, and is tens of
 * KB per question that PostgreSQL would otherwise aggregate and Prisma parse on every submission).
 */
const openAttemptInclude = {
  questionSet: {
    include: {
      items: { orderBy: { position: 'asc' }, include: { questionVersion: { select: { id: true, question: true } } } },
    },
  },
} as const;
/** The candidate's whole view of the attempt: the above with the editor's drafts. */
const attemptInclude = {
  ...openAttemptInclude,
  drafts: { orderBy: { savedAt: 'asc' }, select: { questionId: true, language: true, source: true, savedAt: true } },
} as const;

type ItemsRow = { questionSet: { items: Array<{ questionVersion: { id: string } }> } };
/** A row read with one of the includes above, each item's version with its content filled in. */
type WithContents<R extends ItemsRow> = Omit<R, 'questionSet'> & {
  questionSet: Omit<R['questionSet'], 'items'> & {
    items: Array<
      Omit<R['questionSet']['items'][number], 'questionVersion'> & {
        questionVersion: R['questionSet']['items'][number]['questionVersion'] & { content: Prisma.JsonValue };
      }
    >;
  };
};
type OpenAttemptRow = WithContents<Prisma.AttemptGetPayload<{ include: typeof openAttemptInclude }>>;
type AttemptRow = WithContents<Prisma.AttemptGetPayload<{ include: typeof attemptInclude }>>;

function refusal(code: 'BAD_USER_INPUT' | 'FORBIDDEN' | 'NOT_FOUND', reason: string, message: string, field?: string): AppError {
  return new AppError(code, message, field, { reason });
}

/** What a candidate does with an invitation token: start, submit, finish, read own results. */
/** A run's custom input must fit the question: named parameters (company) or the algorithm's input (bank). */
function checkedRunInput(content: Content, raw: unknown): Record<string, unknown> | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) throw AppError.badInput('input', 'input must be an object with one value per parameter');
  const bytes = Buffer.byteLength(JSON.stringify(raw), 'utf8');
  if (bytes > MAX_SOURCE_BYTES) throw refusal('BAD_USER_INPUT', 'INPUT_TOO_LARGE', `input is ${bytes} bytes; at most ${MAX_SOURCE_BYTES} are accepted`, 'input');
  const input = raw as Record<string, unknown>;
  if (isQuestionFile(content)) {
    const names = (content.coding?.parameters ?? []).map((p) => p.name);
    const unknown = Object.keys(input).find((k) => !names.includes(k));
    if (unknown) throw AppError.badInput(`input.${unknown}`, `"${unknown}" is not a parameter (parameters: ${names.join(', ')})`);
    const missing = names.find((n) => !(n in input));
    if (missing) throw AppError.badInput('input', `missing parameter "${missing}"`);
    return input;
  }
  const algorithm = getAlgorithm(String(content.algorithmId));
  try {
    algorithm?.validate(input);
  } catch (error) {
    // The reference's own check of the candidate's own input: it names what is wrong with it.
    if (error instanceof InvalidInputError) throw AppError.badInput('input', `input is not valid for this question: ${error.message}`);
    throw error;
  }
  return input;
}

/** The set's languages that the question allows too (a company question may allow fewer). */
function questionLanguages(setLanguages: Language[], content: Content): Language[] {
  const own = contentLanguages(content);
  return own ? setLanguages.filter((l) => own.includes(l)) : setLanguages;
}

@Injectable()
export class CandidateSessionService {
  private readonly logger = new Logger(CandidateSessionService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly queue: SubmissionQueueService,
    private readonly rateLimits: RateLimitService,
    private readonly audit: AuditService,
    private readonly finisher: AttemptFinisher,
    private readonly events: SubmissionEventsService,
    private readonly prints: SourcePrints,
    private readonly contents: VersionContents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The row with its items' version contents, from the cache (one query for those not in it). */
  private async withContents<R extends ItemsRow>(row: R): Promise<WithContents<R>> {
    const filled = await this.contents.fill(row.questionSet.items.map((item) => item.questionVersion));
    const items = row.questionSet.items.map((item, i) => ({ ...item, questionVersion: { ...item.questionVersion, content: filled[i].content } }));
    return { ...row, questionSet: { ...row.questionSet, items } } as unknown as WithContents<R>;
  }

  private toCandidateAttempt(row: AttemptRow, totalScore: number | null = null): CandidateAttempt {
    return {
      id: row.id,
      status: row.status,
      startedAt: row.startedAt,
      deadline: row.deadline,
      secondsRemaining: row.status === 'IN_PROGRESS' ? Math.max(0, Math.floor((row.deadline.getTime() - Date.now()) / 1000)) : 0,
      finishedAt: row.finishedAt,
      totalScore,
      drafts: row.drafts,
      questions: row.questionSet.items.map((item) => ({
        id: item.questionVersion.question.id,
        kind: item.questionVersion.question.kind,
        position: item.position,
        points: item.points,
        languages: item.questionVersion.question.kind === 'CONCEPTUAL' ? [] : questionLanguages(row.questionSet.languages, item.questionVersion.content as Content),
        content: item.questionVersion.content as Record<string, any>,
      })),
    };
  }

  /** Starts the attempt (deadline = now + limit × (1 + extra%)); calling again returns it. */
  async start(actor: CandidateActor): Promise<CandidateAttempt> {
    const invitation = await this.prisma.invitation.findFirstOrThrow({
      where: { id: actor.invitationId, companyId: actor.companyId },
      include: { questionSet: true, attempt: { include: attemptInclude } },
    });
    if (invitation.attempt) return this.toCandidateAttempt(await this.withContents(invitation.attempt));
    if (invitation.expiresAt.getTime() <= Date.now()) {
      throw refusal('FORBIDDEN', 'INVITATION_EXPIRED', 'This invitation has expired');
    }
    const limitMs = invitation.questionSet.timeLimitMinutes * 60_000 * (1 + invitation.extraTimePercent / 100);
    const now = new Date();
    const attempt = await this.prisma.$transaction(async (tx) => {
      const created = await tx.attempt.create({
        data: {
          companyId: actor.companyId,
          invitationId: invitation.id,
          candidateId: invitation.candidateId,
          questionSetId: invitation.questionSetId,
          startedAt: now,
          deadline: new Date(now.getTime() + limitMs),
        },
        include: attemptInclude,
      });
      await tx.invitation.update({ where: { id: invitation.id }, data: { status: 'STARTED' } });
      await this.audit.record(actor, { action: 'startAttempt', targetType: 'Attempt', targetId: created.id }, tx);
      return created;
    });
    return this.toCandidateAttempt(await this.withContents(attempt));
  }

  /** The candidate's attempt, open and within its deadline, or a refusal saying why not. */
  private async openAttempt(actor: CandidateActor): Promise<OpenAttemptRow> {
    const attempt = await this.prisma.attempt.findFirst({
      where: { invitationId: actor.invitationId, companyId: actor.companyId },
      include: openAttemptInclude,
    });
    if (!attempt) throw refusal('FORBIDDEN', 'ATTEMPT_NOT_STARTED', 'Start the attempt first (startAttempt)');
    if (attempt.status !== 'IN_PROGRESS') throw refusal('FORBIDDEN', 'ATTEMPT_FINISHED', 'This attempt is finished');
    if (attempt.deadline.getTime() <= Date.now()) throw refusal('FORBIDDEN', 'DEADLINE_PASSED', 'The deadline has passed');
    return this.withContents(attempt);
  }

  private itemFor(attempt: OpenAttemptRow, questionId: string) {
    const item = attempt.questionSet.items.find((i) => i.questionVersion.question.id === questionId);
    if (!item) throw refusal('BAD_USER_INPUT', 'QUESTION_NOT_IN_SET', 'This question is not part of your assessment', 'questionId');
    return item;
  }

  private checkSize(text: string, field: string): void {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_SOURCE_BYTES) {
      throw refusal('BAD_USER_INPUT', 'SOURCE_TOO_LARGE', `${field} is ${bytes} bytes; at most ${MAX_SOURCE_BYTES} are accepted`, field);
    }
  }

  async submitCode(actor: CandidateActor, input: SubmitCodeInput) {
    const attempt = await this.openAttempt(actor);
    const item = this.itemFor(attempt, input.questionId);
    if (item.questionVersion.question.kind === 'CONCEPTUAL') {
      throw refusal('BAD_USER_INPUT', 'WRONG_SUBMISSION_KIND', 'This question takes a written answer (submitAnswer)', 'questionId');
    }
    if (!questionLanguages(attempt.questionSet.languages, item.questionVersion.content as Content).includes(input.language as Language)) {
      throw refusal('BAD_USER_INPUT', 'LANGUAGE_NOT_ALLOWED', `${input.language} is not allowed for this question`, 'language');
    }
    this.checkSize(input.source, 'source');
    await this.rateLimits.consumeFor('submit', actor.invitationId);
    const submission = await this.prisma.submission.create({
      data: {
        companyId: actor.companyId,
        attemptId: attempt.id,
        questionSetItemId: item.id,
        questionVersionId: item.questionVersionId,
        kind: 'CODE',
        language: input.language,
        source: input.source,
        maxScore: item.points,
        testSeed: randomInt(1, 2 ** 31 - 1),
      },
    });
    await this.queue.enqueue(submission.id);
    // For reports' similarity: after the row and its job, off the judge's path. Should it fail, the
    // row keeps fingerprintCount null and the maintenance sweep takes them.
    const scope = { companyId: actor.companyId, questionId: item.questionVersion.question.id, language: input.language };
    await this.prints.take(submission.id, scope, input.source).catch((error: Error) => this.logger.warn(`fingerprints of ${submission.id} left to the sweep: ${error.message}`));
    return submission;
  }

  /**
   * Runs the candidate's code on the question's visible samples, or on one input of their own
   * (checked here against the question's parameters, so a typo is named at once): a CodeRun,
   * judged by a worker ahead of every submission. Not a submission, never scored.
   */
  async runCode(actor: CandidateActor, input: RunCodeInput) {
    const attempt = await this.openAttempt(actor);
    const item = this.itemFor(attempt, input.questionId);
    if (item.questionVersion.question.kind !== 'CODING') {
      throw refusal('BAD_USER_INPUT', 'WRONG_SUBMISSION_KIND', 'Only coding questions can be run before submitting', 'questionId');
    }
    const content = item.questionVersion.content as Content;
    if (!questionLanguages(attempt.questionSet.languages, content).includes(input.language as Language)) {
      throw refusal('BAD_USER_INPUT', 'LANGUAGE_NOT_ALLOWED', `${input.language} is not allowed for this question`, 'language');
    }
    this.checkSize(input.source, 'source');
    const custom = checkedRunInput(content, input.input);
    await this.rateLimits.consumeFor('runCode', actor.invitationId);
    const run = await this.prisma.codeRun.create({
      data: {
        companyId: actor.companyId,
        attemptId: attempt.id,
        questionVersionId: item.questionVersionId,
        language: input.language,
        source: input.source,
        customInput: custom === undefined ? Prisma.DbNull : (custom as Prisma.InputJsonObject),
      },
    });
    try {
      await this.queue.enqueueRun(run.id);
    } catch (error) {
      // The candidate is waiting: say so now rather than leave a run that never starts.
      await this.prisma.codeRun.update({ where: { id: run.id }, data: { status: 'FAILED', internalError: `not queued: ${(error as Error).message}`, finishedAt: new Date() } });
    }
    return this.codeRun(actor, run.id);
  }

  /** One of the candidate's own runs (another's is NOT_FOUND). */
  async codeRun(actor: CandidateActor, id: string): Promise<CodeRun> {
    const run = await this.prisma.codeRun.findFirst({ where: { id, companyId: actor.companyId, attempt: { invitationId: actor.invitationId } }, include: codeRunInclude });
    if (!run) throw AppError.notFound('Code run');
    return toCodeRun(run);
  }

  /**
   * QUEUED → RUNNING → DONE (or FAILED) for one of the candidate's runs: the current state, then
   * the run as it is after each status change the workers announce. The row is the truth: each
   * announcement re-reads it, and one that changes nothing (repeated, or raced by the first read)
   * sends nothing. The caller has checked the run is the candidate's (`codeRun`).
   */
  async *codeRunUpdates(actor: CandidateActor, id: string): AsyncGenerator<CodeRun> {
    const read = async () => toCodeRun(await this.prisma.codeRun.findUniqueOrThrow({ where: { id }, include: codeRunInclude }));
    let latest: CodeRun | undefined;
    // The listener is registered before the first read, so no announcement falls between them.
    const stream = this.events.watch(id, async () => {
      latest = await read();
      return { submissionId: id, companyId: actor.companyId, status: latest.status, verdict: null, score: null };
    });
    let sent: CodeRun['status'] | undefined;
    for await (const _event of stream) {
      const run = sent === undefined && latest ? latest : await read();
      if (run.status === sent) continue;
      sent = run.status;
      yield run;
      if (run.status === 'DONE' || run.status === 'FAILED') return;
    }
  }

  /**
   * Keeps the editor's latest source per question and language, refused after the deadline like
   * a submission; every so often (DRAFT_SNAPSHOT_INTERVAL_SECONDS, up to DRAFT_SNAPSHOTS_PER_ATTEMPT)
   * also as a snapshot graders can replay.
   */
  async saveDraft(actor: CandidateActor, input: SaveDraftInput): Promise<DraftSaved> {
    const attempt = await this.openAttempt(actor);
    const item = this.itemFor(attempt, input.questionId);
    if (item.questionVersion.question.kind === 'CONCEPTUAL') {
      throw refusal('BAD_USER_INPUT', 'WRONG_SUBMISSION_KIND', 'Drafts are for code; written answers are submitted with submitAnswer', 'questionId');
    }
    if (!questionLanguages(attempt.questionSet.languages, item.questionVersion.content as Content).includes(input.language as Language)) {
      throw refusal('BAD_USER_INPUT', 'LANGUAGE_NOT_ALLOWED', `${input.language} is not allowed for this question`, 'language');
    }
    this.checkSize(input.source, 'source');
    const key = { attemptId: attempt.id, questionId: input.questionId, language: input.language };
    return this.prisma.$transaction(async (tx) => {
      const savedAt = new Date();
      await tx.draft.upsert({
        where: { attemptId_questionId_language: key },
        create: { ...key, companyId: actor.companyId, source: input.source, savedAt },
        update: { source: input.source, savedAt },
      });
      const last = await tx.draftSnapshot.findFirst({ where: key, orderBy: { createdAt: 'desc' }, select: { createdAt: true, source: true } });
      const due = !last || savedAt.getTime() - last.createdAt.getTime() >= this.config.DRAFT_SNAPSHOT_INTERVAL_SECONDS * 1000;
      const room = (await tx.draftSnapshot.count({ where: { attemptId: attempt.id } })) < this.config.DRAFT_SNAPSHOTS_PER_ATTEMPT;
      const snapshot = due && room && last?.source !== input.source;
      if (snapshot) await tx.draftSnapshot.create({ data: { ...key, companyId: actor.companyId, source: input.source, createdAt: savedAt } });
      return { savedAt, snapshot };
    });
  }

  /**
   * Stores a batch of front-end activity events (paste, copy, focus, full screen), each checked
   * and named when wrong: a known type, a time within the attempt, a question of the set, a size
   * for pastes and copies. Capped per call and per attempt.
   */
  async recordActivity(actor: CandidateActor, input: RecordActivityInput): Promise<{ accepted: number }> {
    const attempt = await this.openAttempt(actor);
    const events = input.events ?? [];
    if (events.length === 0) throw AppError.badInput('input.events', 'events must not be empty');
    if (events.length > this.config.ACTIVITY_EVENTS_PER_CALL) {
      throw AppError.badInput('input.events', `at most ${this.config.ACTIVITY_EVENTS_PER_CALL} events per call, got ${events.length}`);
    }
    const questionIds = new Set(attempt.questionSet.items.map((i) => i.questionVersion.question.id));
    // A few seconds of slack for clocks; nothing from before the start or from the future.
    const earliest = attempt.startedAt.getTime() - 5_000;
    const latest = Math.min(Date.now(), attempt.deadline.getTime()) + 5_000;
    const rows = events.map((event, i) => {
      const field = `input.events[${i}]`;
      const at = event.at instanceof Date ? event.at.getTime() : Number.NaN;
      if (!Number.isFinite(at)) throw AppError.badInput(`${field}.at`, 'at must be a date-time');
      if (at < earliest || at > latest) throw AppError.badInput(`${field}.at`, 'at must fall within the attempt (from its start until now)');
      if (event.questionId != null && !questionIds.has(event.questionId)) throw AppError.badInput(`${field}.questionId`, 'not a question of this assessment');
      const sized = event.type === 'PASTE' || event.type === 'COPY';
      if (sized && (event.size == null || !Number.isInteger(event.size) || event.size < 0 || event.size > 10_000_000)) {
        throw AppError.badInput(`${field}.size`, `${event.type} needs size: the text's length, 0 to 10000000`);
      }
      if (!sized && event.size != null) throw AppError.badInput(`${field}.size`, `${event.type} takes no size`);
      return { companyId: actor.companyId, attemptId: attempt.id, questionId: event.questionId ?? null, type: event.type, at: new Date(at), size: sized ? event.size! : null };
    });
    const stored = await this.prisma.activityEvent.count({ where: { attemptId: attempt.id } });
    if (stored + rows.length > this.config.ACTIVITY_EVENTS_PER_ATTEMPT) {
      throw refusal('BAD_USER_INPUT', 'ACTIVITY_CAP', `at most ${this.config.ACTIVITY_EVENTS_PER_ATTEMPT} events per attempt`, 'input.events');
    }
    await this.prisma.activityEvent.createMany({ data: rows });
    return { accepted: rows.length };
  }

  /** Written answers are not run: they wait for a grader, with the rubric's suggestion. */
  async submitAnswer(actor: CandidateActor, input: SubmitAnswerInput) {
    const attempt = await this.openAttempt(actor);
    const item = this.itemFor(attempt, input.questionId);
    if (item.questionVersion.question.kind !== 'CONCEPTUAL') {
      throw refusal('BAD_USER_INPUT', 'WRONG_SUBMISSION_KIND', 'This question takes code (submitCode)', 'questionId');
    }
    this.checkSize(input.text, 'text');
    await this.rateLimits.consumeFor('submit', actor.invitationId);
    const question = conceptualOfVersion({ id: item.questionVersionId, content: item.questionVersion.content });
    const suggestion = suggestAnswerScore(question, input.text, item.points);
    return this.prisma.submission.create({
      data: {
        companyId: actor.companyId,
        attemptId: attempt.id,
        questionSetItemId: item.id,
        questionVersionId: item.questionVersionId,
        kind: 'ANSWER',
        source: input.text,
        maxScore: item.points,
        testSeed: 0,
        status: 'JUDGED',
        verdict: 'PENDING_REVIEW',
        rubricSuggestion: suggestion as unknown as Prisma.InputJsonObject,
        judgedAt: new Date(),
      },
    });
  }

  async finish(actor: CandidateActor) {
    const attempt = await this.prisma.attempt.findFirst({ where: { invitationId: actor.invitationId, companyId: actor.companyId }, include: attemptInclude });
    if (!attempt) throw refusal('FORBIDDEN', 'ATTEMPT_NOT_STARTED', 'Start the attempt first (startAttempt)');
    if (attempt.status === 'FINISHED') return this.toCandidateAttempt(await this.withContents(attempt));
    await this.finisher.finish(attempt, { reason: 'FINISHED_BY_CANDIDATE', actor });
    // Read again: the sweep may have finished it at its deadline a moment before.
    return this.toCandidateAttempt(await this.withContents(await this.prisma.attempt.findUniqueOrThrow({ where: { id: attempt.id }, include: attemptInclude })));
  }

  async attempt(actor: CandidateActor): Promise<CandidateAttempt> {
    const attempt = await this.prisma.attempt.findFirst({ where: { invitationId: actor.invitationId, companyId: actor.companyId }, include: attemptInclude });
    if (!attempt) throw refusal('FORBIDDEN', 'ATTEMPT_NOT_STARTED', 'Start the attempt first (startAttempt)');
    return this.toCandidateAttempt(await this.withContents(attempt));
  }

  get limits() {
    return { perMinute: this.config.RATE_LIMIT_SUBMISSIONS_PER_MINUTE, maxSourceBytes: MAX_SOURCE_BYTES };
  }
}
