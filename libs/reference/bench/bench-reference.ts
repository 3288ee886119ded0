// Benchmark: the reference implementations (tfjs, through runAlgorithm as the judge calls them:
// nested-array input, validation, compute, nested-array output) against the Python library
// the contract names (PyTorch CPU, scikit-learn), on the same seeded inputs, in the same run.
//
//   npx nx run reference:build && npm run -s bench:reference
//
// Both sides get one warm-up run, then the best of REPEATS timed runs (the minimum is the
// figure least disturbed by other processes on a shared machine); this is done in ROUNDS
// alternating rounds, reference then Python, and the best of all rounds is kept. PyTorch is
// limited to one thread, like tfjs-wasm (threads off), so the ratio compares implementations.
// Python also writes its outputs back, and the table shows the largest difference from ours.
//
// Beside the cases, `matmul` rows time one 2-D product of each case's main shape alone (tfjs
// `matMul` against torch `@`), with the GFLOP/s of each side: the backend's ceiling. A case
// whose ratio is that row's ratio is limited by the wasm GEMM, not by how it is written.
//
// The Python side needs torch: /usr/bin/python3 when it has it (BENCH_PYTHON to choose another),
// else the sandbox's python image (mljudge-python, built by the set-up; torch 1.13 CPU), run
// with no network on the benchmark's own folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { ensureBackend, registry, runAlgorithm, toNested } from '../src';
import { multiHeadAttention } from '../src/algorithms/attention/multi-head';
import { conv2dNchw } from '../src/algorithms/layers/conv2d';
import { lstmForward } from '../src/algorithms/layers/lstm';
import { mlp } from '../src/algorithms/nn/mlp-forward';

const REPEATS = Number(process.env.BENCH_REPEATS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** Only cases whose id contains this text (e.g. BENCH_ONLY=conv2d). */
const ONLY = process.env.BENCH_ONLY ?? '';
const PYTHON_IMAGE = process.env.BENCH_PYTHON_IMAGE ?? 'mljudge-python:latest';

/** torch.set_num_threads(1) does not reach a BLAS that torch was not built against (Debian's
 * torch calls the system libblas.so.3, OpenBLAS when installed), so its threads are set too. */
const ONE_THREAD = { OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1' };

/** The command that runs the Python side: a Python with torch, else the image's. */
function pythonCommand(dir: string): string[] {
  const chosen = process.env.BENCH_PYTHON ?? '/usr/bin/python3';
  if (process.env.BENCH_PYTHON || spawnSync(chosen, ['-c', 'import torch'], { stdio: 'ignore' }).status === 0) return [chosen];
  return ['docker', 'run', '--rm', '--network', 'none', '--user', '0', ...Object.entries(ONE_THREAD).flatMap(([k, v]) => ['-e', `${k}=${v}`]), '-v', `${dir}:${dir}`, PYTHON_IMAGE, 'python3'];
}

/** Deterministic normal draws (mulberry32 + Box-Muller) so every run benchmarks the same data. */
function normals(count: number, seed: number, scale = 1): Float32Array {
  let s = seed >>> 0;
  const uniform = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) out[i] = Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform()) * scale;
  return out;
}

interface Array32 {
  data: Float32Array;
  shape: number[];
}

function array(shape: number[], seed: number, scale = 1): Array32 {
  return { data: normals(shape.reduce((a, b) => a * b, 1), seed, scale), shape };
}

interface BenchCase {
  /** Contract id, also the key the Python script dispatches on. */
  id: string;
  label: string;
  arrays: Record<string, Array32>;
  /** Builds the algorithm's JSON input from the arrays (as nested arrays); absent for the
   * backend rows (`matmul`), which time compute only. */
  input?: (nested: Record<string, unknown>) => Record<string, unknown>;
  /** Floating-point operations of the compute, for GFLOP/s (the matmul rows). */
  flops?: number;
  /** The tfjs computation alone, tensors in and tensors out (the counterpart of the Python
   * call, whose result also stays in its tensor); undefined where only the full path is timed.
   * wasm and tfjs-node kernels run synchronously, so the time covers the arithmetic. */
  compute?: (t: Record<string, tf.Tensor>) => tf.Tensor[];
  /** Output field compared with Python's first output. */
  outputField: string;
  /** Python's library, for the table. */
  library: string;
}

