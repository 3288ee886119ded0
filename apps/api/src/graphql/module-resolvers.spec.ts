import { readdirSync } from 'node:fs';
import path from 'node:path';
import { RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { apiResolvers } from './module-resolvers';

/** Every `*.resolver.ts` under apps/api/src. */
function resolverFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return resolverFiles(full);
    return entry.name.endsWith('.resolver.ts') ? [full] : [];
  });
}

describe('resolvers registered by their modules', () => {
  it('finds every @Resolver class of the code base in the module tree of AppModule', async () => {
    const files = await Promise.all(resolverFiles(path.resolve(__dirname, '..')).map((file) => import(file) as Promise<Record<string, unknown>>));
    const declared = files.flatMap((exports) =>
      Object.values(exports).filter(
        (value): value is (...args: unknown[]) => unknown => typeof value === 'function' && Reflect.hasMetadata(RESOLVER_TYPE_METADATA, value),
      ),
    );
    const registered = apiResolvers();
    expect(declared.length).toBeGreaterThan(10);
    // A resolver class that no module provides would be missing from the running API and the schema.
    expect(declared.filter((resolver) => !registered.includes(resolver as never)).map((resolver) => resolver.name)).toEqual([]);
    expect(registered.length).toBe(new Set(declared).size);
  });
});
