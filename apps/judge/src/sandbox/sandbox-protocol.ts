// The JSON-lines protocol between the judge and the harness inside a sandbox container
// (docker/runtimes/python/harness.py and docker/runtimes/node/harness.js implement the other side).
//
// stdin:  one header line, then one line per case, then {"end": true}.
// stdout: {"ready": true} once the harness waits for its header; then {"compileError": {...}} and
//         nothing else, or one result line per case, then {"summary": {...}}.

import type { SandboxRuntime } from '@app/definitions';

/** Which runtime image runs the candidate's file (one per language of @app/definitions). */
export type { SandboxRuntime };

/** First stdin line when the candidate must provide one function, called once per case. */
export interface FunctionModeHeader {
  mode: 'function';
  /** The candidate's whole file. */
  source: string;
  /** Name of the function to call: Python gets the input's fields as keyword arguments (numeric arrays as numpy.ndarray), JavaScript one plain object. */
  entry: string;
  /** CPU-time limit of one case (ms). A case may override it with its own `timeMs`. */
  timeMsPerTest: number;
  /** A case is also stopped after timeMs × wallFactor of wall-clock time (sleeps, blocking calls). Default 3. */
  wallFactor?: number;
  /** Time allowed to load the file (ms; default max(timeMsPerTest, 10 000)); importing torch takes ~2 s. */
  timeMsLoad?: number;
  /** Python only: dtype of float arrays handed to the candidate. Default 'float64'. */
  floatDtype?: 'float32' | 'float64';
  /**
   * Python only: the parameters passed as numpy arrays (a company question's NDARRAY ones); every
   * other value is passed as plain JSON. Absent: every numeric list becomes an array (the bank).
   */
  arrays?: string[];
}

/** First stdin line for training tasks: `train(X, y)` (JS `train({X, y})`) then `predict(model, X)`. */
export interface TrainingModeHeader extends Omit<FunctionModeHeader, 'mode' | 'entry'> {
  mode: 'training';
  train: string;
  predict: string;
}

export type HarnessHeader = FunctionModeHeader | TrainingModeHeader;

/**
 * One test case. In training mode `call` says which function it runs: `train` gets input {X, y},
 * `predict` gets input {X} (the held-out labels never enter the sandbox) and its value is the
 * predictions. Non-finite numbers may be written as the strings "NaN", "Infinity", "-Infinity".
 */
export interface SandboxCase {
  name: string;
  input: Record<string, unknown>;
  /** Overrides the header's timeMsPerTest for this case (e.g. a longer budget for `train`). */
  timeMs?: number;
  call?: 'train' | 'predict';
}

export type CompileErrorType = 'COMPILE_ERROR' | 'LOAD_ERROR' | 'ENTRY_NOT_FOUND';

/** The file did not parse (with line/column), raised while loading, or lacks the asked function. */
export interface CompileError {
  type: CompileErrorType;
  message: string;
  line?: number;
  column?: number;
}

export type CaseErrorType =
  | 'RUNTIME_ERROR'
  | 'TIME_LIMIT_EXCEEDED'
  | 'MEMORY_LIMIT_EXCEEDED'
  | 'OUTPUT_LIMIT_EXCEEDED'
  /** The file did not compile or load, so no case ran. */
  | 'COMPILE_ERROR'
  /** An earlier case ended the sandbox (crash, limit), so this one never ran. */
  | 'NOT_RUN';

/**
 * The outcome of one case. `value` is JSON: arrays, tensors and typed arrays are nested arrays,
 * non-finite numbers are the strings "NaN", "Infinity", "-Infinity". A `train` case's value is null.
 */
export type CaseResult =
  | { name: string; ok: true; value: unknown; timeMs: number }
  | { name: string; ok: false; error: { type: CaseErrorType; message: string }; timeMs: number };

/**
 * Where the harness says a run's time went (ms): loading the file, decoding inputs, the
 * candidate's calls, encoding results, and all of it from the header read to the summary.
 */
export interface HarnessPhases {
  loadMs: number;
  decodeMs: number;
  callMs: number;
  encodeMs: number;
  totalMs: number;
}
const PHASE_KEYS = ['loadMs', 'decodeMs', 'callMs', 'encodeMs', 'totalMs'] as const;

/** What one stdout line of the harness can be. */
export type HarnessLine =
  | { kind: 'result'; result: CaseResult }
  | { kind: 'compileError'; error: CompileError }
  | { kind: 'summary'; maxRssBytes?: number; phases?: HarnessPhases }
  | { kind: 'ready' }
  | { kind: 'garbage'; text: string };

const CASE_ERROR_TYPES = new Set<string>(['RUNTIME_ERROR', 'TIME_LIMIT_EXCEEDED', 'MEMORY_LIMIT_EXCEEDED']);
const COMPILE_ERROR_TYPES = new Set<string>(['COMPILE_ERROR', 'LOAD_ERROR', 'ENTRY_NOT_FOUND']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Parses one stdout line, checking its shape: the harness runs in the same process as the
 * candidate's code, so a line may be forged or malformed and must not be trusted blindly.
 */
export function parseHarnessLine(text: string): HarnessLine {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { kind: 'garbage', text };
  }
  if (!isObject(parsed)) return { kind: 'garbage', text };
  if (isObject(parsed.compileError)) {
    const e = parsed.compileError;
    const type = String(e.type);
    return {
      kind: 'compileError',
      error: {
        type: (COMPILE_ERROR_TYPES.has(type) ? type : 'COMPILE_ERROR') as CompileErrorType,
        message: String(e.message ?? ''),
        ...(typeof e.line === 'number' ? { line: e.line } : {}),
        ...(typeof e.column === 'number' ? { column: e.column } : {}),
      },
    };
  }
  if (parsed.ready === true && Object.keys(parsed).length === 1) return { kind: 'ready' };
  if (isObject(parsed.summary)) {
    const rss = parsed.summary.maxRssBytes;
    const phases = parsed.summary.phases;
    // Figures only (the line may be forged): kept when every one is a finite, non-negative number.
    const validPhases = isObject(phases) && PHASE_KEYS.every((k) => typeof phases[k] === 'number' && Number.isFinite(phases[k]) && (phases[k] as number) >= 0);
    return {
      kind: 'summary',
      ...(typeof rss === 'number' && rss > 0 ? { maxRssBytes: rss } : {}),
      ...(validPhases ? { phases: Object.fromEntries(PHASE_KEYS.map((k) => [k, phases[k] as number])) as unknown as HarnessPhases } : {}),
    };
  }
  if (typeof parsed.name === 'string' && typeof parsed.ok === 'boolean') {
    const timeMs = typeof parsed.timeMs === 'number' && parsed.timeMs >= 0 ? parsed.timeMs : 0;
    if (parsed.ok) return { kind: 'result', result: { name: parsed.name, ok: true, value: parsed.value ?? null, timeMs } };
    const e = isObject(parsed.error) ? parsed.error : {};
    const type = String(e.type);
    return {
      kind: 'result',
      result: {
        name: parsed.name,
        ok: false,
        error: { type: (CASE_ERROR_TYPES.has(type) ? type : 'RUNTIME_ERROR') as CaseErrorType, message: String(e.message ?? '') },
        timeMs,
      },
    };
  }
  return { kind: 'garbage', text };
}

/** The stdin the runner sends: header, cases, end marker, one JSON document per line. */
export function* encodeHarnessInput(header: HarnessHeader, cases: readonly SandboxCase[]): Generator<string> {
  yield JSON.stringify(header) + '\n';
  for (const c of cases) yield JSON.stringify(c) + '\n';
  yield '{"end":true}\n';
}