function cases(): BenchCase[] {
  const d = 256;
  const s = 1 / Math.sqrt(d);
  const mha: BenchCase = {
    id: 'attention.multi_head',
    label: 'attention.multi_head b=8 t=128 d=256 h=8',
    library: 'torch.nn.MultiheadAttention',
    arrays: {
      query: array([8, 128, d], 1),
      key: array([8, 128, d], 2),
      value: array([8, 128, d], 3),
      ...Object.fromEntries(['wq', 'wk', 'wv', 'wo'].map((k, i) => [k, array([d, d], 10 + i, s)])),
      ...Object.fromEntries(['bq', 'bk', 'bv', 'bo'].map((k, i) => [k, array([d], 20 + i, 0.1)])),
    },
    input: (n) => ({ ...n, num_heads: 8 }),
    compute: (t) => {
      const nd = (k: string) => ({ shape: t[k].shape, data: Float64Array.from(t[k].dataSync()) });
      const p = { wq: nd('wq'), bq: nd('bq'), wk: nd('wk'), bk: nd('bk'), wv: nd('wv'), bv: nd('bv'), wo: nd('wo'), bo: nd('bo') };
      const r = multiHeadAttention(t.query, t.key, t.value, p, 8, undefined, false);
      return [r.output, r.weights];
    },
    outputField: 'output',
  };
  const conv: BenchCase = {
    id: 'layers.conv2d',
    label: 'layers.conv2d n=32 3->32 32x32 k=3',
    library: 'torch.nn.functional.conv2d',
    arrays: { x: array([32, 3, 32, 32], 4), weight: array([32, 3, 3, 3], 5, 0.2), bias: array([32], 6, 0.1) },
    input: (n) => ({ ...n, padding: 1 }),
    compute: (t) => [conv2dNchw(t.x, t.weight, t.bias, [1, 1], [1, 1])],
    outputField: 'y',
  };
  const sizes = [784, 256, 128, 10];
  const mlpArrays: Record<string, Array32> = { x: array([4096, 784], 7) };
  sizes.slice(1).forEach((out, i) => {
    mlpArrays[`w${i}`] = array([sizes[i], out], 30 + i, 1 / Math.sqrt(sizes[i]));
    mlpArrays[`b${i}`] = array([out], 40 + i, 0.1);
  });
  const mlpCase: BenchCase = {
    id: 'nn.mlp_forward',
    label: 'nn.mlp_forward n=4096 784-256-128-10',
    library: 'torch (x@W+b, relu)',
    arrays: mlpArrays,
    input: (n) => ({
      x: n.x,
      layers: [0, 1, 2].map((i) => ({ w: n[`w${i}`], b: n[`b${i}`], activation: i < 2 ? 'relu' : 'none' })),
    }),
    compute: (t) => [mlp(t.x, [0, 1, 2].map((i) => ({ w: t[`w${i}`], b: t[`b${i}`], activation: i < 2 ? 'relu' : 'none' })))],
    outputField: 'y',
  };
  const h = 128;
  const lstm: BenchCase = {
    id: 'layers.lstm',
    label: 'layers.lstm b=32 t=50 64->128',
    library: 'torch.nn.LSTM',
    arrays: {
      x: array([32, 50, 64], 8),
      w_ih: array([4 * h, 64], 50, 1 / Math.sqrt(h)),
      w_hh: array([4 * h, h], 51, 1 / Math.sqrt(h)),
      b_ih: array([4 * h], 52, 0.1),
      b_hh: array([4 * h], 53, 0.1),
    },
    input: (n) => n,
    compute: (t) => {
      const r = lstmForward(t.x, t.w_ih, t.w_hh, t.b_ih, t.b_hh);
      return [r.output, r.h_n, r.c_n];
    },
    outputField: 'output',
  };
  const n = 1_000_000;
  const scores = array([n], 9);
  const labels = new Float32Array(n).map((_, i) => (scores.data[i] + normals(1, 1000 + i)[0] > 0 ? 1 : 0));
  const roc: BenchCase = {
    id: 'metrics.roc_auc',
    label: 'metrics.roc_auc n=10^6',
    library: 'sklearn roc_auc_score + roc_curve',
    arrays: { y_true: { data: labels, shape: [n] }, y_score: scores },
    input: (nested) => nested,
    outputField: 'auc',
  };
  // Each case's main product alone: mlp's first layer, the attention projections ([b·t][d]·[d][d]),
  // the LSTM's per-step recurrent product ([b][h]·[h][4h]).
  const matmuls = (
    [
      ['mlp layer 1', 4096, 784, 256],
      ['attention projection', 1024, 256, 256],
      ['lstm step', 32, 128, 512],
    ] as const
  ).map(
    ([what, m, k, n], i): BenchCase => ({
      id: 'matmul',
      label: `matmul ${m}x${k} · ${k}x${n} (${what})`,
      library: 'torch a @ b',
      arrays: { a: array([m, k], 60 + i), b: array([k, n], 70 + i, 1 / Math.sqrt(k)) },
      compute: (t) => [tf.matMul(t.a as tf.Tensor2D, t.b as tf.Tensor2D)],
      flops: 2 * m * k * n,
      outputField: 'y',
    }),
  );
  return [mha, conv, mlpCase, lstm, roc, ...matmuls];
}

