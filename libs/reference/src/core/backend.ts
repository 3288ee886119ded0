// Picks the tfjs backend once per process: tfjs-node-gpu when it loads and a GPU is visible,
// else tfjs-node when installed, else wasm (SIMD on, threads off in Node). Never the pure-JS
// `cpu` backend: it is 10-30x slower and would make the judge's time limits meaningless.
//
// tfjs-node(-gpu) are optional: their install downloads libtensorflow, which is not possible
// on every machine, so they are required lazily and a failure just moves to the next choice.
import { existsSync, readdirSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';

export type BackendName = 'tensorflow-gpu' | 'tensorflow' | 'wasm';

/** What `selectBackend` needs from the outside world (injectable for tests). */
export interface BackendProbe {
  /** `require`, or a stand-in that throws for packages that are not installed. */
  require: (id: string) => unknown;
  /** True when an NVIDIA GPU is visible to this process. */
  gpuVisible: () => boolean;
}

/** True when the NVIDIA driver exposes at least one GPU (and CUDA_VISIBLE_DEVICES does not
 * hide them all). */
export function nvidiaGpuVisible(): boolean {
  const visible = process.env.CUDA_VISIBLE_DEVICES;
  if (visible !== undefined && (visible.trim() === '' || visible.trim() === '-1')) return false;
  try {
    if (existsSync('/proc/driver/nvidia/gpus') && readdirSync('/proc/driver/nvidia/gpus').length > 0) return true;
  } catch {
    // unreadable: fall through
  }
  return existsSync('/dev/nvidia0');
}

function canLoad(probe: BackendProbe, id: string): boolean {
  try {
    probe.require(id);
    return true;
  } catch {
    return false;
  }
}

/** Decides which backend to use and loads its package (loading registers the backend with
 * tfjs). Pure decision logic; `ensureBackend` applies it. */
export function selectBackend(probe: BackendProbe): BackendName {
  if (probe.gpuVisible() && canLoad(probe, '@tensorflow/tfjs-node-gpu')) return 'tensorflow-gpu';
  if (canLoad(probe, '@tensorflow/tfjs-node')) return 'tensorflow';
  if (canLoad(probe, '@tensorflow/tfjs-backend-wasm')) return 'wasm';
  throw new Error('no usable tfjs backend: install @tensorflow/tfjs-backend-wasm (or tfjs-node)');
}

// A plain require on purpose: the packages are optional and must not be resolved at build time.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const defaultProbe: BackendProbe = { require: (id) => require(id), gpuVisible: nvidiaGpuVisible };

let ready: Promise<string> | undefined;

/** Selects and activates the backend once (later calls return the same promise). Resolves
 * to a description such as `wasm (simd)` or `tensorflow-gpu`. */
export function ensureBackend(probe: BackendProbe = defaultProbe): Promise<string> {
  ready ??= activate(probe).catch((err) => {
    ready = undefined; // let a later call retry
    throw err;
  });
  return ready;
}

async function activate(probe: BackendProbe): Promise<string> {
  const choice = selectBackend(probe);
  if (choice === 'wasm') {
    // Threads need SharedArrayBuffer workers that Node's wasm loader does not set up here.
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    tf.env().set('WASM_HAS_SIMD_SUPPORT', true);
  }
  // tfjs-node and tfjs-node-gpu both register a backend named 'tensorflow'.
  const tfName = choice === 'wasm' ? 'wasm' : 'tensorflow';
  const ok = await tf.setBackend(tfName);
  if (!ok || tf.getBackend() !== tfName) throw new Error(`could not activate the tfjs backend "${tfName}"`);
  await tf.ready();
  if (choice === 'wasm') return tf.env().getBool('WASM_HAS_SIMD_SUPPORT') ? 'wasm (simd)' : 'wasm';
  return choice;
}

/** The active backend's tfjs name (after ensureBackend), e.g. 'wasm'. */
export function activeBackend(): string {
  return tf.getBackend();
}
