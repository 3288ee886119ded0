// Agreement between an output and an expected value, as the contract defines it:
// |a-b| <= atol + rtol*|b| elementwise (defaults 1e-5 and 1e-4). Numbers that are integers on
// both sides must be equal (ids, counts, labels: a tolerance would hide an off-by-one on large
// values). NaN matches NaN, infinities match by sign; the strings "NaN", "Infinity",
// "-Infinity" count as those numbers. Other strings, booleans and null compare exactly.
import { numberFromJson } from './json';

export interface Tolerance {
  rtol?: number;
  atol?: number;
}

export const DEFAULT_RTOL = 1e-4;
export const DEFAULT_ATOL = 1e-5;

/** Numbers agree: same non-finite value, equal integers, or within tolerance. */
export function numbersAgree(actual: number, expected: number, tol: Tolerance = {}): boolean {
  if (Number.isNaN(expected) || Number.isNaN(actual)) return Number.isNaN(expected) && Number.isNaN(actual);
  if (!Number.isFinite(expected) || !Number.isFinite(actual)) return actual === expected;
  if (Number.isInteger(expected) && Number.isInteger(actual)) return actual === expected;
  return Math.abs(actual - expected) <= (tol.atol ?? DEFAULT_ATOL) + (tol.rtol ?? DEFAULT_RTOL) * Math.abs(expected);
}

function asNumber(v: unknown): number | undefined {
  return typeof v === 'number' || typeof v === 'string' ? numberFromJson(v) : undefined;
}

function asArray(v: unknown): unknown[] | undefined {
  if (Array.isArray(v)) return v;
  if (ArrayBuffer.isView(v) && !(v instanceof DataView)) return Array.from(v as unknown as ArrayLike<number>);
  return undefined;
}

/** Lists disagreements (at most `limit`), each as `path: actual vs expected`; empty = agree. */
export function compareOutputs(actual: unknown, expected: unknown, tol: Tolerance = {}, limit = 10): string[] {
  const problems: string[] = [];
  const walk = (a: unknown, e: unknown, path: string): void => {
    if (problems.length >= limit) return;
    const en = asNumber(e);
    if (en !== undefined && (typeof e === 'number' || typeof a === 'number')) {
      const an = asNumber(a);
      if (an === undefined || !numbersAgree(an, en, tol)) problems.push(`${path}: got ${String(a)}, expected ${String(e)}`);
      return;
    }
    const ea = asArray(e);
    if (ea) {
      const aa = asArray(a);
      if (!aa) return void problems.push(`${path}: got ${typeof a}, expected an array`);
      if (aa.length !== ea.length) return void problems.push(`${path}: got length ${aa.length}, expected ${ea.length}`);
      ea.forEach((ev, i) => walk(aa[i], ev, `${path}[${i}]`));
      return;
    }
    if (e !== null && typeof e === 'object') {
      if (a === null || typeof a !== 'object' || Array.isArray(a)) return void problems.push(`${path}: got ${typeof a}, expected an object`);
      const ao = a as Record<string, unknown>;
      const eo = e as Record<string, unknown>;
      for (const k of Object.keys(ao)) if (!(k in eo)) problems.push(`${path}.${k}: unexpected field`);
      for (const k of Object.keys(eo)) {
        if (!(k in ao)) problems.push(`${path}.${k}: missing`);
        else walk(ao[k], eo[k], `${path}.${k}`);
      }
      return;
    }
    if (a !== e) problems.push(`${path}: got ${JSON.stringify(a)}, expected ${JSON.stringify(e)}`);
  };
  walk(actual, expected, '$');
  return problems.slice(0, limit);
}
