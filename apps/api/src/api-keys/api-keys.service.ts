import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { MemberActor } from '../auth/actor';
import { newApiKeySecret } from '../auth/tokens';
import { AppError } from '../common/app-error';
import { PageArgs, paginate } from '../common/pagination';
import { PrismaService } from '@app/platform';
import { ApiKeyCache } from '../auth/api-key-cache';
import type { CreateApiKeyInput } from './dto/create-api-key.input';

@Injectable()
export class ApiKeysService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly apiKeyCache: ApiKeyCache,
  ) {}

  async create(actor: MemberActor, input: CreateApiKeyInput, ip: string) {
    const { secret, prefix, secretHash } = newApiKeySecret();
    // An API key acting for the company records the user who made that key as the creator.
    const createdById =
      actor.kind === 'USER'
        ? actor.userId
        : (await this.prisma.apiKey.findFirstOrThrow({ where: { id: actor.apiKeyId, companyId: actor.companyId } })).createdById;
    const apiKey = await this.prisma.$transaction(async (tx) => {
      const key = await tx.apiKey.create({
        data: { companyId: actor.companyId, name: input.name.trim(), role: input.role, prefix, secretHash, createdById },
      });
      await this.audit.record(actor, { action: 'createApiKey', targetType: 'ApiKey', targetId: key.id, ip, metadata: { role: key.role } }, tx);
      return key;
    });
    return { apiKey, secret };
  }

  /** Revoking twice is harmless; another company's key is NOT_FOUND. */
  async revoke(actor: MemberActor, id: string, ip: string) {
    const key = await this.prisma.apiKey.findFirst({ where: { id, companyId: actor.companyId } });
    if (!key) throw AppError.notFound('API key');
    if (key.revokedAt) return key;
    const revoked = await this.prisma.$transaction(async (tx) => {
      const row = await tx.apiKey.update({ where: { id: key.id }, data: { revokedAt: new Date() } });
      await this.audit.record(actor, { action: 'revokeApiKey', targetType: 'ApiKey', targetId: key.id, ip }, tx);
      return row;
    });
    await this.apiKeyCache.revoked(key.prefix);
    return revoked;
  }

  list(actor: MemberActor, page: PageArgs) {
    const where = { companyId: actor.companyId };
    return paginate(
      page,
      (take, afterId) =>
        this.prisma.apiKey.findMany({ where: { ...where, ...(afterId ? { id: { gt: afterId } } : {}) }, orderBy: { id: 'asc' }, take }),
      () => this.prisma.apiKey.count({ where }),
    );
  }
}
