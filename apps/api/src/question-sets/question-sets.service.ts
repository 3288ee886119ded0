import { Injectable } from '@nestjs/common';
import { LANGUAGE_IDS } from '@app/definitions';
import { PrismaService } from '@app/platform';
import type { Prisma } from '@prisma/client';
import { AuditService } from '../audit/audit.service';
import type { MemberActor } from '../auth/actor';
import { AppError } from '../common/app-error';
import { visibleTo } from '../questions/questions.service';
import { PageArgs, paginate } from '../common/pagination';
import type { CreateQuestionSetInput } from './dto/create-question-set.input';
import type { QuestionSet } from './models/question-set.model';

const withItems = { items: { orderBy: { position: 'asc' }, include: { questionVersion: { select: { version: true } } } } } as const;
type SetRow = Prisma.QuestionSetGetPayload<{ include: typeof withItems }>;

function toModel(row: SetRow): QuestionSet {
  return {
    ...row,
    totalPoints: row.items.reduce((sum, item) => sum + item.points, 0),
    items: row.items.map((item) => ({ ...item, questionVersion: item.questionVersion.version })),
  };
}

/** Assessments: ordered questions with points, pinned to bank versions. */
@Injectable()
export class QuestionSetsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Pins each item to its question's latest READY version: the bank's, or the company's own
   * (another company's question is NOT_FOUND; an archived one, or one with no READY version yet,
   * is refused naming the item).
   */
  private async pinnedItems(companyId: string, input: CreateQuestionSetInput) {
    const ids = input.items.map((item) => item.questionId);
    if (new Set(ids).size !== ids.length) throw AppError.badInput('items', 'A question appears twice in the set');
    const questions = await this.prisma.question.findMany({
      where: { id: { in: ids }, ...visibleTo(companyId) },
      include: { versions: { where: { status: 'READY' }, orderBy: { version: 'desc' }, take: 1, select: { id: true } } },
    });
    const byId = new Map(questions.map((q) => [q.id, q]));
    return input.items.map((item, position) => {
      const field = `items.${position}.questionId`;
      const question = byId.get(item.questionId);
      if (!question) throw new AppError('NOT_FOUND', `Question ${item.questionId} not found`, field);
      if (question.archivedAt) throw new AppError('BAD_USER_INPUT', `Question ${question.slug} is archived`, field, { reason: 'ARCHIVED' });
      const ready = question.versions[0];
      if (!ready) throw new AppError('BAD_USER_INPUT', `Question ${question.slug} has no READY version yet (it is being validated, or invalid)`, field, { reason: 'NOT_READY' });
      return { companyId, questionVersionId: ready.id, points: item.points, position };
    });
  }

  async create(actor: MemberActor, input: CreateQuestionSetInput, ip: string): Promise<QuestionSet> {
    const items = await this.pinnedItems(actor.companyId, input);
    const row = await this.prisma.$transaction(async (tx) => {
      const set = await tx.questionSet.create({
        data: {
          companyId: actor.companyId,
          title: input.title.trim(),
          timeLimitMinutes: input.timeLimitMinutes,
          languages: input.languages ?? [...LANGUAGE_IDS],
          anonymized: input.anonymized ?? false,
          createdById: actor.kind === 'USER' ? actor.userId : null,
        },
      });
      await tx.questionSetItem.createMany({ data: items.map((item) => ({ ...item, questionSetId: set.id })) });
      await this.audit.record(actor, { action: 'createQuestionSet', targetType: 'QuestionSet', targetId: set.id, ip }, tx);
      return tx.questionSet.findUniqueOrThrow({ where: { id: set.id }, include: withItems });
    });
    return toModel(row);
  }

  /**
   * Edits a set. A set nobody has started is changed in place; one with attempts is kept as it
   * was (its attempts and reports refer to it) and the edit becomes a new version.
   */
  async update(actor: MemberActor, id: string, input: CreateQuestionSetInput, ip: string): Promise<QuestionSet> {
    const current = await this.prisma.questionSet.findFirst({ where: { id, companyId: actor.companyId, archivedAt: null } });
    if (!current) throw AppError.notFound('Question set');
    const items = await this.pinnedItems(actor.companyId, input);
    const fields = {
      title: input.title.trim(),
      timeLimitMinutes: input.timeLimitMinutes,
      languages: input.languages ?? [...LANGUAGE_IDS],
      anonymized: input.anonymized ?? current.anonymized,
    };
    const row = await this.prisma.$transaction(async (tx) => {
      const hasAttempts = (await tx.attempt.count({ where: { questionSetId: id } })) > 0;
      let setId = id;
      if (hasAttempts) {
        await tx.questionSet.update({ where: { id }, data: { archivedAt: new Date() } });
        const next = await tx.questionSet.create({
          data: { companyId: actor.companyId, ...fields, version: current.version + 1, previousId: id, createdById: current.createdById },
        });
        setId = next.id;
      } else {
        await tx.questionSetItem.deleteMany({ where: { questionSetId: id } });
        await tx.questionSet.update({ where: { id }, data: fields });
      }
      await tx.questionSetItem.createMany({ data: items.map((item) => ({ ...item, questionSetId: setId })) });
      await this.audit.record(actor, { action: 'updateQuestionSet', targetType: 'QuestionSet', targetId: setId, ip, metadata: { newVersion: hasAttempts } }, tx);
      return tx.questionSet.findUniqueOrThrow({ where: { id: setId }, include: withItems });
    });
    return toModel(row);
  }

  async get(actor: MemberActor, id: string): Promise<QuestionSet> {
    const row = await this.prisma.questionSet.findFirst({ where: { id, companyId: actor.companyId }, include: withItems });
    if (!row) throw AppError.notFound('Question set');
    return toModel(row);
  }

  list(actor: MemberActor, page: PageArgs) {
    const where = { companyId: actor.companyId, archivedAt: null };
    return paginate(
      page,
      async (take, afterId) =>
        (
          await this.prisma.questionSet.findMany({
            where: { ...where, ...(afterId ? { id: { gt: afterId } } : {}) },
            orderBy: { id: 'asc' },
            take,
            include: withItems,
          })
        ).map(toModel),
      () => this.prisma.questionSet.count({ where }),
    );
  }
}
