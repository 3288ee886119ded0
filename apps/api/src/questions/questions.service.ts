import { Injectable } from '@nestjs/common';
import { LANGUAGE_IDS, type Language, type Limits } from '@app/definitions';
import { PrismaService } from '@app/platform';
import { isQuestionFile } from '@app/questions';
import type { Prisma } from '@prisma/client';
import { LRUCache } from 'lru-cache';
import { AppError } from '../common/app-error';
import { paginate } from '../common/pagination';
import type { QuestionsArgs } from './dto/questions.args';
import { QuestionOwner, QuestionStatus, type Question, type QuestionValidationResult } from './models/question.model';
import type { Content } from './question-content';

type QuestionRow = Prisma.QuestionGetPayload<{ include: { versions: true } }>;

/** Every column of a version but its content (read from VersionContents). */
const VERSION_WITHOUT_CONTENT = {
  id: true,
  questionId: true,
  version: true,
  contentHash: true,
  titleZh: true,
  titleEn: true,
  tags: true,
  algorithmId: true,
  status: true,
  validation: true,
  validatedAt: true,
  createdAt: true,
} satisfies Prisma.QuestionVersionSelect;

/**
 * Contents of question versions by id. A version's content never changes (an edit or a new seed
 * makes a new version), so it is read from the database once per process: listing the bank then
 * moves a few hundred bytes per question instead of its whole entry (tens of KB, parsed by Prisma
 * on every request).
 */
@Injectable()
export class VersionContents {
  private readonly cache = new LRUCache<string, { content: Prisma.JsonValue }>({ max: 2000 });

  constructor(private readonly prisma: PrismaService) {}

  /** The rows with their content filled in, one query for the ones not cached yet. */
  async fill<T extends { id: string }>(versions: T[]): Promise<Array<T & { content: Prisma.JsonValue }>> {
    const missing = versions.filter((v) => !this.cache.has(v.id)).map((v) => v.id);
    if (missing.length > 0) {
      for (const row of await this.prisma.questionVersion.findMany({ where: { id: { in: missing } }, select: { id: true, content: true } })) {
        this.cache.set(row.id, { content: row.content });
      }
    }
    return versions.map((v) => ({ ...v, content: this.cache.get(v.id)!.content }));
  }
}

/** The memory a company training run gets (the judge's COMPANY_TRAINING_MEMORY_MB; shown to authors). */
const COMPANY_TRAINING_MEMORY_MB = 1024;

/** The questions a company sees: the shared bank and its own, never another company's. */
export function visibleTo(companyId: string): Prisma.QuestionWhereInput {
  return { OR: [{ companyId: null }, { companyId }] };
}

