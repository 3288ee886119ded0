// The resolvers of the API are the ones its modules register, found by walking the module tree
// (no second list to keep in step): the schema printer and the permission snapshot read them here.
import type { DynamicModule, ForwardReference, Type } from '@nestjs/common';
import { RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { loadAppConfig } from '../config/app-config';
import { AppModule } from '../app.module';

type ModuleEntry = Type<unknown> | DynamicModule | ForwardReference | Promise<DynamicModule> | undefined;

function isResolver(candidate: unknown): candidate is Type<unknown> {
  return typeof candidate === 'function' && Reflect.hasMetadata(RESOLVER_TYPE_METADATA, candidate);
}

/** Every class decorated with @Resolver among the providers of `root` and the modules it imports. */
export function resolversOf(root: Type<unknown> | DynamicModule): Type<unknown>[] {
  const seen = new Set<unknown>();
  const found = new Set<Type<unknown>>();
  const visit = (entry: ModuleEntry): void => {
    if (!entry || entry instanceof Promise || seen.has(entry)) return;
    seen.add(entry);
    if ('forwardRef' in entry) return visit(entry.forwardRef() as ModuleEntry);
    const dynamic = 'module' in entry ? entry : undefined;
    const moduleClass = dynamic ? dynamic.module : (entry as Type<unknown>);
    const providers = [...((Reflect.getMetadata('providers', moduleClass) as unknown[]) ?? []), ...(dynamic?.providers ?? [])];
    for (const provider of providers) {
      const candidate = typeof provider === 'function' ? provider : (provider as { useClass?: unknown } | undefined)?.useClass;
      if (isResolver(candidate)) found.add(candidate);
    }
    const imports = [...((Reflect.getMetadata('imports', moduleClass) as ModuleEntry[]) ?? []), ...((dynamic?.imports as ModuleEntry[]) ?? [])];
    imports.forEach(visit);
  };
  visit(root);
  return [...found].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The resolvers of the API as AppModule assembles it. Building the module tree reads the
 * configuration but connects to nothing, so placeholders do.
 */
export function apiResolvers(): Type<unknown>[] {
  const config = loadAppConfig({ DATABASE_URL: 'postgresql://schema-only/none', JWT_SECRET: 'x'.repeat(32), LOG_LEVEL: 'silent' });
  return resolversOf(AppModule.forRoot(config));
}
