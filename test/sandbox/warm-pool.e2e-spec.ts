// The warm pool: ready containers make runs faster, and each serves exactly one submission.
import { randomUUID } from 'node:crypto';
import { flushSandboxRemovals, prepareSandbox, removeStaleSandboxes, resolveLimits, WarmPool } from '../../apps/judge/src/sandbox';
import { docker, runFunction, TEST_LIMITS, valueOf } from './helpers';

const ADD = 'def add(a, b):\n    return {"sum": a + b}\n';
const ADD_JS = 'function add({ a, b }) {\n  return { sum: a + b };\n}\n';

async function poolContainers(pool: WarmPool): Promise<string[]> {
  const list = await docker.listContainers({ all: true, filters: { label: [`mljudge.pool=${pool.id}`] } });
  return list.map((c) => c.Id);
}

describe('WarmPool', () => {
  let pool: WarmPool;

  beforeAll(async () => {
    pool = new WarmPool({ docker, sizes: { python: 1, node: 1 }, limits: TEST_LIMITS }).start();
    await pool.waitUntilFull(90_000);
  });

  afterAll(async () => {
    await pool.close();
    await flushSandboxRemovals();
  });

  it('runs a submission in a ready container, faster than a cold one', async () => {
    const coldStarted = performance.now();
    const cold = await runFunction('python', ADD, 'add', [{ name: 'c', input: { a: 1, b: 2 } }]);
    const coldMs = performance.now() - coldStarted;
    await pool.waitUntilFull(60_000);
    const warmStarted = performance.now();
    const warm = await runFunction('python', ADD, 'add', [{ name: 'w', input: { a: 1, b: 2 } }], { pool });
    const warmMs = performance.now() - warmStarted;

    expect(valueOf(cold.results[0])).toEqual({ sum: 3 });
    expect(valueOf(warm.results[0])).toEqual({ sum: 3 });
    expect(cold.timings.warm).toBe(false);
    expect(warm.timings).toMatchObject({ warm: true, createMs: 0, startMs: 0 });
    // For the record (see the report): cold = create + attach + start + interpreter + run.
    console.log(
      `python cold ${coldMs.toFixed(0)} ms (create ${cold.timings.createMs.toFixed(0)}, start ${cold.timings.startMs.toFixed(0)}, run ${cold.timings.runMs.toFixed(0)}); ` +
        `warm ${warmMs.toFixed(0)} ms (run ${warm.timings.runMs.toFixed(0)})`,
    );
  });

  it('hands every container out once, removes it after its run, and refills', async () => {
    await pool.waitUntilFull(60_000);
    await flushSandboxRemovals();
    const waiting = await poolContainers(pool);
    expect(waiting).toHaveLength(2);
    const first = await runFunction('node', ADD_JS, 'add', [{ name: 'a', input: { a: 2, b: 3 } }], { pool });
    expect(valueOf(first.results[0])).toEqual({ sum: 5 });
    expect(first.timings.warm).toBe(true);
    expect(waiting).toContain(first.containerId);
    await pool.waitUntilFull(60_000);
    const second = await runFunction('node', ADD_JS, 'add', [{ name: 'b', input: { a: 4, b: 5 } }], { pool });
    expect(second.timings.warm).toBe(true);
    expect(second.containerId).not.toBe(first.containerId);
    await flushSandboxRemovals();
    const now = await poolContainers(pool);
    expect(now).not.toContain(first.containerId);
    expect(now).not.toContain(second.containerId);
  });

  it("one pooled run's files and processes are invisible to the next pooled run", async () => {
    await pool.waitUntilFull(60_000);
    const leave = `
import subprocess
def f():
    open("/sandbox/marker.txt", "w").write("one")
    open("/tmp/marker.txt", "w").write("one")
    subprocess.Popen(["sleep", "1000"], start_new_session=True)
    return {"left": True}
`;
    const run1 = await runFunction('python', leave, 'f', [{ name: 'leave', input: {} }], { pool });
    expect(run1.timings.warm).toBe(true);
    expect(valueOf(run1.results[0])).toEqual({ left: true });
    await pool.waitUntilFull(60_000);
    const look = `
import os
def f():
    cmdlines = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            cmdlines.append(open("/proc/%s/cmdline" % pid, "rb").read().decode(errors="replace"))
        except OSError:
            pass
    return {"sleep": any("sleep" in c for c in cmdlines),
            "markers": [os.path.exists("/sandbox/marker.txt"), os.path.exists("/tmp/marker.txt")]}
`;
    const run2 = await runFunction('python', look, 'f', [{ name: 'look', input: {} }], { pool });
    expect(run2.timings.warm).toBe(true);
    expect(run2.containerId).not.toBe(run1.containerId);
    expect(valueOf(run2.results[0])).toEqual({ sleep: false, markers: [false, false] });
  });

  it('a run with other limits starts cold instead of taking a pooled container', async () => {
    const run = await runFunction('python', ADD, 'add', [{ name: 'x', input: { a: 0, b: 1 } }], { pool, limits: { memoryBytes: 300 * 1024 * 1024 } });
    expect(run.timings.warm).toBe(false);
    expect(valueOf(run.results[0])).toEqual({ sum: 1 });
  });

  it('close() removes the containers still waiting', async () => {
    const own = new WarmPool({ docker, sizes: { node: 1 }, limits: TEST_LIMITS }).start();
    await own.waitUntilFull(60_000);
    expect(await poolContainers(own)).toHaveLength(1);
    await own.close();
    expect(await poolContainers(own)).toEqual([]);
    expect(own.take('node', TEST_LIMITS)).toBeUndefined();
  });
});

