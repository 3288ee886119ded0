import { Injectable } from '@nestjs/common';
import { Prisma } from '@prisma/client';
import { type Actor, actorRef } from '../auth/actor';
import { PrismaService } from '@app/platform';

export interface AuditEntry {
  action: string;
  targetType?: string;
  targetId?: string;
  ip?: string;
  metadata?: Prisma.InputJsonValue;
}

type Tx = Prisma.TransactionClient;

/** Records who did what to which object, when and from where. Never stores secrets. */
@Injectable()
export class AuditService {
  constructor(private readonly prisma: PrismaService) {}

  /** Writes the entry, inside the caller's transaction when given one. */
  async record(actor: Actor, entry: AuditEntry, tx: Tx = this.prisma): Promise<void> {
    await tx.auditLog.create({
      data: { companyId: actor.companyId, ...actorRef(actor), ...entry },
    });
  }

  /** An entry for what the platform did by itself (e.g. finishing an attempt at its deadline). */
  async recordBySystem(companyId: string, entry: AuditEntry, tx: Tx = this.prisma): Promise<void> {
    await tx.auditLog.create({ data: { companyId, actorType: 'SYSTEM', actorId: null, ...entry } });
  }
}
