import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from '../../common/app-error';
import { type Actor, type Principal, principalOf } from '../actor';
import { ALLOWED_PRINCIPALS, IS_PUBLIC, requestFromContext } from '../decorators';

/** Global guard after authentication: deny by default, admit only the declared principals. */
@Injectable()
export class PrincipalGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const allowed = this.reflector.getAllAndOverride<Principal[]>(ALLOWED_PRINCIPALS, targets) ?? [];
    const actor = requestFromContext(context).user as Actor | undefined;
    if (actor && allowed.includes(principalOf(actor))) return true;
    throw new AppError('FORBIDDEN', 'Your role does not allow this operation');
  }
}
