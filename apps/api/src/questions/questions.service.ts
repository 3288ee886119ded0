import { Injectable } from '@nestjs/common';
import { LANGUAGE_IDS, type Limits } from '@app/definitions';
import { PrismaService } from '@app/platform';
import type { Prisma } from '@prisma/client';
import { AppError } from '../common/app-error';
import { paginate } from '../common/pagination';
import type { QuestionsArgs } from './dto/questions.args';
import type { Question } from './models/question.model';

type QuestionRow = Prisma.QuestionGetPayload<{ include: { versions: true } }>;

/** Reads the question bank (global, versioned); every company sees the same bank. */
@Injectable()
export class QuestionsService {
  constructor(private readonly prisma: PrismaService) {}

  list(args: QuestionsArgs) {
    const where: Prisma.QuestionWhereInput = {};
    if (args.filter?.kind) where.kind = args.filter.kind;
    if (args.filter?.tag) where.tags = { has: args.filter.tag };
    if (args.filter?.search) {
      // Every word must appear; searchText is lower-cased at seed time.
      const words = args.filter.search.toLowerCase().split(/\s+/).filter(Boolean);
      where.AND = words.map((word) => ({ searchText: { contains: word } }));
    }
    return paginate(
      args,
      async (take, afterId) => {
        const rows = await this.prisma.question.findMany({
          where: { ...where, ...(afterId ? { id: { gt: afterId } } : {}) },
          orderBy: { id: 'asc' },
          take,
          include: { versions: { orderBy: { version: 'desc' }, take: 1 } },
        });
        return rows.map(toQuestion);
      },
      () => this.prisma.question.count({ where }),
    );
  }

  /** A question as one pinned version shows it (what an assessment item uses). */
  async getVersion(versionId: string): Promise<Question> {
    const version = await this.prisma.questionVersion.findUnique({ where: { id: versionId }, include: { question: true } });
    if (!version) throw AppError.notFound('Question version');
    const { question, ...pinned } = version;
    return toQuestion({ ...question, versions: [pinned] });
  }

  async get(id: string): Promise<Question> {
    const row = await this.prisma.question.findUnique({
      where: { id },
      include: { versions: { orderBy: { version: 'desc' }, take: 1 } },
    });
    if (!row) throw AppError.notFound('Question');
    return toQuestion(row);
  }
}

function toQuestion(row: QuestionRow): Question {
  const latest = row.versions[0];
  const content = latest.content as Record<string, any>;
  const limits = content.limits as Limits | undefined;
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    version: latest.version,
    difficulty: content.difficulty,
    tags: content.tags ?? [],
    languages: row.kind === 'CONCEPTUAL' ? [] : [...LANGUAGE_IDS],
    algorithmIds: latest.algorithmId ? [latest.algorithmId] : [],
    source: content.source ?? null,
    seeds: content.seeds ?? (content.source ? [content.source] : []),
    variantOf: content.variantOf ?? null,
    related: content.related ?? [],
    // A training question's time is its budget for train + predict (timeBudgetMs, in ms like
    // every time limit of the bank); a coding question's, its time per test.
    limits: limits
      ? { timeMs: content.timeBudgetMs ?? limits.timeMsPerTest, memoryMb: limits.memoryMb, gpu: limits.gpu }
      : null,
    content,
  };
}
