// Command line for the reference algorithms (see the contract's "The command line"):
//
//   node dist/libs/reference/src/cli.js list              -> [{id,title,seeds}] as JSON
//   node dist/libs/reference/src/cli.js run <id> [--verbose] < in.jsonl
//
// `run` reads one JSON input per line (blank lines are skipped) and writes one JSON line per
// input, in order: the output, or {"error":{"code":"INVALID_INPUT","message":...}}. Exit 0 when
// every line succeeded, 1 when any failed, 2 for an unknown id or bad usage (stderr says why).
import { createInterface } from 'node:readline';
import { ensureBackend } from './core/backend';
import { decodeJson, encodeJson } from './core/json';
import { getAlgorithm, registry } from './registry';
import { runAlgorithm, type RunResult } from './run';

const USAGE = 'usage: reference list | reference run <id> [--verbose] < inputs.jsonl';

function usageError(message: string): number {
  process.stderr.write(`${message}\n${USAGE}\n`);
  return 2;
}

function list(): number {
  const items = [...registry.values()].map((a) => ({ id: a.id, title: a.title, seeds: a.seeds }));
  process.stdout.write(`${JSON.stringify(items)}\n`);
  return 0;
}

async function runLine(id: string, line: string): Promise<RunResult> {
  let input: unknown;
  try {
    input = decodeJson(line);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { error: { code: 'INVALID_INPUT', message: `malformed JSON: ${reason}` } };
  }
  return runAlgorithm(id, input);
}

async function run(id: string, verbose: boolean): Promise<number> {
  if (!getAlgorithm(id)) return usageError(`unknown algorithm id "${id}" (see "reference list")`);
  const backend = await ensureBackend();
  if (verbose) process.stderr.write(`reference: backend ${backend}\n`);
  let failed = false;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const result = await runLine(id, line);
    if ('error' in result) failed = true;
    process.stdout.write(`${'output' in result ? encodeJson(result.output) : JSON.stringify(result)}\n`);
  }
  return failed ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const verbose = argv.includes('--verbose');
  const args = argv.filter((a) => a !== '--verbose');
  const unknownFlag = args.find((a) => a.startsWith('--'));
  if (unknownFlag) return usageError(`unknown option ${unknownFlag}`);
  const [command, ...rest] = args;
  if (command === 'list' && rest.length === 0) return list();
  if (command === 'run' && rest.length === 1) return run(rest[0], verbose);
  return usageError(command ? `bad usage: ${args.join(' ')}` : 'missing command');
}

// A closed stdout (e.g. piped into `head`) is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`reference: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
