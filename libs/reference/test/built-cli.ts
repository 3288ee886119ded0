// Builds the library's CLI once into a private folder under tmp/ (the same swc command as the
// project's build target, so what is tested is what ships) and runs it as a child process.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const REPO_ROOT = resolve(__dirname, '../../..');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Compiles libs/reference/src into a fresh folder; returns the path of its cli.js. Private
 * so that parallel builds of dist/ by other runs cannot hand us half-written files. */
export function buildCli(): { cli: string; cleanup: () => void } {
  mkdirSync(join(REPO_ROOT, 'tmp'), { recursive: true });
  const outDir = mkdtempSync(join(REPO_ROOT, 'tmp', 'reference-cli-'));
  execFileSync(
    join(REPO_ROOT, 'node_modules/.bin/swc'),
    ['libs/reference/src', '-d', outDir, '-C', `jsc.baseUrl=${REPO_ROOT}`, '--ignore', '**/*.spec.ts'],
    { cwd: REPO_ROOT, stdio: 'pipe' },
  );
  return { cli: join(outDir, 'libs/reference/src/cli.js'), cleanup: () => rmSync(outDir, { recursive: true, force: true }) };
}

/** Runs `node cli args...` with `stdin` piped in. */
export function runCli(cli: string, args: string[], stdin = ''): Promise<CliResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: REPO_ROOT, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}
