// A PRIVATE PostgreSQL 15 server for the fault tests (the machine's shared server is never
// restarted): initdb into a temporary folder, trust authentication, 127.0.0.1 and a free port.
// PostgreSQL refuses to run as root, so the server runs as the `postgres` system user.
import { execFileSync, execSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { type Child, freePort, spawnChild, waitFor } from './processes';

const BIN = '/usr/lib/postgresql/15/bin';

function postgresUser(): { uid: number; gid: number } {
  return { uid: Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), gid: Number(execFileSync('id', ['-g', 'postgres']).toString().trim()) };
}

export interface PrivatePostgres {
  port: number;
  url(database: string): string;
  /** Starts the server (again) on the same port and data folder; resolves once it accepts. */
  start(): Promise<void>;
  /** Immediate shutdown (SIGQUIT): every backend dies at once, recovery runs at the next start. */
  crash(): Promise<void>;
  destroy(): Promise<void>;
}

export async function createPrivatePostgres(): Promise<PrivatePostgres> {
  const user = postgresUser();
  const root = mkdtempSync(path.join(tmpdir(), 'mlj-pg-'));
  chownSync(root, user.uid, user.gid);
  const data = path.join(root, 'data');
  execFileSync(path.join(BIN, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'], { ...user, cwd: '/', stdio: 'ignore' });
  const port = await freePort();
  const url = (database: string) => `postgresql://postgres@127.0.0.1:${port}/${database}`;
  let server: Child | undefined;

  const start = async () => {
    server = spawnChild(`postgres:${port}`, path.join(BIN, 'postgres'), ['-D', data, '-p', String(port), '-k', root, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'], {}, user);
    await waitFor(
      `private postgres on ${port}`,
      async () => {
        const client = new Client({ connectionString: url('postgres') });
        await client.connect();
        await client.end();
        return true;
      },
      30_000,
    );
  };
  const crash = async () => {
    if (!server) return;
    server.process.kill('SIGQUIT');
    await server.exited;
  };
  const destroy = async () => {
    if (server && server.process.exitCode === null && server.process.signalCode === null) {
      server.process.kill('SIGINT'); // fast shutdown
      await server.exited;
    }
    rmSync(root, { recursive: true, force: true });
  };
  return { port, url, start, crash, destroy };
}

/** Copies a database (schema and rows) from one server to another with pg_dump | psql. */
export function copyDatabase(fromUrl: string, toUrl: string): void {
  execSync(`pg_dump --no-owner --no-privileges "${fromUrl}" | psql -q -X -v ON_ERROR_STOP=1 "${toUrl}"`, { stdio: ['ignore', 'ignore', 'pipe'] });
}
