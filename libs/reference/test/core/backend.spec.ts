import * as tf from '@tensorflow/tfjs';
import { ensureBackend, selectBackend, type BackendProbe } from '../../src/core/backend';

/** A probe whose require succeeds only for the listed packages (records what was tried). */
function probe(installed: string[], gpu: boolean): BackendProbe & { tried: string[] } {
  const tried: string[] = [];
  return {
    tried,
    gpuVisible: () => gpu,
    require: (id) => {
      tried.push(id);
      if (!installed.includes(id)) throw new Error(`Cannot find module '${id}'`);
      return {};
    },
  };
}

const GPU = '@tensorflow/tfjs-node-gpu';
const NODE = '@tensorflow/tfjs-node';
const WASM = '@tensorflow/tfjs-backend-wasm';

describe('selectBackend', () => {
  test('tfjs-node-gpu when it loads and a GPU is visible', () => {
    expect(selectBackend(probe([GPU, NODE, WASM], true))).toBe('tensorflow-gpu');
  });

  test('without a visible GPU, tfjs-node-gpu is not even loaded', () => {
    const p = probe([GPU, NODE, WASM], false);
    expect(selectBackend(p)).toBe('tensorflow');
    expect(p.tried).not.toContain(GPU);
  });

  test('a GPU but no tfjs-node-gpu falls back to tfjs-node, then wasm', () => {
    expect(selectBackend(probe([NODE, WASM], true))).toBe('tensorflow');
    expect(selectBackend(probe([WASM], true))).toBe('wasm');
  });

  test('never falls back to the pure-JS cpu backend', () => {
    expect(() => selectBackend(probe([], false))).toThrow(/no usable tfjs backend/);
  });
});

describe('ensureBackend (real packages on this machine)', () => {
  test('activates wasm with SIMD once, and computes with it', async () => {
    const first = ensureBackend();
    expect(ensureBackend()).toBe(first); // idempotent: same promise
    expect(await first).toBe('wasm (simd)');
    expect(tf.getBackend()).toBe('wasm');
    expect(Array.from(tf.matMul(tf.tensor2d([[1, 2]]), tf.tensor2d([[3], [4]])).dataSync())).toEqual([11]);
  });
});
