import { Args, Query, Resolver } from '@nestjs/graphql';
import type { MemberActor } from '../auth/actor';
import { Allow, CurrentActor } from '../auth/decorators';
import { AuditLogsArgs } from './dto/audit-logs.args';
import { AuditLogConnection } from './models/audit-log-entry.model';
import { AuditLogService } from './audit-log.service';

@Resolver()
export class AuditLogResolver {
  constructor(private readonly auditLog: AuditLogService) {}

  @Allow('ADMIN')
  @Query(() => AuditLogConnection, { description: 'The company\'s audit trail, oldest first.' })
  auditLogs(@CurrentActor() actor: MemberActor, @Args() args: AuditLogsArgs) {
    return this.auditLog.list(actor, args);
  }
}
