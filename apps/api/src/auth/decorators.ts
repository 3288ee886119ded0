import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { Actor, Principal } from './actor';

export const IS_PUBLIC = 'auth:isPublic';
export const ALLOWED_PRINCIPALS = 'auth:allowedPrincipals';

/** Opens an operation to anonymous callers. Everything else is denied by default. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The principals an operation admits; an operation with neither this nor @Public admits nobody. */
export const Allow = (...principals: Principal[]) => SetMetadata(ALLOWED_PRINCIPALS, principals);

export type ActorRequest = Request & { user?: Actor };

export function requestFromContext(context: ExecutionContext): ActorRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: ActorRequest }>().req;
  }
  return context.switchToHttp().getRequest<ActorRequest>();
}

/** The authenticated caller, as the bearer strategy resolved it. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  return requestFromContext(context).user as Actor;
});

/** The client's address (the proxy's X-Forwarded-For only when TRUST_PROXY is on). */
export const ClientIp = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  return requestFromContext(context).ip ?? 'unknown';
});