// The Python side: reads the same arrays, runs the library call, reports seconds and writes
// the main output so the two results can be compared.
const PYTHON_SCRIPT = String.raw`
import json, sys, time
import numpy as np
import torch
torch.set_num_threads(1)
torch.set_grad_enabled(False)
spec = json.load(open(sys.argv[1]))
d = spec["dir"]
A = {k: torch.from_numpy(np.fromfile(f"{d}/{k}.f32", dtype=np.float32).reshape(v)) for k, v in spec["shapes"].items()}
cid = spec["id"]
if cid == "attention.multi_head":
    dm = A["wq"].shape[0]
    m = torch.nn.MultiheadAttention(dm, 8, batch_first=True)
    m.in_proj_weight.copy_(torch.cat([A["wq"].T, A["wk"].T, A["wv"].T]))
    m.in_proj_bias.copy_(torch.cat([A["bq"], A["bk"], A["bv"]]))
    m.out_proj.weight.copy_(A["wo"].T); m.out_proj.bias.copy_(A["bo"])
    f = lambda: m(A["query"], A["key"], A["value"], need_weights=True, average_attn_weights=False)
elif cid == "layers.conv2d":
    f = lambda: torch.nn.functional.conv2d(A["x"], A["weight"], A["bias"], padding=1)
elif cid == "nn.mlp_forward":
    def f():
        h = torch.relu(A["x"] @ A["w0"] + A["b0"])
        h = torch.relu(h @ A["w1"] + A["b1"])
        return h @ A["w2"] + A["b2"]
elif cid == "layers.lstm":
    hid = A["w_hh"].shape[1]
    m = torch.nn.LSTM(A["x"].shape[2], hid, batch_first=True)
    m.weight_ih_l0.copy_(A["w_ih"]); m.weight_hh_l0.copy_(A["w_hh"])
    m.bias_ih_l0.copy_(A["b_ih"]); m.bias_hh_l0.copy_(A["b_hh"])
    def f():
        out, (hn, cn) = m(A["x"])
        return out, hn[0], cn[0]
elif cid == "matmul":
    f = lambda: A["a"] @ A["b"]
elif cid == "metrics.roc_auc":
    from sklearn.metrics import roc_auc_score, roc_curve
    yt, ys = A["y_true"].numpy().astype(np.int64), A["y_score"].numpy().astype(np.float64)
    def f():
        roc_curve(yt, ys)
        return torch.tensor([roc_auc_score(yt, ys)])
def timed(fn):
    fn()
    times = []
    for _ in range(spec["repeats"]):
        t = time.perf_counter(); fn(); times.append(time.perf_counter() - t)
    return min(times)

# End to end, as the judge sees data: nested lists in, the library call, nested lists out.
lists = {k: v.tolist() for k, v in A.items()}
def end_to_end():
    for k in A:
        A[k] = torch.tensor(lists[k], dtype=torch.float32)
    out = f()
    return [o.tolist() for o in out] if isinstance(out, tuple) else out.tolist()

compute = timed(f)
e2e = timed(end_to_end) if spec["endToEnd"] else None
first = f()
first = first[0] if isinstance(first, tuple) else first
np.asarray(first, dtype=np.float64).tofile(f"{d}/py_out.f64")
print(json.dumps({"compute": compute, "e2e": e2e}))
`;

