'use strict';
// Judge harness for JavaScript submissions; runs inside the sandbox container as its main process.
//
// Protocol (JSON lines; the runner in apps/judge/src/sandbox writes stdin and reads stdout), the
// same as the Python harness's (docker/runtimes/python/harness.py):
//   stdin   header {"source", "entry", "mode": "function"|"training", "train", "predict",
//                   "timeMsPerTest", "wallFactor", "timeMsLoad"}
//           then one case per line {"name", "input": {...}, "timeMs"?, "call"?: "train"|"predict"}
//           then end of input or {"end": true}
//   stdout  first {"ready": true} once the harness waits for its header, then
//           {"compileError": {"type": "COMPILE_ERROR"|"LOAD_ERROR"|"ENTRY_NOT_FOUND", "message", "line"?, "column"?}}
//           or per case {"name", "ok": true, "value", "timeMs"} / {"name", "ok": false, "error": {"type", "message"}, "timeMs"}
//           and last {"summary": {"maxRssBytes"}}
//
// Function mode calls entry(input) with one plain object (nested arrays); training mode calls
// train({X, y}) -> model and predict(model, X). Results may be promises.
//
// The candidate's code runs in a worker thread (candidate-worker.js), never in this thread: when
// a case runs past its wall-clock budget (timeMs * wallFactor) the worker is terminated, which
// stops even a tight synchronous loop, and a fresh worker is started for the next case. A case
// that finishes but used more CPU time than timeMs (all threads) is over the limit as well. The
// worker's stdout is piped to stderr, so console.log cannot corrupt the protocol; results are
// written to fd 1 by this thread only. The container's limits stay the real boundary.
const fs = require('node:fs');
const path = require('node:path');
const readline = require('node:readline');
const vm = require('node:vm');
const { Worker } = require('node:worker_threads');

const SOURCE_FILE = path.join(process.cwd(), 'solution.js');
const WORKER_FILE = path.join(__dirname, 'candidate-worker.js');
const MODULE_PARAMS = ['exports', 'require', 'module', '__filename', '__dirname'];
// The worker's JavaScript heap stays below the container's memory limit (set by the runner), so
// running out of heap is reported for the case instead of the kernel killing everything.
const MEMORY_BYTES = Number(process.env.SANDBOX_MEMORY_BYTES || 0);
const HEAP_MB = MEMORY_BYTES > 0 ? Math.max(64, Math.floor((MEMORY_BYTES * 0.75) / 2 ** 20)) : undefined;

// stdout is a non-blocking pipe: a large line fills it and writeSync answers EAGAIN until the
// judge has read some. Wait a moment and go on, rather than dying mid-line.
const pause = new Int32Array(new SharedArrayBuffer(4));
function writeLine(obj) {
  const data = Buffer.from(JSON.stringify(obj) + '\n');
  let offset = 0;
  while (offset < data.length) {
    try {
      offset += fs.writeSync(1, data, offset);
    } catch (error) {
      if (error.code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, 2);
    }
  }
}

// Line and column of a SyntaxError from V8's stack, whose first lines are
// "<file>:<line>", the source line, and a caret line under the offending token.
function syntaxErrorDetails(error) {
  const lines = String(error.stack || '').split('\n');
  const where = /:(\d+)$/.exec(lines[0] || '');
  const line = where ? Number(where[1]) : undefined;
  const caret = (lines[2] || '').indexOf('^');
  const column = caret >= 0 ? caret + 1 : undefined;
  let message = `${error.name}: ${error.message}`;
  if (line !== undefined) message += ` (line ${line}${column !== undefined ? `, column ${column}` : ''})`;
  if (lines[1] !== undefined && caret >= 0) message += `\n    ${lines[1]}\n    ${lines[2]}`;
  return { message, line, column };
}

function compileCheck(source) {
  try {
    vm.compileFunction(source, MODULE_PARAMS, { filename: SOURCE_FILE });
    return null;
  } catch (error) {
    if (error && error.name === 'SyntaxError') return { type: 'COMPILE_ERROR', ...syntaxErrorDetails(error) };
    return { type: 'COMPILE_ERROR', message: String(error && error.message) };
  }
}

// One worker running the candidate's file; resolves messages one request at a time.
class CandidateWorker {
  constructor() {
    this.worker = new Worker(WORKER_FILE, {
      stdout: true,
      stderr: true,
      resourceLimits: HEAP_MB ? { maxOldGenerationSizeMb: HEAP_MB } : undefined,
    });
    this.worker.stdout.pipe(process.stderr);
    this.worker.stderr.pipe(process.stderr);
    this.pending = null;
    this.dead = null;
    this.worker.on('message', (message) => this.settle({ message }));
    this.worker.on('error', (error) => {
      this.dead = error;
      this.settle({ error });
    });
    this.worker.on('exit', (code) => {
      this.dead = this.dead || new Error(`the code ended the thread (exit code ${code})`);
      this.settle({ error: this.dead });
    });
  }

  settle(outcome) {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    clearTimeout(pending.timer);
    pending.resolve(outcome);
  }

  // Sends a request; resolves {message} | {error} | {timedOut: true} after wallMs.
  request(payload, wallMs) {
    if (this.dead) return Promise.resolve({ error: this.dead });
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending = null;
        resolve({ timedOut: true });
      }, wallMs);
      this.pending = { resolve, timer };
      this.worker.postMessage(payload);
    });
  }

  async terminate() {
    this.dead = this.dead || new Error('terminated');
    await this.worker.terminate();
  }
}

