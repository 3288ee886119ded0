'use strict';
// The worker thread that holds the candidate's code (started by harness.js).
// Messages in:  {kind: 'load', config: {sourceFile, mode, names, usesTfjs}}  then  {kind: 'case', line: '<raw case JSON>', call: 'entry'|'train'|'predict'}
// Messages out: {ok: true} after loading, or {ok: false, error};
//               per case {ok: true, value, timeMs, cpuMs} or {ok: false, error: {type, message}, timeMs, cpuMs}
const fs = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');
const vm = require('node:vm');
const { parentPort } = require('node:worker_threads');

// Set by the 'load' message (the thread is started before the header arrives).
let sourceFile = '';
let mode = 'function';
let names = [];
const NON_FINITE = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity };

// The candidate's prints go straight (synchronously) to stderr. A worker's stdio is otherwise
// forwarded asynchronously through the main thread, so a flood of output would pile up there
// and vanish when the worker ends, instead of meeting the runner's output cap.
function writeAllSync(fd, data) {
  let offset = 0;
  while (offset < data.length) {
    try {
      offset += fs.writeSync(fd, data, offset);
    } catch (error) {
      if (error.code !== 'EAGAIN') throw error;
    }
  }
}
for (const stream of [process.stdout, process.stderr]) {
  stream.write = function write(chunk, encoding, callback) {
    if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined];
    writeAllSync(2, typeof chunk === 'string' ? Buffer.from(chunk, encoding || 'utf8') : Buffer.from(chunk));
    if (typeof callback === 'function') process.nextTick(callback);
    return true;
  };
}

let functions = null; // {entry} or {train, predict}
let model;

// ---- values ------------------------------------------------------------------------------------

// "NaN"/"Infinity"/"-Infinity" strings become numbers. A walk after a plain JSON.parse: a
// reviver is far slower on training sets of millions of numbers.
function decodeNonFinite(value) {
  if (typeof value === 'string') return Object.hasOwn(NON_FINITE, value) ? NON_FINITE[value] : value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      if (typeof v === 'object' || typeof v === 'string') value[i] = decodeNonFinite(v);
    }
    return value;
  }
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) value[key] = decodeNonFinite(value[key]);
  }
  return value;
}

function decodeInput(line) {
  return decodeNonFinite(JSON.parse(line).input ?? {});
}

function jsonNumber(x) {
  if (Number.isFinite(x)) return x;
  if (Number.isNaN(x)) return 'NaN';
  return x > 0 ? 'Infinity' : '-Infinity';
}

const isTensor = (v) => typeof v.arraySync === 'function' && Array.isArray(v.shape) && typeof v.dtype === 'string';

// Candidate output -> JSON-ready value: nested arrays, typed arrays and tfjs tensors become
// nested arrays; anything that is not data is an error.
function toJsonValue(value, depth = 0) {
  if (depth > 64) throw new TypeError('return value is nested too deeply');
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'number':
      return jsonNumber(value);
    case 'bigint':
      return Number(value);
    case 'boolean':
    case 'string':
      return value;
    case 'object':
      break;
    default:
      throw new TypeError(`cannot turn a ${typeof value} into JSON`);
  }
  if (Array.isArray(value)) return value.map((v) => toJsonValue(v, depth + 1));
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return Array.from(value, (x) => toJsonValue(x, depth + 1));
  if (isTensor(value)) return toJsonValue(value.arraySync(), depth + 1);
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw new TypeError(`cannot turn a ${value.constructor?.name ?? 'object'} into JSON`);
  const out = {};
  for (const [k, v] of Object.entries(value)) out[k] = toJsonValue(v, depth + 1);
  return out;
}

function errorMessage(error) {
  if (error instanceof Error) {
    // Keep the candidate's frames (solution.js) and drop the harness's.
    const frames = String(error.stack || '')
      .split('\n')
      .slice(1)
      .filter((l) => l.includes(sourceFile))
      .slice(0, 5)
      .map((l) => l.replace(path.dirname(sourceFile) + '/', ''));
    return [`${error.name}: ${error.message}`, ...frames].join('\n').slice(0, 4000);
  }
  return `thrown value: ${String(error)}`.slice(0, 4000);
}

function classify(error) {
  if (error instanceof RangeError && /allocation failed|Array buffer allocation|Invalid typed array length|Invalid array length/i.test(error.message)) {
    return { type: 'MEMORY_LIMIT_EXCEEDED', message: errorMessage(error) };
  }
  return { type: 'RUNTIME_ERROR', message: errorMessage(error) };
}

// ---- loading -----------------------------------------------------------------------------------

