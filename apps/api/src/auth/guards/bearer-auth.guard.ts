import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { AppError } from '../../common/app-error';
import { IS_PUBLIC, requestFromContext } from '../decorators';

/** Global guard: every operation needs a valid bearer token unless marked @Public. */
@Injectable()
export class BearerAuthGuard extends AuthGuard('bearer') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    return super.canActivate(context);
  }

  override getRequest(context: ExecutionContext) {
    return requestFromContext(context);
  }

  override handleRequest<T>(error: unknown, actor: T): T {
    if (error || !actor) throw new AppError('UNAUTHENTICATED', 'A valid bearer token is required');
    return actor;
  }
}
