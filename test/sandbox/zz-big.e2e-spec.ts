import { flushSandboxRemovals, runInSandbox } from '../../apps/judge/src/sandbox';
import { docker, TEST_LIMITS } from './helpers';
it('big training data', async () => {
  const n = 10000, f = 784;
  const X = Array.from({ length: n }, (_, i) => Array.from({ length: f }, (_, j) => ((i * 31 + j * 7) % 100) / 100));
  const y = Array.from({ length: n }, (_, i) => i % 10);
  for (const runtime of ['node'] as const) {
    const source = 'function train({X, y}) { return y.reduce((a, b) => a + b, 0); }\nfunction predict(m, X) { return X.map(() => m % 10); }\n';
    const t0 = performance.now();
    const run = await runInSandbox({ docker, runtime, header: { mode: 'training', source, train: 'train', predict: 'predict', timeMsPerTest: 20000 },
      cases: [{ name: 'fit', call: 'train', input: { X, y } }, { name: 'p', call: 'predict', input: { X: X.slice(0, 2000) } }], limits: { ...TEST_LIMITS, memoryBytes: 1024 * 1024 * 1024 } });
    console.log(runtime, (performance.now() - t0).toFixed(0), 'ms', JSON.stringify(run.results.map(r => r.ok ? [r.timeMs, (r.value as number[] | null)?.length] : r.error)), run.peakMemoryBytes, run.exit);
  }
  await flushSandboxRemovals();
});
