import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import { PrismaService } from '@app/platform';
import { RateLimitService } from '../rate-limit/rate-limit.service';
import type { UserActor } from './actor';
import { CredentialsService } from './credentials.service';
import type { SignUpInput } from './dto/sign-up.input';
import { hashPassword } from './passwords';

@Injectable()
export class AuthService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly credentials: CredentialsService,
    private readonly rateLimits: RateLimitService,
    private readonly audit: AuditService,
  ) {}

  /** Creates a company and its first admin, and logs the admin in. */
  async signUp(input: SignUpInput, ip: string) {
    await this.rateLimits.consume('signUp', ip, input.email);
    const email = input.email.trim().toLowerCase();
    if (await this.prisma.user.findUnique({ where: { email }, select: { id: true } })) {
      throw new AppError('CONFLICT', 'An account with this email already exists', 'email');
    }
    const passwordHash = await hashPassword(input.password);
    const { company, user } = await this.prisma.$transaction(async (tx) => {
      const company = await tx.company.create({ data: { name: input.companyName.trim() } });
      const user = await tx.user.create({
        data: { companyId: company.id, email, name: input.name.trim(), role: 'ADMIN', passwordHash },
      });
      const actor: UserActor = { kind: 'USER', userId: user.id, companyId: company.id, role: user.role };
      await this.audit.record(actor, { action: 'signUp', targetType: 'Company', targetId: company.id, ip }, tx);
      return { company, user };
    });
    const accessToken = this.credentials.issueAccessToken({
      kind: 'USER',
      userId: user.id,
      companyId: company.id,
      role: user.role,
    });
    return { accessToken, user, company };
  }

  /** The password was already checked by the local strategy (LogInGuard). */
  async logIn(actor: UserActor) {
    const user = await this.prisma.user.findUniqueOrThrow({ where: { id: actor.userId } });
    return { accessToken: this.credentials.issueAccessToken(actor), user };
  }
}