function flatten(value: unknown, out: number[] = []): number[] {
  if (Array.isArray(value)) for (const v of value) flatten(v, out);
  else out.push(Number(value));
  return out;
}

interface Row {
  label: string;
  library: string;
  refComputeMs?: number;
  refE2eMs?: number;
  pyComputeMs: number;
  pyE2eMs?: number;
  maxDiff: number;
  flops?: number;
}

/** Best (minimum) milliseconds of REPEATS runs after one warm-up. */
async function timeIt(fn: () => unknown): Promise<number> {
  await fn();
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < REPEATS; i++) {
    const t = process.hrtime.bigint();
    await fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e6);
  }
  return best;
}

/** Element-wise minimum of several rounds' rows. */
function bestOf(rows: Row[]): Row {
  const min = (pick: (r: Row) => number | undefined) => {
    const values = rows.map(pick).filter((v): v is number => v !== undefined);
    return values.length ? Math.min(...values) : undefined;
  };
  return { ...rows[0], refComputeMs: min((r) => r.refComputeMs), refE2eMs: min((r) => r.refE2eMs), pyComputeMs: min((r) => r.pyComputeMs)!, pyE2eMs: min((r) => r.pyE2eMs) };
}

/** A Python library the chosen Python lacks (the sandbox image has torch and numpy only). */
class MissingLibrary extends Error {}

async function benchOne(c: BenchCase, dir: string): Promise<Row> {
  let output: Record<string, unknown> = {};
  let refE2eMs: number | undefined;
  if (c.input) {
    const nested = Object.fromEntries(Object.entries(c.arrays).map(([k, a]) => [k, toNested(a.data, a.shape)]));
    const input = c.input(nested);
    refE2eMs = await timeIt(async () => {
      const result = await runAlgorithm(c.id, input);
      if ('error' in result) throw new Error(`${c.id}: ${result.error.message}`);
      output = result.output;
    });
  }
  let refComputeMs: number | undefined;
  if (c.compute) {
    const compute = c.compute;
    const tensors = Object.fromEntries(Object.entries(c.arrays).map(([k, a]) => [k, tf.tensor(a.data, a.shape)]));
    refComputeMs = await timeIt(() => tf.dispose(tf.tidy(() => compute(tensors))));
    if (!c.input) output = { [c.outputField]: tf.tidy(() => compute(tensors)[0].arraySync()) };
    tf.dispose(Object.values(tensors));
  }

  for (const [k, a] of Object.entries(c.arrays)) writeFileSync(join(dir, `${k}.f32`), Buffer.from(a.data.buffer, a.data.byteOffset, a.data.byteLength));
  const shapes = Object.fromEntries(Object.entries(c.arrays).map(([k, a]) => [k, a.shape]));
  writeFileSync(join(dir, 'spec.json'), JSON.stringify({ id: c.id, dir, shapes, repeats: REPEATS, endToEnd: c.input !== undefined }));
  writeFileSync(join(dir, 'bench.py'), PYTHON_SCRIPT);
  const [command, ...args] = pythonCommand(dir);
  const py = spawnSync(command, [...args, join(dir, 'bench.py'), join(dir, 'spec.json')], { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, ...ONE_THREAD } });
  const missing = /ModuleNotFoundError: No module named '([^']+)'/.exec(py.stderr ?? '');
  if (py.status !== 0 && missing) throw new MissingLibrary(`${missing[1]} is not installed in ${command === 'docker' ? PYTHON_IMAGE : command}`);
  if (py.status !== 0) throw new Error(`python failed for ${c.id}: ${py.stderr}`);
  const pyTimes = JSON.parse(py.stdout.trim().split('\n').pop()!) as { compute: number; e2e: number | null };
  const raw = readFileSync(join(dir, 'py_out.f64')); // may be a view into Node's shared pool
  const pyOut = new Float64Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
  const ours = flatten(output[c.outputField]);
  let maxDiff = ours.length === pyOut.length ? 0 : Number.NaN;
  for (let i = 0; i < ours.length && !Number.isNaN(maxDiff); i++) maxDiff = Math.max(maxDiff, Math.abs(ours[i] - pyOut[i]));
  const pyE2eMs = pyTimes.e2e === null ? undefined : pyTimes.e2e * 1000;
  return { label: c.label, library: c.library, refComputeMs, refE2eMs, pyComputeMs: pyTimes.compute * 1000, pyE2eMs, maxDiff, flops: c.flops };
}

