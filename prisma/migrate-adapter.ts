// Driver adapter for the Prisma CLI's JavaScript schema engine (`engine: 'js'`).
//
// Two known problems are worked around here (see shared/design/stack-notes.md):
// - prisma/orm#27403: @prisma/adapter-pg rejects the catalog's `"char"` (oid 18) and `name`
//   (oid 19) columns, which migrate reads. pg already returns both as strings, so we relabel
//   them as `text` (oid 25) before the adapter looks at the field types.
// - Given a connection string, the adapter mistakes the shadow database for the main one, so
//   the connection is passed as separate host/port/user/database fields.
import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

const CHAR_OID = 18;
const NAME_OID = 19;
const TEXT_OID = 25;

type QueryResultLike = { fields?: Array<{ dataTypeID: number }> };

function relabelCatalogTypes<T>(result: T): T {
  const fields = (result as QueryResultLike | undefined)?.fields;
  if (fields) {
    for (const field of fields) {
      if (field.dataTypeID === CHAR_OID || field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

type AnyQuery = (...args: unknown[]) => unknown;

/** Wraps a client's `query` (promise and callback forms alike) so results are relabelled. */
function patchClient(client: pg.Client): void {
  const query = client.query.bind(client) as AnyQuery;
  (client as unknown as { query: AnyQuery }).query = (...args: unknown[]) => {
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      const callback = last as (err: unknown, result: unknown) => void;
      return query(...args.slice(0, -1), (err: unknown, result: unknown) => callback(err, err ? result : relabelCatalogTypes(result)));
    }
    const result = query(...args);
    return result instanceof Promise ? result.then(relabelCatalogTypes) : result;
  };
}

function createCatalogSafePool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  // Every query, pooled or in a transaction, runs on a client the pool created.
  pool.on('connect', patchClient);
  return pool;
}

export function connectionConfig(databaseUrl: string): pg.PoolConfig {
  const url = new URL(databaseUrl);
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username || 'postgres'),
    password: url.password ? decodeURIComponent(url.password) : undefined,
    database: decodeURIComponent(url.pathname.replace(/^\//, '')) || 'postgres',
  };
}

type ShadowAdapter = Awaited<ReturnType<PrismaPg['connectToShadowDb']>>;

/**
 * `migrate diff --from-migrations` replays the migrations into a temporary shadow database.
 * The stock connectToShadowDb drops that database while its own pool is still connected to it,
 * which PostgreSQL refuses ("being accessed by other users"); this one closes the pool first.
 */
class MigrateAdapter extends PrismaPg {
  constructor(private readonly poolConfig: pg.PoolConfig) {
    super(createCatalogSafePool(poolConfig));
  }

  override async connectToShadowDb(): Promise<ShadowAdapter> {
    const main = await this.connect();
    const database = `prisma_migrate_shadow_db_${randomUUID()}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await new PrismaPg(createCatalogSafePool({ ...this.poolConfig, database }), { disposeExternalPool: true }).connect();
    const closeShadowPool = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await closeShadowPool();
      await main.executeScript(`DROP DATABASE "${database}"`);
      await main.dispose();
    };
    return shadow;
  }
}

export function createMigrateAdapter(databaseUrl: string): PrismaPg {
  return new MigrateAdapter(connectionConfig(databaseUrl));
}