describe('WarmPool with torch preloaded', () => {
  // At module level, before its own import: whether the container had torch loaded already.
  const TORCH = `
import sys
ALREADY = "torch" in sys.modules
import torch
def f(x):
    return {"already": ALREADY, "sum": float(torch.tensor(x).sum())}
`;
  const NUMPY = 'import sys\nimport numpy as np\ndef f(x):\n    return {"already": "torch" in sys.modules, "sum": float(np.sum(x))}\n';
  let pool: WarmPool;

  beforeAll(async () => {
    pool = new WarmPool({ docker, sizes: { python: 1, 'python+torch': 1 }, limits: TEST_LIMITS, refillConcurrency: 2 }).start();
    await pool.waitUntilFull(120_000);
  });

  afterAll(async () => {
    await pool.close();
    await flushSandboxRemovals();
  });

  it('gives a PyTorch answer a container that imported torch, and a numpy answer a plain one', async () => {
    const torchRun = await runFunction('python', TORCH, 'f', [{ name: 't', input: { x: [1, 2, 3.5] } }], { pool });
    expect(valueOf(torchRun.results[0])).toEqual({ already: true, sum: 6.5 });
    expect(torchRun.timings).toMatchObject({ warm: true, preloaded: 'torch' });
    const numpyRun = await runFunction('python', NUMPY, 'f', [{ name: 'n', input: { x: [1, 2] } }], { pool });
    // The plain container never loaded torch: a numpy answer is not measured with torch's memory.
    expect(valueOf(numpyRun.results[0])).toEqual({ already: false, sum: 3 });
    expect(numpyRun.timings.warm).toBe(true);
    expect(numpyRun.timings.preloaded).toBeUndefined();
    // The harness reports where the run's time went.
    expect(torchRun.timings.phases).toEqual(
      expect.objectContaining({ loadMs: expect.any(Number), decodeMs: expect.any(Number), callMs: expect.any(Number), encodeMs: expect.any(Number) }),
    );
  });

  it('falls back to a plain warm container when no torch one waits, and uses each container once', async () => {
    await pool.waitUntilFull(120_000);
    const first = await runFunction('python', TORCH, 'f', [{ name: 'a', input: { x: [1] } }], { pool });
    // Taken at once, before the torch container is replaced: the plain one serves, torch imported by the file.
    const second = await runFunction('python', TORCH, 'f', [{ name: 'b', input: { x: [2] } }], { pool });
    expect(first.timings.preloaded).toBe('torch');
    expect(valueOf(second.results[0])).toEqual({ already: false, sum: 2 });
    expect(second.timings).toMatchObject({ warm: true });
    expect(second.timings.preloaded).toBeUndefined();
    expect(second.containerId).not.toBe(first.containerId);
  });
});

describe('removeStaleSandboxes', () => {
  it('removes sandbox containers a dead judge left behind, and only those asked for', async () => {
    const owner = randomUUID();
    const spec = { runtime: 'python' as const, image: 'mljudge-python:latest', limits: resolveLimits({}) };
    const orphan = await prepareSandbox(docker, { ...spec, labels: { 'mljudge.test-owner': owner } });
    const other = await prepareSandbox(docker, { ...spec, labels: { 'mljudge.test-owner': `${owner}-other` } });
    try {
      // Too young for the default age: kept.
      expect(await removeStaleSandboxes(docker, { labels: { 'mljudge.test-owner': owner } })).toBe(0);
      expect(await removeStaleSandboxes(docker, { olderThanMs: 0, labels: { 'mljudge.test-owner': owner } })).toBe(1);
      await expect(docker.getContainer(orphan.id).inspect()).rejects.toThrow();
      expect((await docker.getContainer(other.id).inspect()).State.Running).toBe(true);
    } finally {
      orphan.socket.destroy();
      other.socket.destroy();
      await docker.getContainer(other.id).remove({ force: true }).catch(() => undefined);
    }
  });
});
