// Greenhouse authenticates with HTTP Basic: the username is an API key the company made for it
// (role RECRUITER or ADMIN), the password empty. Anything else is a 401 with no detail, so a
// caller learns nothing about which part was wrong. Failed tries count against the caller's
// address like bad bearer tokens do.
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { ApiKeyActor } from '../../auth/actor';
import { CredentialsService } from '../../auth/credentials.service';
import { parseApiKeySecret } from '../../auth/tokens';
import { AppError } from '../../common/app-error';
import { RateLimitService } from '../../rate-limit/rate-limit.service';
import { unavailable } from '../../auth/guards/bearer-auth.guard';

/** The request as the Greenhouse endpoints see it after this guard. */
export interface GreenhouseRequest {
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
  user?: ApiKeyActor;
  /** The API key as presented: sent back to Greenhouse as its callback's credential. */
  greenhouseKey?: string;
}

/** The API key of `Authorization: Basic base64(key:)`, or null when the header is anything else. */
export function basicApiKey(header: string | undefined): string | null {
  const match = /^Basic ([A-Za-z0-9+/=]+)$/.exec(header?.trim() ?? '');
  if (!match) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0 || colon !== decoded.length - 1) return null; // the password must be empty
  const key = decoded.slice(0, colon);
  return parseApiKeySecret(key) ? key : null;
}

@Injectable()
export class GreenhouseBasicAuthGuard implements CanActivate {
  constructor(
    private readonly credentials: CredentialsService,
    private readonly rateLimits: RateLimitService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<GreenhouseRequest>();
    const header = request.headers.authorization;
    const key = basicApiKey(typeof header === 'string' ? header : undefined);
    let actor = null;
    if (key) {
      try {
        actor = await this.credentials.actorForBearerToken(key);
      } catch {
        throw unavailable();
      }
    }
    if (!actor || actor.kind !== 'API_KEY' || (actor.role !== 'RECRUITER' && actor.role !== 'ADMIN')) {
      if (header) await this.rateLimits.consumeFor('badToken', request.ip ?? 'unknown');
      throw new AppError('UNAUTHENTICATED', 'Unauthorized');
    }
    request.user = actor;
    request.greenhouseKey = key ?? undefined;
    return true;
  }
}
