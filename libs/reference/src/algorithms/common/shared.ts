// Small helpers shared by several group-B algorithms (the generic validators live in core).
import { matchShape, MAX_ELEMENTS, type Fields, type TensorOptions } from '../../core';

/** Python's round() and C's nearbyint(): to the nearest integer, exact halves to the even one. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x); // halves go up here
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** Orders strings by Unicode code points, as Python's `sorted` does (JavaScript's default
 * compares UTF-16 code units, which puts U+E000..U+FFFF after astral characters). */
export function compareCodePoints(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
    const cx = x.value.codePointAt(0)!;
    const cy = y.value.codePointAt(0)!;
    if (cx !== cy) return cx - cy;
  }
}

/** Copies `rows` of a row-major [rows][cols] array into plain nested arrays. */
export function rowsOf(data: ArrayLike<number>, rows: number, cols: number): number[][] {
  const out: number[][] = new Array(rows);
  for (let i = 0; i < rows; i++) out[i] = Array.from({ length: cols }, (_, j) => data[i * cols + j]);
  return out;
}

/** A 1-D numeric field read fast: plain finite JSON numbers go straight into a Float64Array
 * (the generic parseTensor is too slow for the million-sample metrics). Anything else, e.g. a
 * "NaN" string, a nested array or a fraction where integers are required, goes through
 * `f.tensor` so that the error message is the usual one. */
export function readVector(f: Fields, key: string, o: TensorOptions = {}): Float64Array {
  const raw = f.get(key);
  if (Array.isArray(raw) && raw.length <= MAX_ELEMENTS) {
    const out = new Float64Array(raw.length);
    let ok = true;
    for (let i = 0; i < raw.length && ok; i++) {
      const v = raw[i];
      ok = typeof v === 'number' && Number.isFinite(v) && (!o.integer || Number.isInteger(v));
      out[i] = v;
    }
    if (ok && o.min === undefined && o.max === undefined && o.above === undefined && o.below === undefined) {
      if (o.shape) matchShape(f.name(key), [raw.length], o.shape, o.dims);
      return out;
    }
  }
  return f.tensor(key, { ...o, shape: o.shape ?? ['*'] }).data;
}