async function load(config) {
  ({ sourceFile, mode, names } = config);
  if (config.usesTfjs) {
    // Resolved as the candidate's file resolves it, so its require('@tensorflow/tfjs') gets this
    // same (cached) instance, already on the wasm backend; the pure-JS cpu backend is far too slow for real work.
    const candidateRequire = createRequire(sourceFile);
    const tf = candidateRequire('@tensorflow/tfjs');
    candidateRequire('@tensorflow/tfjs-backend-wasm');
    await tf.setBackend('wasm');
    await tf.ready();
  }
  const source = fs.readFileSync(sourceFile, 'utf8');
  // The file runs as a CommonJS module. Its top-level function declarations count too (a
  // candidate may just write `function scaled_dot_product(...) {}`): after the source, the
  // wrapper returns them by name. The source alone has already been syntax-checked.
  const lookups = names.map((n) => `${JSON.stringify(n)}: typeof ${n} === 'undefined' ? undefined : ${n}`).join(', ');
  const wrapped = `${source}\n;return { ${lookups} };`;
  const moduleFn = vm.compileFunction(wrapped, ['exports', 'require', 'module', '__filename', '__dirname'], { filename: sourceFile });
  const module = { exports: {} };
  const declared = moduleFn.call(module.exports, module.exports, createRequire(sourceFile), module, sourceFile, path.dirname(sourceFile)) || {};
  const exported = module.exports;
  const found = {};
  for (const name of names) {
    let fn = declared[name];
    if (typeof fn !== 'function' && exported) fn = exported[name];
    if (typeof fn !== 'function' && typeof exported === 'function' && names.length === 1) fn = exported;
    if (typeof fn !== 'function') return { ok: false, error: { type: 'ENTRY_NOT_FOUND', message: `the file defines no function named ${name}` } };
    found[name] = fn;
  }
  functions = found;
  return { ok: true };
}

// ---- running a case ----------------------------------------------------------------------------

async function runCase(line, call) {
  const input = decodeInput(line);
  let invoke;
  if (mode === 'training') {
    const [trainName, predictName] = names;
    // train({ X, y, ...extras }): a task's extra inputs (e.g. teacher_logits) come along.
    invoke = call === 'train' ? () => functions[trainName](input) : () => functions[predictName](model, input.X);
  } else {
    invoke = () => functions[names[0]](input);
  }
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const finish = (result) => {
    const cpu = process.cpuUsage(cpuBefore);
    return { ...result, timeMs: Math.round((performance.now() - started) * 1000) / 1000, cpuMs: (cpu.user + cpu.system) / 1000 };
  };
  let value;
  try {
    value = invoke();
    if (value && typeof value.then === 'function') value = await value;
  } catch (error) {
    return finish({ ok: false, error: classify(error) });
  }
  if (mode === 'training' && call === 'train') {
    model = value;
    return finish({ ok: true, value: { parameterCount: safeCount(model) } });
  }
  try {
    return finish({ ok: true, value: toJsonValue(value) });
  } catch (error) {
    return finish({ ok: false, error: { type: 'RUNTIME_ERROR', message: `invalid return value: ${error.message}` } });
  }
}

// ---- counting a trained model's parameters (tasks with a parameter budget) ---------------------

/**
 * Parameters of what train() returned: tfjs models (countParams), tensors, typed arrays, arrays
 * of numbers, and objects or arrays holding them. null when nothing countable is found.
 */
function countParameters(model, depth = 0, seen = new Set()) {
  if (model === null || typeof model !== 'object' || depth > 6 || seen.has(model) || seen.size > 100000) return null;
  seen.add(model);
  if (typeof model.countParams === 'function') return model.countParams();
  if (typeof model.size === 'number' && typeof model.dataSync === 'function') return model.size; // a tf.Tensor
  if (ArrayBuffer.isView(model)) return model.length;
  const parts = Array.isArray(model) ? model : Object.values(model);
  if (parts.length > 0 && parts.every((p) => typeof p === 'number')) return parts.length;
  let total = null;
  for (const part of parts) {
    const count = countParameters(part, depth + 1, seen);
    if (count !== null) total = (total ?? 0) + count;
  }
  return total;
}

function safeCount(model) {
  try {
    return countParameters(model);
  } catch {
    return null; // a model object that breaks when looked at is simply not counted
  }
}

parentPort.on('message', async (message) => {
  let reply;
  try {
    reply = message.kind === 'load' ? await load(message.config) : await runCase(message.line, message.call);
  } catch (error) {
    reply = message.kind === 'load' ? { ok: false, error: { type: 'LOAD_ERROR', message: errorMessage(error) } } : { ok: false, error: classify(error) };
  }
  parentPort.postMessage(reply);
});
