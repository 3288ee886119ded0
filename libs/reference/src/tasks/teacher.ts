// task.distill_student's fixed teacher: a 784-256-10 MLP trained on the digit split with fixed
// seeds on the wasm backend (deterministic: same seeds, same batches, IEEE float32 in wasm).
// Training takes tens of seconds, so its logits are cached on disk under the repository's
// gitignored tmp/ folder (or REFERENCE_CACHE_DIR), keyed by the recipe's version and the tfjs
// backend (another backend rounds differently, so it gets its own teacher); a missing or stale
// cache is rebuilt.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import * as tf from '@tensorflow/tfjs';
import { ensureBackend } from '../core/backend';
import { fromLayers, trainClassifier, type ClassifierRecipe } from './classification';
import { CLASSES, PIXELS, loadDigitSplit } from './mnist-data';
import { intSeed } from './rng';
import { agreement } from './metrics';
import type { Matrix } from './types';

/** Bump when the recipe or the split changes: old caches are then ignored. */
export const TEACHER_VERSION = 'teacher-mlp-784-256-10/v1';

export const TEACHER_RECIPE: ClassifierRecipe = {
  build: () =>
    fromLayers(
      tf.sequential({
      layers: [
        tf.layers.dense({ inputShape: [PIXELS], units: 256, activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({ seed: intSeed('teacher/l1') }) }),
        tf.layers.dense({ units: CLASSES, kernelInitializer: tf.initializers.glorotUniform({ seed: intSeed('teacher/l2') }) }),
      ],
      }),
    ),
  epochs: 8,
  batchSize: 64,
  learningRate: 1e-3,
  seed: 'task.distill_student/teacher-batches',
};

export interface TeacherOutputs {
  /** Logits on the training digits, [n_train][10]. */
  trainLogits: Matrix;
  /** Predicted labels on the test digits. */
  testLabels: number[];
  /** The teacher's own test accuracy (for the report). */
  testAccuracy: number;
  parameterCount: number;
}

/** The folder for cached artefacts: $REFERENCE_CACHE_DIR, else <repo>/tmp/reference-cache
 * (found by walking up to nx.json), else the OS temp folder. */
export function cacheDir(): string {
  if (process.env.REFERENCE_CACHE_DIR) return process.env.REFERENCE_CACHE_DIR;
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, 'nx.json'))) return join(dir, 'tmp', 'reference-cache');
  }
  return join(tmpdir(), 'reference-cache');
}

interface CacheFile {
  version: string;
  trainRows: number;
  trainLogits: string; // base64 of float32 little-endian
  testLabels: number[];
  testAccuracy: number;
  parameterCount: number;
}

/** The cache file of the current TEACHER_VERSION on the active backend (`tf.getBackend()`). */
export function cachePath(): string {
  return join(cacheDir(), `${`${TEACHER_VERSION}-${tf.getBackend()}`.replace(/[^a-z0-9.-]+/gi, '_')}.json`);
}

/** The cached outputs, or undefined when missing, unreadable, stale or of another size. */
export function readCache(expectedRows: number): TeacherOutputs | undefined {
  try {
    const file = JSON.parse(readFileSync(cachePath(), 'utf8')) as CacheFile;
    if (file.version !== TEACHER_VERSION || file.trainRows !== expectedRows) return undefined;
    const bytes = Buffer.from(file.trainLogits, 'base64');
    const data = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    if (data.length !== expectedRows * CLASSES) return undefined;
    return { trainLogits: { shape: [expectedRows, CLASSES], data }, testLabels: file.testLabels, testAccuracy: file.testAccuracy, parameterCount: file.parameterCount };
  } catch {
    return undefined; // missing or unreadable: rebuild
  }
}

/** Writes the outputs to the cache (atomically). */
export function writeCache(t: TeacherOutputs): void {
  const path = cachePath();
  mkdirSync(dirname(path), { recursive: true });
  const file: CacheFile = {
    version: TEACHER_VERSION,
    trainRows: t.trainLogits.shape[0],
    trainLogits: Buffer.from(t.trainLogits.data.buffer, t.trainLogits.data.byteOffset, t.trainLogits.data.byteLength).toString('base64'),
    testLabels: t.testLabels,
    testAccuracy: t.testAccuracy,
    parameterCount: t.parameterCount,
  };
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(file));
  renameSync(tmp, path); // atomic: concurrent builders never see half a file
}

/** Trains the teacher and computes its outputs (no cache). */
export async function buildTeacher(log?: (line: string) => void): Promise<TeacherOutputs> {
  await ensureBackend();
  const split = loadDigitSplit();
  const model = await trainClassifier(TEACHER_RECIPE, { ...split }, log);
  try {
    const trainLogits = model.logits(split.trainX);
    const testLabels = (await model.predict(split.testX)) as number[];
    return { trainLogits, testLabels, testAccuracy: agreement(testLabels, split.testY), parameterCount: model.parameterCount };
  } finally {
    model.dispose();
  }
}

let loaded: Promise<TeacherOutputs> | undefined;

/** The teacher's outputs: from the cache when valid, else trained once and cached. */
export function loadTeacher(log?: (line: string) => void): Promise<TeacherOutputs> {
  loaded ??= (async () => {
    await ensureBackend(); // the cache is per backend
    const rows = loadDigitSplit().trainX.shape[0];
    const cached = readCache(rows);
    if (cached) return cached;
    log?.(`training the teacher (${TEACHER_VERSION}); cache: ${cachePath()}`);
    const built = await buildTeacher(log);
    writeCache(built);
    return built;
  })().catch((err) => {
    loaded = undefined;
    throw err;
  });
  return loaded;
}
