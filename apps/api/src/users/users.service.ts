import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { MemberActor } from '../auth/actor';
import { hashPassword } from '../auth/passwords';
import { AppError } from '../common/app-error';
import { PageArgs, paginate } from '../common/pagination';
import { PrismaService } from '@app/platform';
import type { CreateUserInput } from './dto/create-user.input';

/** Company members. Every query is scoped to the caller's company. */
@Injectable()
export class UsersService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
  ) {}

  async create(actor: MemberActor, input: CreateUserInput, ip: string) {
    const email = input.email.trim().toLowerCase();
    if (await this.prisma.user.findUnique({ where: { email }, select: { id: true } })) {
      throw new AppError('CONFLICT', 'An account with this email already exists', 'email');
    }
    const passwordHash = await hashPassword(input.password);
    return this.prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { companyId: actor.companyId, email, name: input.name.trim(), role: input.role, passwordHash },
      });
      await this.audit.record(actor, { action: 'createUser', targetType: 'User', targetId: user.id, ip, metadata: { role: user.role } }, tx);
      return user;
    });
  }

  list(actor: MemberActor, page: PageArgs) {
    const where = { companyId: actor.companyId };
    return paginate(
      page,
      (take, afterId) =>
        this.prisma.user.findMany({ where: { ...where, ...(afterId ? { id: { gt: afterId } } : {}) }, orderBy: { id: 'asc' }, take }),
      () => this.prisma.user.count({ where }),
    );
  }

  async getCompany(companyId: string) {
    return this.prisma.company.findUniqueOrThrow({ where: { id: companyId } });
  }

  /** The caller as a Viewer: the user behind an access token, or the API key. */
  async viewer(actor: MemberActor) {
    if (actor.kind === 'API_KEY') {
      return { id: actor.apiKeyId, kind: 'API_KEY' as const, email: null, name: actor.keyName, role: actor.role, company: actor.company };
    }
    const user = await this.prisma.user.findFirst({ where: { id: actor.userId, companyId: actor.companyId }, include: { company: true } });
    if (!user) throw new AppError('UNAUTHENTICATED', 'This account no longer exists');
    return { id: user.id, kind: 'USER' as const, email: user.email, name: user.name, role: user.role, company: user.company };
  }
}
