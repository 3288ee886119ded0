import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { PrismaService, VALIDATE_QUEUE, validateJobOptions, type ValidateJobData } from '@app/platform';
import { contentHash, parseQuestionFile, QuestionFileError, type QuestionFile } from '@app/questions';
import { Prisma } from '@prisma/client';
import type { Queue } from 'bullmq';
import { AuditService } from '../audit/audit.service';
import type { MemberActor } from '../auth/actor';
import { AppError } from '../common/app-error';
import type { Question } from '../questions/models/question.model';
import { toQuestion } from '../questions/questions.service';
import type { ImportQuestionResult } from './models/import-result.model';

export const MAX_IMPORT_QUESTIONS = 100;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

type Tx = Prisma.TransactionClient;

/**
 * GraphQL gives absent optional fields as undefined and explicit nulls as null; the format has no
 * nulls outside JSON values, so typed fields drop them. Test inputs and expected values are
 * JSON and kept as they are (an `expected` of null counts as absent: computed by the reference).
 */
function withoutNulls(value: unknown, key = ''): unknown {
  if (key === 'input') return value;
  if (Array.isArray(value)) return value.map((v) => withoutNulls(v));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => [k, withoutNulls(v, k)]),
    );
  }
  return value;
}

/** The file, or BAD_USER_INPUT naming the first field at fault (`input.coding.tests[2].name`). */
function parseInput(input: unknown, prefix = 'input'): QuestionFile {
  try {
    return parseQuestionFile(withoutNulls(input));
  } catch (error) {
    if (!(error instanceof QuestionFileError)) throw error;
    const first = error.problems[0];
    throw new AppError('BAD_USER_INPUT', `${first.field || prefix}: ${first.message}`, first.field ? `${prefix}.${first.field}` : prefix, {
      problems: error.problems.map((p) => ({ field: p.field ? `${prefix}.${p.field}` : prefix, message: p.message })),
    });
  }
}

function searchTextOf(file: QuestionFile): string {
  return [file.slug, ...file.tags, file.title.en, file.title.zh ?? '', file.prompt.en, file.prompt.zh ?? ''].join('\n').toLowerCase();
}

/**
 * A coding question with a reference solution is validated in the sandbox, a training question
 * gets its baselines computed by a worker; the rest is ready now.
 */
function initialState(file: QuestionFile): { status: 'VALIDATING' | 'READY'; validation: Prisma.InputJsonObject | undefined } {
  if (file.coding?.referenceSolution || file.training) return { status: 'VALIDATING', validation: undefined };
  const tests = file.coding?.tests ?? [];
  return {
    status: 'READY',
    validation: {
      tests: tests.map((t) => ({ test: t.name, passed: true, message: null })),
      expected: Object.fromEntries(tests.map((t) => [t.name, t.expected as Prisma.InputJsonValue])),
      elapsedMs: 0,
    },
  };
}

const latestVersion = { versions: { orderBy: { version: 'desc' }, take: 1 } } as const;

/**
 * A company's own questions: written, versioned, validated, archived, imported and exported in
 * the one question file format. Every save is a new version (sets and submissions keep theirs);
 * a coding version with a reference solution is VALIDATING until a judge worker has run it.
 */
@Injectable()
export class CompanyQuestionsService {
  private readonly logger = new Logger(CompanyQuestionsService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    @InjectQueue(VALIDATE_QUEUE) private readonly queue: Queue<ValidateJobData>,
  ) {}

  async create(actor: MemberActor, input: unknown, ip: string): Promise<Question> {
    const file = parseInput(input);
    return this.save(actor, file, ip, 'create');
  }

  async update(actor: MemberActor, id: string, input: unknown, ip: string): Promise<Question> {
    const file = parseInput(input);
    const existing = await this.own(actor, id);
    if (existing.kind !== file.kind) throw new AppError('BAD_USER_INPUT', `A ${existing.kind} question stays ${existing.kind}`, 'input.kind');
    return this.save(actor, file, ip, 'update', existing.id);
  }

  async archive(actor: MemberActor, id: string, ip: string): Promise<Question> {
    const existing = await this.own(actor, id);
    const row = await this.prisma.$transaction(async (tx) => {
      const updated = await tx.question.update({ where: { id: existing.id }, data: { archivedAt: existing.archivedAt ?? new Date() }, include: latestVersion });
      await this.audit.record(actor, { action: 'archiveQuestion', targetType: 'Question', targetId: existing.id, ip, metadata: { slug: existing.slug } }, tx);
      return updated;
    });
    return toQuestion(row);
  }

