// Test databases: migrations run once into a template database (only when the migrations
// change), then every test file gets its own copy, so files run in parallel without sharing
// rows. Everything talks to the real PostgreSQL at DATABASE_URL's server.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

const ROOT = path.resolve(__dirname, '../..');
export const TEMPLATE_DATABASE = 'mljudge_test_template';

/** The server that DATABASE_URL points at (defaulting to the local one), with another database name. */
export function databaseUrl(database: string): string {
  const url = new URL(process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/mljudge');
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdminClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function hashTree(hash: ReturnType<typeof createHash>, folder: string): void {
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) hashTree(hash, full);
    else if (!entry.name.endsWith('.spec.ts')) hash.update(full).update(readFileSync(full));
  }
}

/** Hash of the migrations and the seed's inputs: the template is rebuilt only when they change. */
function templateFingerprint(): string {
  const hash = createHash('sha256');
  hashTree(hash, path.join(ROOT, 'prisma'));
  hashTree(hash, path.join(ROOT, 'libs/questions/src'));
  return hash.digest('hex').slice(0, 32);
}

/** Loads the question bank into the template, as the real seed does. */
async function seedTemplate(url: string): Promise<void> {
  // Imported lazily: only a (re)build of the template needs the bank and the Prisma client.
  const { PrismaPg } = await import('@prisma/adapter-pg');
  const { PrismaClient } = await import('@prisma/client');
  const { seedQuestionBank } = await import('../../prisma/seed');
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    await seedQuestionBank(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

/** Creates (or reuses) the migrated template database. Called from jest globalSetup. */
export async function prepareTemplateDatabase(): Promise<void> {
  const fingerprint = templateFingerprint();
  const current = await withAdminClient(async (client) => {
    const result = await client.query(
      `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
      [TEMPLATE_DATABASE],
    );
    return result.rows[0]?.comment as string | undefined;
  });
  if (current === fingerprint) return;

  await withAdminClient(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  });
  execFileSync(path.join(ROOT, 'scripts/db-migrate.sh'), {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl(TEMPLATE_DATABASE) },
    stdio: 'inherit',
  });
  await seedTemplate(databaseUrl(TEMPLATE_DATABASE));
  await withAdminClient((client) => client.query(`COMMENT ON DATABASE ${TEMPLATE_DATABASE} IS '${fingerprint}'`));
}

/** A fresh copy of the template for one test file; returns its URL and a function that drops it. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `mljudge_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`));
  return {
    url: databaseUrl(name),
    drop: () => withAdminClient(async (client) => void (await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))),
  };
}
