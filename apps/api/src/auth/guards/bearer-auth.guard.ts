import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { AppError } from '../../common/app-error';
import { RateLimitService } from '../../rate-limit/rate-limit.service';
import { IS_PUBLIC, requestFromContext } from '../decorators';

/** Credentials could not be checked right now: retryable, and never a verdict on the token. */
export function unavailable(): AppError {
  return new AppError('INTERNAL', 'Temporarily unable to check credentials; try again shortly', undefined, { retryable: true });
}

/** Global guard: every operation needs a valid bearer token unless marked @Public. */
@Injectable()
export class BearerAuthGuard extends AuthGuard('bearer') {
  constructor(
    private readonly reflector: Reflector,
    private readonly rateLimits: RateLimitService,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    try {
      return (await super.canActivate(context)) as boolean;
    } catch (error) {
      // Guessing tokens (invitation tokens, API keys) is limited per client address; a caller
      // who sent no token at all is only told to authenticate.
      const request = requestFromContext(context);
      const refused = error instanceof AppError && error.code === 'UNAUTHENTICATED';
      if (refused && request.headers?.authorization) await this.rateLimits.consumeFor('badToken', request.ip ?? 'unknown');
      throw error;
    }
  }

  override getRequest(context: ExecutionContext) {
    return requestFromContext(context);
  }

  override handleRequest<T>(error: unknown, actor: T): T {
    // The token could not be checked (e.g. the database is down): say so, so that integrations
    // retry instead of believing their token is bad.
    if (error) throw unavailable();
    if (!actor) throw new AppError('UNAUTHENTICATED', 'A valid bearer token is required');
    return actor;
  }
}
