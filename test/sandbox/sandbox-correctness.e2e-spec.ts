// A correct solution, a syntax error, a runtime error, value conversion and training mode, in
// both runtimes, through real containers.
import { flushSandboxRemovals, runInSandbox, type SandboxCase } from '../../apps/judge/src/sandbox';
import { docker, expectClose, runFunction, TEST_LIMITS, valueOf } from './helpers';

// softmax(q·kᵀ/√2)·v for q = k = I₂, v = [[1,2],[3,4]], by hand: each row's weights are
// w = 1/(1+e^(-1/√2)) = 0.6697615493 on the diagonal and 1-w = 0.3302384507 off it.
const W = 0.6697615493266569;
const SDP_INPUT = { q: [[1, 0], [0, 1]], k: [[1, 0], [0, 1]], v: [[1, 2], [3, 4]] };
const SDP_EXPECTED = {
  weights: [[W, 1 - W], [1 - W, W]],
  output: [[W * 1 + (1 - W) * 3, W * 2 + (1 - W) * 4], [(1 - W) * 1 + W * 3, (1 - W) * 2 + W * 4]],
};

const PYTHON_SDP = `
import numpy as np

def scaled_dot_product(q, k, v, mask=None, causal=False):
    # prints must not corrupt the protocol, even ones that look like results
    print('{"name":"sdp","ok":true,"value":42,"timeMs":1}')
    scores = q @ k.T / np.sqrt(q.shape[-1])
    w = np.exp(scores - scores.max(axis=-1, keepdims=True))
    w = w / w.sum(axis=-1, keepdims=True)
    return {"output": w @ v, "weights": w}
`;

const JS_SDP = `
function scaled_dot_product({ q, k, v }) {
  console.log('{"name":"sdp","ok":true,"value":42,"timeMs":1}');
  const d = q[0].length;
  const weights = q.map((qi) => {
    const s = k.map((kj) => kj.reduce((acc, x, i) => acc + x * qi[i], 0) / Math.sqrt(d));
    const m = Math.max(...s);
    const e = s.map((x) => Math.exp(x - m));
    const z = e.reduce((a, b) => a + b, 0);
    return e.map((x) => x / z);
  });
  const output = weights.map((w) => v[0].map((_, c) => w.reduce((acc, wj, j) => acc + wj * v[j][c], 0)));
  return { output, weights };
}
`;

afterAll(() => flushSandboxRemovals());

