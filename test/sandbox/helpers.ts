// Shared helpers for the sandbox suites: small limits, one call per run.
import {
  createDockerClient,
  runInSandbox,
  type CaseResult,
  type SandboxCase,
  type SandboxLimits,
  type SandboxRunResult,
  type SandboxRuntime,
  type WarmPool,
} from '../../apps/judge/src/sandbox';

export const docker = createDockerClient();

/**
 * Every container this test process starts carries this label, so assertions about leftovers
 * look only at our own containers, not at another checkout's tests on the same engine.
 */
export const SUITE_LABELS = { 'mljudge.suite': `${process.pid}-${Date.now()}` };
export const SUITE_FILTER = [`mljudge.suite=${SUITE_LABELS['mljudge.suite']}`];

/** Limits used by the suites: small, so hostile code hits them fast. */
export const TEST_LIMITS: Partial<SandboxLimits> = {
  memoryBytes: 256 * 1024 * 1024,
  cpus: 1,
  pids: 64,
  stderrBytes: 256 * 1024,
  stdoutBytes: 4 * 1024 * 1024,
};

export interface RunOptions {
  timeMsPerTest?: number;
  limits?: Partial<SandboxLimits>;
  pool?: WarmPool;
}

/** Runs `source`'s function `entry` on the cases in a fresh sandbox. */
export function runFunction(
  runtime: SandboxRuntime,
  source: string,
  entry: string,
  cases: SandboxCase[],
  options: RunOptions = {},
): Promise<SandboxRunResult> {
  return runInSandbox({
    docker,
    runtime,
    header: { mode: 'function', source, entry, timeMsPerTest: options.timeMsPerTest ?? 2000 },
    cases,
    limits: { ...TEST_LIMITS, ...options.limits },
    pool: options.pool,
    labels: SUITE_LABELS,
  });
}

/** The value of a case that must have succeeded (fails the test with the error otherwise). */
export function valueOf(result: CaseResult): unknown {
  if (!result.ok) throw new Error(`case ${result.name} failed: ${result.error.type}: ${result.error.message}`);
  return result.value;
}

export function expectClose(actual: unknown, expected: unknown, tolerance = 1e-6): void {
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual)).toBe(true);
    expect((actual as unknown[]).length).toBe(expected.length);
    expected.forEach((e, i) => expectClose((actual as unknown[])[i], e, tolerance));
  } else if (typeof expected === 'number') {
    expect(typeof actual).toBe('number');
    expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(tolerance);
  } else {
    expect(actual).toEqual(expected);
  }
}
