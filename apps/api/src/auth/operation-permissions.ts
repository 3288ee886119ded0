import type { Type } from '@nestjs/common';
import { RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import type { Principal } from './actor';
import { ALLOWED_PRINCIPALS, IS_PUBLIC } from './decorators';

export interface OperationPermission {
  /** e.g. `Mutation.signUp` */
  operation: string;
  /** `PUBLIC`, the admitted principals, or `NOBODY` (an operation nobody declared). */
  admits: 'PUBLIC' | 'NOBODY' | Principal[];
}

/** Reads every Query/Mutation/Subscription of the given resolvers with what it admits. */
export function operationPermissions(resolvers: Type<unknown>[]): OperationPermission[] {
  const rows: OperationPermission[] = [];
  for (const resolver of resolvers) {
    const prototype = resolver.prototype as Record<string, unknown>;
    for (const method of Object.getOwnPropertyNames(prototype)) {
      const handler = prototype[method];
      if (typeof handler !== 'function' || method === 'constructor') continue;
      const type = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as string | undefined;
      if (type !== 'Query' && type !== 'Mutation' && type !== 'Subscription') continue;
      const name = (Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string | undefined) ?? method;
      const isPublic = Reflect.getMetadata(IS_PUBLIC, handler) ?? Reflect.getMetadata(IS_PUBLIC, resolver);
      const allowed = (Reflect.getMetadata(ALLOWED_PRINCIPALS, handler) ?? Reflect.getMetadata(ALLOWED_PRINCIPALS, resolver)) as
        | Principal[]
        | undefined;
      rows.push({
        operation: `${type}.${name}`,
        admits: isPublic ? 'PUBLIC' : allowed?.length ? [...allowed].sort() : 'NOBODY',
      });
    }
  }
  return rows.sort((a, b) => a.operation.localeCompare(b.operation));
}
