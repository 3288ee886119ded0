// Test databases: migrations run once into a template database (only when the migrations
// change), then every test file gets its own copy, so files run in parallel without sharing
// rows. Everything talks to the real PostgreSQL at DATABASE_URL's server.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@prisma/client';
import { Client } from 'pg';
import { seedQuestionBank } from '../../prisma/seed';

const ROOT = path.resolve(__dirname, '../..');

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
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    await seedQuestionBank(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

let templateName: string | undefined;
/** The template's name carries the fingerprint, so checkouts at different commits never clash. */
function templateDatabase(): string {
  templateName ??= `mljudge_tmpl_${templateFingerprint().slice(0, 16)}`;
  return templateName;
}

/**
 * Creates the migrated, seeded template database unless it exists. Called from jest globalSetup.
 * Tiers run in parallel, each with its own globalSetup: an advisory lock makes the first build
 * the template while the others wait and then find it ready, instead of rebuilding it and
 * dropping it under the first tier's running tests.
 */
export async function prepareTemplateDatabase(): Promise<void> {
  const template = templateDatabase();
  const lock = new Client({ connectionString: databaseUrl('postgres') });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [template]);
    const result = await lock.query(`SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`, [template]);
    if (result.rows[0]?.comment === 'ready') return;
    await buildTemplate(template);
  } finally {
    await lock.end(); // ending the session releases the advisory lock
  }
}

async function buildTemplate(template: string): Promise<void> {
  // Build under a temporary name and rename when complete, so a half-built template is never used.
  const building = `${template}_build_${randomBytes(3).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE ${building}`));
  execFileSync(path.join(ROOT, 'scripts/db-migrate.sh'), {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl(building) },
    stdio: 'inherit',
  });
  await seedTemplate(databaseUrl(building));
  await withAdminClient(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await client.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
    await client.query(`COMMENT ON DATABASE ${template} IS 'ready'`);
  });
}

/** A fresh copy of the template for one test file; returns its URL and a function that drops it. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `mljudge_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${templateDatabase()}`));
  return {
    url: databaseUrl(name),
    drop: () => withAdminClient(async (client) => void (await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))),
  };
}
