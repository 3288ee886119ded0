import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { PrismaService } from '@app/platform';
import { ApiKeyCache } from './api-key-cache';
import type { Actor, ApiKeyActor, CandidateActor, UserActor } from './actor';
import { dummyPasswordHash, verifyPassword } from './passwords';
import { INVITATION_PREFIX, constantTimeEqualHex, parseApiKeySecret, sha256Hex } from './tokens';

interface AccessTokenClaims {
  sub: string;
  cid: string;
  role: UserActor['role'];
}

// lastUsedAt is informative; writing it on every request would make each call a write.
const LAST_USED_RESOLUTION_MS = 60_000;

/** Turns credentials (password, access token, API key, invitation token) into an Actor. */
@Injectable()
export class CredentialsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly jwt: JwtService,
    private readonly apiKeyCache: ApiKeyCache,
  ) {}

  issueAccessToken(actor: UserActor): string {
    const claims: AccessTokenClaims = { sub: actor.userId, cid: actor.companyId, role: actor.role };
    return this.jwt.sign(claims);
  }

  async actorForPassword(email: string, password: string): Promise<UserActor | null> {
    const user = await this.prisma.user.findUnique({ where: { email: email.trim().toLowerCase() } });
    if (!user) {
      await verifyPassword(await dummyPasswordHash(), password);
      return null;
    }
    if (!(await verifyPassword(user.passwordHash, password))) return null;
    return { kind: 'USER', userId: user.id, companyId: user.companyId, role: user.role };
  }

  async actorForBearerToken(token: string): Promise<Actor | null> {
    if (parseApiKeySecret(token)) return this.actorForApiKey(token);
    if (token.startsWith(INVITATION_PREFIX)) return this.actorForInvitation(token);
    return this.actorForAccessToken(token);
  }

  private async actorForAccessToken(token: string): Promise<UserActor | null> {
    try {
      const claims = await this.jwt.verifyAsync<AccessTokenClaims>(token);
      return { kind: 'USER', userId: claims.sub, companyId: claims.cid, role: claims.role };
    } catch {
      return null;
    }
  }

  private async actorForApiKey(token: string): Promise<ApiKeyActor | null> {
    const parsed = parseApiKeySecret(token);
    if (!parsed) return null;
    let key = this.apiKeyCache.get(parsed.prefix);
    if (!key) {
      const found = await this.prisma.apiKey.findUnique({ where: { prefix: parsed.prefix }, include: { company: true } });
      if (!found || found.revokedAt) return null;
      key = found;
      this.apiKeyCache.set(key);
    }
    if (!constantTimeEqualHex(key.secretHash, sha256Hex(parsed.secretPart))) return null;
    if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      key.lastUsedAt = new Date();
      await this.prisma.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: key.lastUsedAt } });
    }
    return {
      kind: 'API_KEY',
      apiKeyId: key.id,
      companyId: key.companyId,
      role: key.role,
      keyName: key.name,
      company: key.company,
    };
  }

  private async actorForInvitation(token: string): Promise<CandidateActor | null> {
    const invitation = await this.prisma.invitation.findUnique({ where: { tokenHash: sha256Hex(token) } });
    if (!invitation || invitation.status === 'REVOKED') return null;
    return {
      kind: 'CANDIDATE',
      invitationId: invitation.id,
      candidateId: invitation.candidateId,
      companyId: invitation.companyId,
    };
  }
}
