import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBackend } from '../core/backend';
import { TASK_IDS, getTask } from './index';
import { TEACHER_VERSION, cachePath, readCache, writeCache } from './teacher';

describe('the task registry', () => {
  test("lists exactly the contract's task ids, each with bars and a documented baseline", () => {
    // the ids of the contract's "Training tasks" table
    expect([...TASK_IDS].sort()).toEqual(['task.distill_student', 'task.image_cnn', 'task.mnist_mlp', 'task.timeseries_lstm']);
    for (const id of TASK_IDS) {
      const task = getTask(id)!;
      expect(task.bars.length).toBeGreaterThan(0);
      for (const bar of task.bars) expect(bar.higherIsBetter).toBe(bar.full > bar.zero);
      for (const bar of task.bars) expect(Number.isFinite(task.baseline.metrics[bar.metric])).toBe(true);
      expect(task.baseline.seconds).toBeGreaterThan(0);
    }
    expect(getTask('task.nope')).toBeUndefined();
  });

  test('the contract bars: mnist_mlp 0.95/0.80, image_cnn 0.97/0.85', () => {
    expect(getTask('task.mnist_mlp')!.bars).toEqual([{ metric: 'accuracy', full: 0.95, zero: 0.8, higherIsBetter: true }]);
    expect(getTask('task.image_cnn')!.bars).toEqual([{ metric: 'accuracy', full: 0.97, zero: 0.85, higherIsBetter: true }]);
  });
});

describe('the teacher cache', () => {
  const old = process.env.REFERENCE_CACHE_DIR;
  let dir: string;
  beforeAll(async () => {
    await ensureBackend(); // the cache file is named after the backend
    dir = mkdtempSync(join(tmpdir(), 'teacher-cache-'));
    process.env.REFERENCE_CACHE_DIR = dir;
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    if (old === undefined) delete process.env.REFERENCE_CACHE_DIR;
    else process.env.REFERENCE_CACHE_DIR = old;
  });

  test('round-trips the logits bit for bit and rejects a cache of another size', () => {
    const logits = Float32Array.from({ length: 30 }, (_, i) => Math.fround(Math.sin(i) * 1e3));
    writeCache({ trainLogits: { shape: [3, 10], data: logits }, testLabels: [1, 2], testAccuracy: 0.5, parameterCount: 7 });
    expect(cachePath().startsWith(dir)).toBe(true);
    expect(cachePath()).toContain(TEACHER_VERSION.split('/')[0]);
    expect(cachePath()).toMatch(/-wasm\.json$/);
    const back = readCache(3)!;
    expect(back.trainLogits.shape).toEqual([3, 10]);
    expect(Array.from(back.trainLogits.data)).toEqual(Array.from(logits));
    expect(back.testLabels).toEqual([1, 2]);
    expect(readCache(4)).toBeUndefined();
  });
});
