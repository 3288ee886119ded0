// npm run baseline -- <task id | all>
// Runs a task's reference training on the wasm backend with fixed seeds and prints its metrics
// and the time taken (one JSON line per task on stdout; progress on stderr).
import { ensureBackend } from '../core/backend';
import { getTask, TASK_IDS } from '../tasks';
import { runBaseline } from './run-baseline';

async function main(argv: string[]): Promise<number> {
  const arg = argv[0];
  if (!arg || argv.length > 1) {
    process.stderr.write(`usage: npm run baseline -- <${TASK_IDS.join(' | ')} | all>\n`);
    return 2;
  }
  const ids = arg === 'all' ? [...TASK_IDS] : [arg.startsWith('task.') ? arg : `task.${arg}`];
  const unknown = ids.filter((id) => !getTask(id));
  if (unknown.length) {
    process.stderr.write(`unknown task ${unknown.join(', ')}; known: ${TASK_IDS.join(', ')}\n`);
    return 2;
  }
  const backend = await ensureBackend();
  for (const id of ids) {
    const result = await runBaseline(getTask(id)!, (line) => process.stderr.write(`[${id}] ${line}\n`));
    process.stdout.write(`${JSON.stringify({ ...result, backend })}\n`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
