import { Injectable } from '@nestjs/common';
import { PrismaService } from '@app/platform';
import type { Prisma } from '@prisma/client';
import { AuditService } from '../audit/audit.service';
import type { MemberActor } from '../auth/actor';
import { AppError } from '../common/app-error';
import { PageArgs, paginate } from '../common/pagination';
import type { CreateCandidateInput } from './dto/create-candidate.input';

type Tx = Prisma.TransactionClient;

@Injectable()
export class CandidatesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
  ) {}

  /** E-mail and externalId are unique per company: a second one is CONFLICT on that field. */
  async create(actor: MemberActor, input: CreateCandidateInput, ip: string, tx?: Tx) {
    const work = async (db: Tx) => {
      const email = input.email.trim().toLowerCase();
      if (await db.candidate.findFirst({ where: { companyId: actor.companyId, email }, select: { id: true } })) {
        throw new AppError('CONFLICT', 'A candidate with this email already exists', 'email');
      }
      if (input.externalId && (await db.candidate.findFirst({ where: { companyId: actor.companyId, externalId: input.externalId }, select: { id: true } }))) {
        throw new AppError('CONFLICT', 'A candidate with this externalId already exists', 'externalId');
      }
      const candidate = await db.candidate.create({
        data: { companyId: actor.companyId, name: input.name.trim(), email, externalId: input.externalId ?? null },
      });
      await this.audit.record(actor, { action: 'createCandidate', targetType: 'Candidate', targetId: candidate.id, ip }, db);
      return candidate;
    };
    return tx ? work(tx) : this.prisma.$transaction(work);
  }

  async get(actor: MemberActor, id: string) {
    const candidate = await this.prisma.candidate.findFirst({ where: { id, companyId: actor.companyId, erasedAt: null } });
    if (!candidate) throw AppError.notFound('Candidate');
    return candidate;
  }

  list(actor: MemberActor, page: PageArgs) {
    const where = { companyId: actor.companyId, erasedAt: null };
    return paginate(
      page,
      (take, afterId) =>
        this.prisma.candidate.findMany({ where: { ...where, ...(afterId ? { id: { gt: afterId } } : {}) }, orderBy: { id: 'asc' }, take }),
      () => this.prisma.candidate.count({ where }),
    );
  }
}