// Kills every other process in the sandbox (kill(-1) spares only this process and PID 1, the
// init): whatever a case started in the background must not run on into the next case.
function killStrays() {
  // Only inside a sandbox: not root, and started directly by the container's init. Run by hand
  // on a host, kill(-1) would hit every process of the user (all processes, as root).
  if (process.getuid() === 0 || process.ppid !== 1) return;
  // A few rounds: a process killed in the middle of fork() can still leave a new child behind.
  // (Dead children of this process stay zombies until libuv reaps them, so kill(-1) keeps
  // succeeding; the rounds are therefore bounded rather than run until ESRCH.)
  for (let round = 0; round < 3; round++) {
    try {
      process.kill(-1, 'SIGKILL');
    } catch {
      return; // ESRCH: nothing left
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
  }
}

function failure(type, message) {
  return { type, message: String(message).slice(0, 4000) };
}

function errorFromWorker(error) {
  if (error && error.code === 'ERR_WORKER_OUT_OF_MEMORY') return failure('MEMORY_LIMIT_EXCEEDED', 'JavaScript heap out of memory');
  return failure('RUNTIME_ERROR', error && error.message ? error.message : error);
}

async function main() {
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity })[Symbol.asyncIterator]();
  // The first worker thread starts while the header is still on its way (a warm container has
  // it ready); it loads the candidate's file once told which.
  let spare = new CandidateWorker();
  // Ready for the header: the runner hands a warm container out only after this line.
  writeLine({ ready: true });
  const first = await lines.next();
  if (first.done) return;
  const header = JSON.parse(first.value);
  const timeMsPerTest = Number(header.timeMsPerTest || 2000);
  const wallFactor = Number(header.wallFactor || 3);
  const timeMsLoad = Number(header.timeMsLoad || Math.max(timeMsPerTest, 10000));

  const loadConfig = {
    sourceFile: SOURCE_FILE,
    mode: header.mode || 'function',
    names: header.mode === 'training' ? [header.train, header.predict] : [header.entry],
    usesTfjs: /@tensorflow\/tfjs/.test(header.source || ''),
  };
  fs.writeFileSync(SOURCE_FILE, header.source || '');
  const syntaxError = compileCheck(header.source || '');
  if (syntaxError) {
    writeLine({ compileError: syntaxError });
    return;
  }

  // Starts a worker and loads the candidate's file in it; returns the worker or null after
  // reporting why it could not load.
  async function startWorker() {
    const worker = spare && !spare.dead ? spare : new CandidateWorker();
    spare = null;
    const loaded = await worker.request({ kind: 'load', config: loadConfig }, timeMsLoad * wallFactor);
    if (loaded.message && loaded.message.ok) return { worker };
    await worker.terminate();
    if (loaded.timedOut) return { error: failure('LOAD_ERROR', `loading the file took longer than ${timeMsLoad * wallFactor} ms`) };
    if (loaded.message) return { error: loaded.message.error };
    return { error: { ...errorFromWorker(loaded.error), type: 'LOAD_ERROR' } };
  }

  let current = await startWorker();
  if (current.error) {
    writeLine({ compileError: current.error });
    return;
  }
  let trained = false;

  for (;;) {
    const next = await lines.next();
    if (next.done) break;
    const line = next.value;
    if (!line.trim()) continue;
    // Only the small fields are used here; the worker parses the input itself. (A plain
    // JSON.parse: a reviver would be called for each of millions of numbers in training data.)
    const { input: _input, ...meta } = JSON.parse(line);
    if (meta.end) break;
    const timeMs = Number(meta.timeMs || timeMsPerTest);
    const call = meta.call || (header.mode === 'training' ? 'predict' : 'entry');

    if (!current.worker) {
      current = await startWorker();
      if (current.error) {
        writeLine({ name: meta.name, ok: false, error: current.error, timeMs: 0 });
        continue;
      }
    }
    if (header.mode === 'training' && call === 'predict' && !trained) {
      writeLine({ name: meta.name, ok: false, error: failure('RUNTIME_ERROR', 'predict called before a successful train'), timeMs: 0 });
      continue;
    }

    const started = performance.now();
    const outcome = await current.worker.request({ kind: 'case', line, call }, timeMs * wallFactor);
    const elapsed = Math.round((performance.now() - started) * 1000) / 1000;

    let result;
    if (outcome.timedOut || (outcome.message && outcome.message.cpuMs > timeMs)) {
      const timeUsed = outcome.message ? outcome.message.timeMs : elapsed;
      result = { name: meta.name, ok: false, error: failure('TIME_LIMIT_EXCEEDED', `time limit of ${timeMs} ms exceeded`), timeMs: timeUsed };
    } else if (outcome.message) {
      const { cpuMs: _cpuMs, ...reported } = outcome.message;
      result = { name: meta.name, ...reported };
    } else {
      result = { name: meta.name, ok: false, error: errorFromWorker(outcome.error), timeMs: elapsed };
    }
    killStrays();
    if (header.mode === 'training' && call === 'train') trained = result.ok;
    if (!result.ok && current.worker.dead !== null) current = {};
    if (outcome.timedOut) {
      await current.worker?.terminate();
      current = {};
      trained = false;
    }
    writeLine(result);
  }
  if (current.worker) await current.worker.terminate();
  writeLine({ summary: { maxRssBytes: process.resourceUsage().maxRSS * 1024 } });
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`harness failure: ${error && error.stack}\n`);
    process.exit(70);
  },
);
