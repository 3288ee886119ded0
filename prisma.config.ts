// Prisma CLI configuration: the JavaScript schema engine talks to PostgreSQL through the pg
// driver adapter, so migrate works with no native engine download (none can be reached here).
// Note: a config file stops the CLI from loading `.env`; DATABASE_URL comes from the scripts.
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { createMigrateAdapter } from './prisma/migrate-adapter';

const databaseUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/mljudge';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  adapter: async () => createMigrateAdapter(databaseUrl),
});
