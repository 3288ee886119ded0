import { Injectable } from '@nestjs/common';
import { PrismaService } from '@app/platform';
import type { AuditLog, Prisma } from '@prisma/client';
import type { MemberActor } from '../auth/actor';
import { paginate } from '../common/pagination';
import type { AuditLogsArgs } from './dto/audit-logs.args';
import type { AuditLogEntry } from './models/audit-log-entry.model';

function toEntry(row: AuditLog): AuditLogEntry {
  return { ...row, metadata: row.metadata === null ? null : JSON.stringify(row.metadata) };
}

/** Reads the company's audit trail (AuditService writes it). */
@Injectable()
export class AuditLogService {
  constructor(private readonly prisma: PrismaService) {}

  list(actor: MemberActor, args: AuditLogsArgs) {
    const filter = args.filter ?? {};
    const where: Prisma.AuditLogWhereInput = {
      companyId: actor.companyId,
      ...(filter.action ? { action: filter.action } : {}),
      ...(filter.targetType ? { targetType: filter.targetType } : {}),
      ...(filter.targetId ? { targetId: filter.targetId } : {}),
      ...(filter.actorId ? { actorId: filter.actorId } : {}),
    };
    return paginate(
      args,
      async (take, afterId) => {
        const rows = await this.prisma.auditLog.findMany({
          where: { ...where, ...(afterId ? { id: { gt: afterId } } : {}) },
          orderBy: { id: 'asc' },
          take,
        });
        return rows.map(toEntry);
      },
      () => this.prisma.auditLog.count({ where }),
    );
  }
}
