import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { AppError } from '../../common/app-error';
import { RateLimitService } from '../../rate-limit/rate-limit.service';
import { requestFromContext } from '../decorators';
import { LogInInput } from '../dto/log-in.input';
import { unavailable } from './bearer-auth.guard';

/**
 * Guards the `logIn` mutation. Guards run before pipes, so this guard validates the input
 * itself, then counts the attempt against the rate limits, then lets passport's local strategy
 * check the password. The resolver receives the user as the request's actor.
 */
@Injectable()
export class LogInGuard extends AuthGuard('local') {
  constructor(private readonly rateLimits: RateLimitService) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const input = plainToInstance(LogInInput, GqlExecutionContext.create(context).getArgs<{ input: unknown }>().input);
    const [failure] = await validate(input, { forbidUnknownValues: true, stopAtFirstError: true });
    if (failure) {
      throw AppError.badInput(failure.property, Object.values(failure.constraints ?? {})[0] ?? 'Invalid value');
    }
    const request = requestFromContext(context);
    await this.rateLimits.consume('logIn', request.ip ?? 'unknown', input.email);
    // passport-local reads the credentials from the request body.
    const original = (request as { body?: unknown }).body;
    (request as { body?: unknown }).body = { email: input.email, password: input.password };
    try {
      return (await super.canActivate(context)) as boolean;
    } finally {
      // Never leave the password where request logging or later code could see it.
      (request as { body?: unknown }).body = original;
    }
  }

  override getRequest(context: ExecutionContext) {
    return requestFromContext(context);
  }

  override handleRequest<T>(error: unknown, actor: T): T {
    if (error instanceof AppError) throw error;
    if (error) throw unavailable();
    if (!actor) throw new AppError('UNAUTHENTICATED', 'Invalid email or password');
    return actor;
  }
}
