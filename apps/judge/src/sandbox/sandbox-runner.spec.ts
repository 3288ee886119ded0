// How the runner turns the harness's output and the container's exit into per-case results.
import { interpretRun } from './sandbox-runner';
import type { SandboxExit } from './sandbox-container';

const CASES = [{ name: 'a', input: {} }, { name: 'b', input: {} }, { name: 'c', input: {} }];
const CLEAN: SandboxExit = { code: 0, oomKilled: false, timedOut: false, outputLimitExceeded: false };
const ok = (name: string, value: unknown) => JSON.stringify({ name, ok: true, value, timeMs: 1 });

describe('interpretRun', () => {
  it('pairs result lines with cases in order and reads the summary', () => {
    const run = interpretRun(
      { stdoutLines: [ok('a', 1), ok('b', { y: [1, 'NaN'] }), ok('c', null), '{"summary":{"maxRssBytes":4096}}'], stderrTail: '', exit: CLEAN },
      CASES,
      { memoryBytes: 1 << 30 },
    );
    expect(run.results.map((r) => r.ok && r.value)).toEqual([1, { y: [1, 'NaN'] }, null]);
    expect(run.peakMemoryBytes).toBe(4096);
    expect(run.compileError).toBeUndefined();
  });

  it('ignores garbage, duplicated and out-of-order lines (e.g. forged by the candidate)', () => {
    const run = interpretRun(
      { stdoutLines: ['hello', ok('b', 'forged'), ok('a', 1), ok('a', 'again'), '{"name":"b"}', ok('b', 2), ok('c', 3), ok('d', 4)], stderrTail: '', exit: CLEAN },
      CASES,
      { memoryBytes: 1 << 30 },
    );
    expect(run.results.map((r) => r.ok && r.value)).toEqual([1, 2, 3]);
  });

  it('blames the case that was running when the kernel killed the sandbox for memory, the rest are NOT_RUN', () => {
    const run = interpretRun({ stdoutLines: [ok('a', 1)], stderrTail: '', exit: { ...CLEAN, code: 137, oomKilled: true } }, CASES, {
      memoryBytes: 1 << 28,
    });
    expect(run.results.map((r) => (r.ok ? 'ok' : r.error.type))).toEqual(['ok', 'MEMORY_LIMIT_EXCEEDED', 'NOT_RUN']);
    expect(run.peakMemoryBytes).toBe(1 << 28);
  });

  it.each([
    [{ ...CLEAN, code: 137, timedOut: true }, 'TIME_LIMIT_EXCEEDED'],
    [{ ...CLEAN, code: 152 }, 'TIME_LIMIT_EXCEEDED'],
    [{ ...CLEAN, code: 137, outputLimitExceeded: true }, 'OUTPUT_LIMIT_EXCEEDED'],
    [{ ...CLEAN, code: 137 }, 'RUNTIME_ERROR'],
    [{ ...CLEAN, code: 1 }, 'RUNTIME_ERROR'],
  ])('an exit of %o makes the running case %s', (exit, type) => {
    const run = interpretRun({ stdoutLines: [], stderrTail: 'Traceback...\nSegfault', exit }, CASES, { memoryBytes: 1 << 30 });
    expect(run.results[0]).toMatchObject({ name: 'a', ok: false, error: { type } });
    expect(run.results.slice(1).map((r) => !r.ok && r.error.type)).toEqual(['NOT_RUN', 'NOT_RUN']);
  });

  it('a compile error marks every case COMPILE_ERROR', () => {
    const line = JSON.stringify({ compileError: { type: 'COMPILE_ERROR', message: 'SyntaxError: invalid syntax', line: 3, column: 9 } });
    const run = interpretRun({ stdoutLines: [line], stderrTail: '', exit: CLEAN }, CASES, { memoryBytes: 1 << 30 });
    expect(run.compileError).toEqual({ type: 'COMPILE_ERROR', message: 'SyntaxError: invalid syntax', line: 3, column: 9 });
    expect(run.results.map((r) => !r.ok && r.error.type)).toEqual(['COMPILE_ERROR', 'COMPILE_ERROR', 'COMPILE_ERROR']);
  });
});