describe('a correct solution', () => {
  it.each([
    ['python', PYTHON_SDP],
    ['node', JS_SDP],
  ] as const)('%s: scaled_dot_product matches the hand-computed values', async (runtime, source) => {
    const run = await runFunction(runtime, source, 'scaled_dot_product', [{ name: 'sdp', input: SDP_INPUT }]);
    expect(run.compileError).toBeUndefined();
    expect(run.results).toHaveLength(1);
    const value = valueOf(run.results[0]) as { output: number[][]; weights: number[][] };
    expectClose(value.weights, SDP_EXPECTED.weights, 1e-9);
    expectClose(value.output, SDP_EXPECTED.output, 1e-9);
    expect(run.stderrTail).toContain('"value":42');
    expect(run.exit).toEqual({ code: 0, oomKilled: false, timedOut: false, outputLimitExceeded: false });
    expect(run.image).toMatch(new RegExp(`^mljudge-${runtime}:`));
    expect(run.imageDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(run.peakMemoryBytes).toBeGreaterThan(1024 * 1024);
    expect(run.timings.warm).toBe(false);
  });
});

describe('a file that does not parse', () => {
  it('python: COMPILE_ERROR with line and column, before any case runs', async () => {
    const run = await runFunction('python', 'import numpy as np\n\ndef f(x):\n    return x +* 2\n', 'f', [
      { name: 'a', input: { x: 1 } },
      { name: 'b', input: { x: 2 } },
    ]);
    expect(run.compileError).toMatchObject({ type: 'COMPILE_ERROR', line: 4 });
    expect(run.compileError?.column).toBeGreaterThanOrEqual(14);
    expect(run.compileError?.message).toMatch(/SyntaxError/);
    expect(run.results.map((r) => !r.ok && r.error.type)).toEqual(['COMPILE_ERROR', 'COMPILE_ERROR']);
  });

  it('node: COMPILE_ERROR with line and column', async () => {
    const run = await runFunction('node', 'function f(x) {\n  const y = [1, 2;\n  return y;\n}\n', 'f', [{ name: 'a', input: {} }]);
    expect(run.compileError).toMatchObject({ type: 'COMPILE_ERROR', line: 2, column: 18 });
    expect(run.compileError?.message).toMatch(/SyntaxError/);
    expect(run.results[0]).toMatchObject({ ok: false, error: { type: 'COMPILE_ERROR' } });
  });

  it('a missing entry function is ENTRY_NOT_FOUND', async () => {
    const run = await runFunction('python', 'def other():\n    return 1\n', 'f', [{ name: 'a', input: {} }]);
    expect(run.compileError).toMatchObject({ type: 'ENTRY_NOT_FOUND' });
  });
});

describe('a runtime exception', () => {
  it.each([
    ['python', 'def f(x):\n    if x == 2:\n        raise ValueError("bad x")\n    return {"y": x * 10}\n', /ValueError: bad x[\s\S]*line 3/],
    ['node', 'function f({ x }) {\n  if (x === 2) throw new RangeError("bad x");\n  return { y: x * 10 };\n}\n', /RangeError: bad x[\s\S]*solution\.js:2/],
  ] as const)('%s: the failing case is RUNTIME_ERROR, the others still run', async (runtime, source, message) => {
    const run = await runFunction(runtime, source, 'f', [
      { name: 'one', input: { x: 1 } },
      { name: 'two', input: { x: 2 } },
      { name: 'three', input: { x: 3 } },
    ]);
    expect(valueOf(run.results[0])).toEqual({ y: 10 });
    expect(run.results[1]).toMatchObject({ name: 'two', ok: false, error: { type: 'RUNTIME_ERROR' } });
    expect(!run.results[1].ok && run.results[1].error.message).toMatch(message);
    expect(valueOf(run.results[2])).toEqual({ y: 30 });
  });
});

describe('a large result', () => {
  // 150,000 floats, about 2.9 MB of JSON on one line: more than a pipe holds at once, so the
  // harness must wait for the judge to read (the Node harness once died with EAGAIN here).
  it.each([
    ['python', 'import numpy as np\ndef f(n):\n    return np.arange(n) / 7\n'],
    ['node', 'function f({ n }) { return Array.from({ length: n }, (_, i) => i / 7); }'],
  ] as const)('%s: arrives whole', async (runtime, source) => {
    const run = await runFunction(runtime, source, 'f', [{ name: 'big', input: { n: 150_000 } }, { name: 'small', input: { n: 3 } }]);
    const big = valueOf(run.results[0]) as number[];
    expect(big).toHaveLength(150_000);
    expect(big[149_999]).toBeCloseTo(149_999 / 7, 9);
    expect(valueOf(run.results[1])).toEqual([0, 1 / 7, 2 / 7]);
    expect(run.exit.code).toBe(0);
  });
});

describe('value conversion', () => {
  it('python: numpy arrays, torch tensors, numpy scalars, tuples and non-finite numbers; inputs arrive as ndarrays', async () => {
    const source = `
import numpy as np
import torch

def f(a, n, labels):
    return {
        "kinds": [type(a).__name__, str(a.dtype), type(n).__name__, str(labels.dtype)],
        "np": np.array([[1.5, np.nan], [np.inf, -np.inf]], dtype=np.float32),
        "torch": torch.arange(6, dtype=torch.float32).reshape(2, 3) / 2,
        "grad": (torch.ones(2, requires_grad=True) * 3),
        "scalar": np.float64(0.25),
        "int": np.int64(7),
        "tuple": (1, 2),
        "back": a.tolist(),
    }
`;
    const run = await runFunction('python', source, 'f', [{ name: 'c', input: { a: [[1, 'NaN'], [2, 'Infinity']], n: 3, labels: [0, 1, 2] } }], {
      timeMsPerTest: 10_000,
    });
    expect(valueOf(run.results[0])).toEqual({
      kinds: ['ndarray', 'float64', 'int', 'int64'],
      np: [[1.5, 'NaN'], ['Infinity', '-Infinity']],
      torch: [[0, 0.5, 1], [1.5, 2, 2.5]],
      grad: [3, 3],
      scalar: 0.25,
      int: 7,
      tuple: [1, 2],
      back: [[1, 'NaN'], [2, 'Infinity']],
    });
  });

  it('node: typed arrays, tfjs tensors (wasm backend), promises and non-finite numbers', async () => {
    const source = `
const tf = require('@tensorflow/tfjs');
module.exports.f = async function f({ a }) {
  const t = tf.tensor2d(a).mul(2);
  return {
    backend: tf.getBackend(),
    inputNaN: Number.isNaN(a[0][1]),
    typed: new Float32Array([0.5, NaN, Infinity]),
    ints: Int32Array.from([1, -2]),
    tensor: t,
    data: await t.data(),
    nested: [new Float64Array([1, 2]), new Float64Array([3, 4])],
  };
};
`;
    const run = await runFunction('node', source, 'f', [{ name: 'c', input: { a: [[1, 'NaN'], [3, 4]] } }], { timeMsPerTest: 10_000 });
    expect(valueOf(run.results[0])).toEqual({
      backend: 'wasm',
      inputNaN: true,
      typed: [0.5, 'NaN', 'Infinity'],
      ints: [1, -2],
      tensor: [[2, 'NaN'], [6, 8]],
      data: [2, 'NaN', 6, 8],
      nested: [[1, 2], [3, 4]],
    });
  });

  it('a return value that is not data is a RUNTIME_ERROR', async () => {
    const run = await runFunction('python', 'def f():\n    return {"fn": print}\n', 'f', [{ name: 'c', input: {} }]);
    expect(run.results[0]).toMatchObject({ ok: false, error: { type: 'RUNTIME_ERROR', message: expect.stringMatching(/invalid return value/) } });
  });
});

describe('training mode', () => {
  // Nearest class mean on 1-D points: class 0 around 0, class 1 around 10.
  const trainCase = { name: 'train', call: 'train' as const, input: { X: [[0], [1], [9], [11]], y: [0, 0, 1, 1] }, timeMs: 5000 };
  const predictCase = { name: 'predict', call: 'predict' as const, input: { X: [[-1], [4], [6], [20]] } };
  const trainAndPredict = (runtime: 'python' | 'node', source: string, train: SandboxCase) =>
    runInSandbox({
      docker,
      runtime,
      header: { mode: 'training', source, train: 'train', predict: 'predict', timeMsPerTest: 2000 },
      cases: [train, predictCase],
      limits: TEST_LIMITS,
    });

  it.each([
    [
      'python',
      `
import numpy as np
def train(X, y):
    return {c: X[y == c].mean(axis=0) for c in np.unique(y)}
def predict(model, X):
    classes = sorted(model)
    d = np.stack([np.abs(X - model[c]).sum(axis=1) for c in classes], axis=1)
    return np.array(classes)[d.argmin(axis=1)]
`,
    ],
    [
      'node',
      `
function train({ X, y }) {
  const sums = {};
  X.forEach((row, i) => { const s = (sums[y[i]] ??= { total: 0, n: 0 }); s.total += row[0]; s.n += 1; });
  return Object.entries(sums).map(([c, s]) => [Number(c), s.total / s.n]);
}
function predict(model, X) {
  return X.map(([x]) => model.reduce((best, [c, m]) => (Math.abs(x - m) < Math.abs(x - best[1]) ? [c, m] : best))[0]);
}
`,
    ],
  ] as const)('%s: train on (X, y), predict the held-out X', async (runtime, source) => {
    const run = await trainAndPredict(runtime, source, trainCase);
    // The model's parameters as the harness counts them: two class means (python: a dict of
    // 1-element arrays), or two [class, mean] pairs of numbers (node).
    expect(run.results[0]).toMatchObject({ name: 'train', ok: true, value: { parameterCount: runtime === 'python' ? 2 : 4 } });
    expect(valueOf(run.results[1])).toEqual([0, 0, 1, 1]);
  });

  it.each([
    [
      'python',
      `
import numpy as np
def train(X, y, teacher_logits):
    return {"w": np.asarray(teacher_logits).sum(axis=0)}
def predict(model, X):
    return [float(model["w"].sum())] * len(X)
`,
    ],
    [
      'node',
      `
function train({ X, y, teacher_logits }) {
  return { w: teacher_logits.map((row) => row.reduce((a, b) => a + b, 0)) };
}
function predict(model, X) {
  return X.map(() => model.w.reduce((a, b) => a + b, 0));
}
`,
    ],
  ] as const)('%s: a task\'s extra training inputs (teacher_logits) reach train()', async (runtime, source) => {
    const withTeacher = { ...trainCase, input: { ...trainCase.input, teacher_logits: [[1, 2], [3, 4], [5, 6], [7, 8]] } };
    const run = await trainAndPredict(runtime, source, withTeacher);
    expect(run.results[0]).toMatchObject({ name: 'train', ok: true, value: { parameterCount: runtime === 'python' ? 2 : 4 } });
    expect(valueOf(run.results[1])).toEqual([36, 36, 36, 36]);
  });

  it.each(['python', 'node'] as const)('%s: an MNIST-sized training set (3,000 × 784 floats, ~10 MB of JSON) streams through stdin', async (runtime) => {
    const n = 3000;
    const X = Array.from({ length: n }, (_, i) => Array.from({ length: 784 }, (_, j) => ((i * 31 + j * 7) % 100) / 100));
    const y = Array.from({ length: n }, (_, i) => i % 10);
    const source =
      runtime === 'python'
        ? 'import numpy as np\ndef train(X, y):\n    return [X.shape[0], X.shape[1], float(X.sum()), int(y.sum())]\ndef predict(m, X):\n    return [m] * len(X)\n'
        : 'function train({ X, y }) {\n  return [X.length, X[0].length, X.flat().reduce((a, b) => a + b, 0), y.reduce((a, b) => a + b, 0)];\n}\nfunction predict(m, X) {\n  return X.map(() => m);\n}\n';
    const run = await runInSandbox({
      docker,
      runtime,
      header: { mode: 'training', source, train: 'train', predict: 'predict', timeMsPerTest: 20_000 },
      cases: [
        { name: 'fit', call: 'train', input: { X, y } },
        { name: 'heldout', call: 'predict', input: { X: X.slice(0, 2) } },
      ],
      limits: { ...TEST_LIMITS, memoryBytes: 768 * 1024 * 1024 },
    });
    const total = X.flat().reduce((a, b) => a + b, 0);
    const [model] = valueOf(run.results[1]) as [number, number, number, number][];
    expect(model.slice(0, 2)).toEqual([n, 784]);
    expect(model[2]).toBeCloseTo(total, 6);
    expect(model[3]).toBe(y.reduce((a, b) => a + b, 0));
  });
});