  /** One result per row, in order; a row's failure loses nothing of the others. */
  async import(actor: MemberActor, rows: unknown[], ip: string): Promise<ImportQuestionResult[]> {
    if (rows.length === 0) throw AppError.badInput('input.questions', 'Nothing to import');
    if (rows.length > MAX_IMPORT_QUESTIONS) throw AppError.badInput('input.questions', `At most ${MAX_IMPORT_QUESTIONS} questions per call, got ${rows.length}`);
    const bytes = Buffer.byteLength(JSON.stringify(rows), 'utf8');
    if (bytes > MAX_IMPORT_BYTES) throw AppError.badInput('input.questions', `At most ${MAX_IMPORT_BYTES / 1024 / 1024} MB per call, got ${(bytes / 1024 / 1024).toFixed(1)} MB`);
    const results: ImportQuestionResult[] = [];
    for (const [i, row] of rows.entries()) {
      const slug = typeof (row as { slug?: unknown })?.slug === 'string' ? (row as { slug: string }).slug : null;
      try {
        const file = parseInput(row, `input.questions[${i}]`);
        const existing = await this.prisma.question.findFirst({ where: { companyId: actor.companyId, slug: file.slug }, select: { id: true, kind: true } });
        if (existing && existing.kind !== file.kind) throw new AppError('BAD_USER_INPUT', `${file.slug} is a ${existing.kind} question and stays one`, `input.questions[${i}].kind`);
        results.push({ slug, question: await this.save(actor, file, ip, existing ? 'update' : 'create', existing?.id, 'importQuestions'), error: null });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        results.push({ slug, question: null, error: { code: error.code, message: error.message, field: error.field ?? null } });
      }
    }
    return results;
  }

  /** The question files of the latest versions, exactly as createQuestion takes them. */
  async export(actor: MemberActor, ids: string[]): Promise<unknown[]> {
    if (ids.length > MAX_IMPORT_QUESTIONS) throw AppError.badInput('ids', `At most ${MAX_IMPORT_QUESTIONS} questions per call`);
    const rows = await this.prisma.question.findMany({ where: { id: { in: ids }, companyId: actor.companyId }, include: latestVersion });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id, i) => {
      const row = byId.get(id);
      // Bank questions are not files of this format; another company's do not exist for you.
      if (!row) throw new AppError('NOT_FOUND', `Question ${id} not found among your company's questions`, `ids[${i}]`);
      return row.versions[0].content;
    });
  }

  /** Versions left VALIDATING because their job never reached Redis get it again (maintenance). */
  async sweepValidations(olderThanMs = 30_000): Promise<number> {
    const stale = await this.prisma.questionVersion.findMany({
      where: { status: 'VALIDATING', createdAt: { lt: new Date(Date.now() - olderThanMs) } },
      select: { id: true },
      take: 100,
    });
    let added = 0;
    for (const { id } of stale) {
      const job = await this.queue.getJob(validateJobOptions(id).jobId).catch(() => undefined);
      if (job && (await job.getState()) !== 'failed') continue;
      if (job) await job.remove().catch(() => undefined);
      if (await this.enqueue(id)) added += 1;
    }
    return added;
  }

  private async own(actor: MemberActor, id: string) {
    const row = await this.prisma.question.findFirst({ where: { id, companyId: actor.companyId } });
    if (row) return row;
    const bank = await this.prisma.question.findFirst({ where: { id, companyId: null }, select: { id: true } });
    if (bank) throw new AppError('FORBIDDEN', 'Bank questions cannot be edited; create a company question instead', 'id');
    throw AppError.notFound('Question');
  }

  private async save(actor: MemberActor, file: QuestionFile, ip: string, mode: 'create' | 'update', questionId?: string, action?: string): Promise<Question> {
    const state = initialState(file);
    const content = file as unknown as Prisma.InputJsonObject;
    let row;
    try {
      row = await this.prisma.$transaction(async (tx) => {
        const question = await this.upsertQuestion(tx, actor, file, questionId);
        await tx.questionVersion.create({
          data: {
            questionId: question.id,
            version: question.latestVersion,
            contentHash: contentHash(file as unknown as Record<string, unknown>),
            titleZh: file.title.zh ?? file.title.en,
            titleEn: file.title.en,
            tags: file.tags,
            algorithmId: null,
            content,
            status: state.status,
            validation: state.validation,
            validatedAt: state.status === 'READY' ? new Date() : null,
          },
        });
        await this.audit.record(
          actor,
          { action: action ?? (mode === 'create' ? 'createQuestion' : 'updateQuestion'), targetType: 'Question', targetId: question.id, ip, metadata: { slug: file.slug, version: question.latestVersion } },
          tx,
        );
        return tx.question.findUniqueOrThrow({ where: { id: question.id }, include: latestVersion });
      });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw new AppError('CONFLICT', `Your company already has a question with slug ${file.slug}`, 'input.slug');
      }
      throw error;
    }
    if (state.status === 'VALIDATING') await this.enqueue(row.versions[0].id);
    return toQuestion(row);
  }

  private upsertQuestion(tx: Tx, actor: MemberActor, file: QuestionFile, questionId?: string) {
    const searchable = { slug: file.slug, tags: file.tags, searchText: searchTextOf(file) };
    if (!questionId) return tx.question.create({ data: { ...searchable, companyId: actor.companyId, kind: file.kind, latestVersion: 1 } });
    return tx.question.update({ where: { id: questionId }, data: { ...searchable, latestVersion: { increment: 1 } } });
  }

  /** Adds the validation job; when Redis is away the sweep adds it later. */
  private async enqueue(versionId: string): Promise<boolean> {
    try {
      await this.queue.add('validate', { versionId }, validateJobOptions(versionId));
      return true;
    } catch (error) {
      this.logger.warn(`question version ${versionId} stays VALIDATING for the sweep: ${(error as Error).message}`);
      return false;
    }
  }
}
