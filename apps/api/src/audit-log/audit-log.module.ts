import { Module } from '@nestjs/common';
import { AuditLogResolver } from './audit-log.resolver';
import { AuditLogService } from './audit-log.service';

/** The ADMIN's view of the audit trail. */
@Module({ providers: [AuditLogResolver, AuditLogService] })
export class AuditLogModule {}
