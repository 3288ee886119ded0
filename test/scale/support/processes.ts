// Real processes for the scale and fault tests: the built API and judge worker (dist/), and a
// private redis-server. Every child is remembered so afterAll can kill whatever is left, also
// when a test failed half-way.
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
export const API_MAIN = path.join(ROOT, 'dist/apps/api/src/main.js');
export const JUDGE_MAIN = path.join(ROOT, 'dist/apps/judge/src/main.js');

export interface Child {
  name: string;
  process: ChildProcess;
  /** The last lines it printed (stdout and stderr), for failure messages. */
  output: string[];
  /** Resolves with the exit code (or the signal's name) once it has exited. */
  exited: Promise<number | string | null>;
}

const running = new Set<Child>();

/** Starts a command; its output is kept (last 200 lines) rather than printed. */
export function spawnChild(name: string, command: string, args: string[], env: Record<string, string>, user?: { uid: number; gid: number }): Child {
  const child = spawn(command, args, { cwd: user ? '/' : ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'], ...user });
  const output: string[] = [];
  // SCALE_LOG_DIR=/some/dir keeps every child's whole output there, for debugging a scenario.
  const logFile = process.env.SCALE_LOG_DIR ? path.join(process.env.SCALE_LOG_DIR, `${name.replace(/[^\w.-]+/g, '_')}.log`) : undefined;
  const keep = (chunk: Buffer) => {
    if (logFile) appendFileSync(logFile, chunk);
    output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (output.length > 200) output.splice(0, output.length - 200);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | string | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
  const entry: Child = { name, process: child, output, exited };
  running.add(entry);
  void exited.then(() => running.delete(entry));
  return entry;
}

export function spawnNode(name: string, script: string, env: Record<string, string>): Child {
  return spawnChild(name, process.execPath, [script], env);
}

/**
 * A private Redis on 127.0.0.1, so the machine's shared Redis is never touched. Without `dir`
 * it keeps nothing on disk (a restart empties it); with `dir` it writes an append-only file
 * there, fsynced on every write, as a production Redis that must survive restarts would.
 */
export function startRedis(port: number, dir?: string): Child {
  const persistence = dir ? ['--appendonly', 'yes', '--appendfsync', 'always', '--dir', dir] : ['--appendonly', 'no'];
  return spawnChild(`redis:${port}`, 'redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', ...persistence, '--daemonize', 'no'], {});
}

/** SIGKILL: the process gets no chance to clean up (what a crash or an OOM kill does). */
export async function killHard(child: Child): Promise<void> {
  if (child.process.exitCode === null && child.process.signalCode === null) child.process.kill('SIGKILL');
  await child.exited;
}

/** Ends every child still running: SIGTERM, then SIGKILL after a grace period. */
export async function stopAll(graceMs = 5_000): Promise<void> {
  const left = [...running];
  for (const child of left) child.process.kill('SIGTERM');
  const timer = setTimeout(() => left.forEach((child) => child.process.kill('SIGKILL')), graceMs);
  await Promise.all(left.map((child) => child.exited));
  clearTimeout(timer);
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until probe returns a value; the error names what was awaited. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number, everyMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

/** The HTTP status of GET url, or 0 when nothing answers. */
export async function httpStatus(url: string, timeoutMs = 2_000): Promise<number> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

/** Waits for a 200 from url; if the child exits first, fails with its output. */
export async function waitReady(child: Child, url: string, timeoutMs = 90_000): Promise<void> {
  let exited = false;
  void child.exited.then(() => (exited = true));
  const deadline = Date.now() + timeoutMs;
  while ((await httpStatus(url)) !== 200) {
    if (exited || Date.now() > deadline) {
      throw new Error(`${child.name} not ready at ${url} (${exited ? 'exited' : 'timed out'})\n${child.output.slice(-40).join('\n')}`);
    }
    await sleep(300);
  }
}