async function main(): Promise<void> {
  const backend = await ensureBackend();
  const dir = mkdtempSync(join(tmpdir(), 'bench-reference-'));
  const rows: Row[] = [];
  const skipped: string[] = [];
  try {
    for (const c of cases().filter((bc) => bc.id.includes(ONLY))) {
      if (c.input && !registry.has(c.id)) {
        process.stderr.write(`skipping ${c.id}: not registered\n`);
        continue;
      }
      process.stderr.write(`running ${c.label} ...\n`);
      const rounds: Row[] = [];
      try {
        for (let r = 0; r < ROUNDS; r++) rounds.push(await benchOne(c, dir));
      } catch (err) {
        if (!(err instanceof MissingLibrary)) throw err;
        skipped.push(`${c.label}: ${err.message}`);
        continue;
      }
      rows.push(bestOf(rounds));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const lines = [
    `reference backend: ${backend}; PyTorch threads: 1 (${pythonCommand(dir)[0] === 'docker' ? `image ${PYTHON_IMAGE}` : pythonCommand(dir)[0]}); best of ${ROUNDS} rounds x ${REPEATS} runs, each after a warm-up; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`,
    '',
    'compute: tensors in, tensors out (tfjs vs the Python library call; no read-back).',
    'end to end: nested arrays in, validation (reference), the computation, nested arrays out.',
    'matmul rows: one 2-D product alone, GFLOP/s as ref / PyTorch: the backend GEMM against PyTorch\'s.',
    '',
    '| case | Python library | ref compute (ms) | Python compute (ms) | ratio | ref end to end (ms) | Python end to end (ms) | ratio | max abs diff |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => {
      const ms = (v: number | undefined) => (v === undefined ? '–' : v.toFixed(1));
      const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? '–' : `${(a / b).toFixed(2)}x`);
      const gflops = (v: number | undefined) => (v === undefined || !r.flops ? '' : (r.flops / v / 1e6).toFixed(1));
      const rate = r.flops ? ` (${gflops(r.refComputeMs)} / ${gflops(r.pyComputeMs)} GFLOP/s)` : '';
      return `| ${r.label} | ${r.library} | ${ms(r.refComputeMs)} | ${ms(r.pyComputeMs)} | ${ratio(r.refComputeMs, r.pyComputeMs)}${rate} | ${ms(r.refE2eMs)} | ${ms(r.pyE2eMs)} | ${ratio(r.refE2eMs, r.pyE2eMs)} | ${r.maxDiff.toExponential(1)} |`;
    }),
  ];
  for (const line of skipped) lines.push(`skipped ${line}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench-reference: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