/** Reads questions: the shared bank (global, versioned) and the caller's company's own. */
@Injectable()
export class QuestionsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly contents: VersionContents,
  ) {}

  list(companyId: string, args: QuestionsArgs) {
    const where: Prisma.QuestionWhereInput = { AND: [this.ownerFilter(companyId, args.filter?.owner)] };
    if (args.filter?.kind) where.kind = args.filter.kind;
    if (args.filter?.tag) where.tags = { has: args.filter.tag };
    if (args.filter?.search) {
      // Every word must appear; searchText is lower-cased when saved.
      const words = args.filter.search.toLowerCase().split(/\s+/).filter(Boolean);
      where.AND = [...(where.AND as Prisma.QuestionWhereInput[]), ...words.map((word) => ({ searchText: { contains: word } }))];
    }
    return paginate(
      args,
      async (take, afterId) => {
        const rows = await this.prisma.question.findMany({
          where: { ...where, ...(afterId ? { id: { gt: afterId } } : {}) },
          orderBy: { id: 'asc' },
          take,
          include: { versions: { orderBy: { version: 'desc' }, take: 1, select: VERSION_WITHOUT_CONTENT } },
        });
        return this.withContents(rows);
      },
      () => this.prisma.question.count({ where }),
    );
  }

  private ownerFilter(companyId: string, owner: QuestionOwner | undefined): Prisma.QuestionWhereInput {
    if (owner === QuestionOwner.BANK) return { companyId: null };
    if (owner === QuestionOwner.COMPANY) return { companyId };
    return visibleTo(companyId);
  }

  /** A question as one pinned version shows it (what an assessment item uses). */
  async getVersion(versionId: string): Promise<Question> {
    const version = await this.prisma.questionVersion.findUnique({ where: { id: versionId }, select: { ...VERSION_WITHOUT_CONTENT, question: true } });
    if (!version) throw AppError.notFound('Question version');
    const { question, ...pinned } = version;
    return toQuestion({ ...question, versions: await this.contents.fill([pinned]) });
  }

  /** Another company's question is NOT_FOUND, exactly like one that does not exist. */
  async get(companyId: string, id: string): Promise<Question> {
    const row = await this.prisma.question.findFirst({
      where: { id, ...visibleTo(companyId) },
      include: { versions: { orderBy: { version: 'desc' }, take: 1, select: VERSION_WITHOUT_CONTENT } },
    });
    if (!row) throw AppError.notFound('Question');
    return (await this.withContents([row]))[0];
  }

  /** Questions read without their versions' content, with it filled in (one query for the uncached). */
  private async withContents<R extends { versions: Array<{ id: string }> }>(rows: R[]): Promise<Question[]> {
    const filled = new Map((await this.contents.fill(rows.flatMap((r) => r.versions))).map((v) => [v.id, v]));
    return rows.map((row) => toQuestion({ ...row, versions: row.versions.map((v) => filled.get(v.id)!) } as unknown as QuestionRow));
  }
}

function validationOf(value: unknown): QuestionValidationResult[] {
  const tests = (value as { tests?: QuestionValidationResult[]; message?: string } | null)?.tests ?? [];
  const message = (value as { message?: string } | null)?.message;
  return message ? [...tests, { test: '(validation)', passed: false, message }] : tests;
}

export function toQuestion(row: QuestionRow): Question {
  const latest = row.versions[0];
  const content = latest.content as Content;
  const status = row.archivedAt ? QuestionStatus.ARCHIVED : (latest.status as QuestionStatus);
  const common = {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    version: latest.version,
    owner: row.companyId ? QuestionOwner.COMPANY : QuestionOwner.BANK,
    status,
    validation: validationOf(latest.validation),
    difficulty: content.difficulty,
    tags: content.tags ?? [],
    content,
  };
  if (isQuestionFile(content)) {
    const limits = content.coding?.limits ?? (content.training ? { timeMsPerTest: content.training.timeBudgetSeconds * 1000, memoryMb: COMPANY_TRAINING_MEMORY_MB } : undefined);
    return {
      ...common,
      languages: row.kind === 'CONCEPTUAL' ? [] : LANGUAGE_IDS.filter((l: Language) => content.languages.includes(l)),
      algorithmIds: [],
      source: null,
      seeds: [],
      variantOf: null,
      related: [],
      limits: limits ? { timeMs: limits.timeMsPerTest, memoryMb: limits.memoryMb, gpu: false } : null,
    };
  }
  const limits = content.limits as Limits | undefined;
  return {
    ...common,
    languages: row.kind === 'CONCEPTUAL' ? [] : [...LANGUAGE_IDS],
    algorithmIds: latest.algorithmId ? [latest.algorithmId] : [],
    source: content.source ?? null,
    seeds: content.seeds ?? (content.source ? [content.source] : []),
    variantOf: content.variantOf ?? null,
    related: content.related ?? [],
    // A training question's time is its budget for train + predict (timeBudgetMs, in ms like
    // every time limit of the bank); a coding question's, its time per test.
    limits: limits ? { timeMs: content.timeBudgetMs ?? limits.timeMsPerTest, memoryMb: limits.memoryMb, gpu: limits.gpu } : null,
  };
}
