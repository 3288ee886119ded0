// The one comparison of an output with an expected output. The judge uses it (a candidate's
// fields against the reference's) and so do the golden-fixture tests (the reference against
// the oracle), so both agree on what "equal" means:
//
// - A field declared exact (an algorithm's `exactOutputs`, a question's 'exact' tolerance) must
//   be equal element by element; every other number agrees when
//   |got - expected| <= atol + rtol·|expected| (the contract's defaults: 1e-5 and 1e-4).
//   Integers get no special treatment: a field of ids or counts is exact because it is declared
//   so, not because its values happen to be whole numbers.
// - NaN equals NaN; ±Infinity must match exactly (sign included), at any tolerance.
// - The strings "NaN", "Infinity", "-Infinity" count as those numbers (the contract's JSON) and
//   booleans as 0/1 where a number is expected; strings, booleans and null elsewhere compare
//   exactly. Arrays must have the same shape.
//
// What a mismatch says to a candidate (and what it must hide) is the judge's business: this
// module returns the mismatch as data, plus a plain formatter for tests and tools.

/** 'exact', or the tolerance |got - expected| <= atol + rtol·|expected|. */
export type Tolerance = 'exact' | { rtol: number; atol: number };

export const DEFAULT_RTOL = 1e-4;
export const DEFAULT_ATOL = 1e-5;
export const CONTRACT_TOLERANCE: Tolerance = { rtol: DEFAULT_RTOL, atol: DEFAULT_ATOL };

export type MismatchKind = 'missing-field' | 'not-an-object' | 'shape' | 'type' | 'non-finite' | 'value';

/** The first disagreement found in one field. */
export interface Mismatch {
  kind: MismatchKind;
  /** Where: `weights[1][0]`, `result[2].score`, or the field name. */
  path: string;
  got?: unknown;
  expected?: unknown;
  gotShape?: number[];
  expectedShape?: number[];
  tolerance?: Tolerance;
}

/** Which fields of an output are compared, and how. */
export interface FieldChecks {
  checkedFields: readonly string[];
  tolerance: Readonly<Record<string, Tolerance>>;
  defaultTolerance: Tolerance;
}

const NON_FINITE: Readonly<Record<string, number>> = { NaN: Number.NaN, Infinity: Infinity, '-Infinity': -Infinity };

/** A number from a JSON value (number, non-finite string, boolean), or undefined. */
function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' && Object.prototype.hasOwnProperty.call(NON_FINITE, value)) return NON_FINITE[value];
  return undefined;
}

function toArray(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return Array.from(value as unknown as ArrayLike<number>);
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !toArray(value);
}

/** Shape of a (nested) array, following first elements: [] for a scalar. */
export function shapeOf(value: unknown): number[] {
  const shape: number[] = [];
  let current = toArray(value);
  while (current) {
    shape.push(current.length);
    current = current.length > 0 ? toArray(current[0]) : undefined;
  }
  return shape;
}

/** Numbers agree: both NaN, the same infinity, equal ('exact') or within the tolerance. */
export function numbersAgree(got: number, expected: number, tolerance: Tolerance = CONTRACT_TOLERANCE): boolean {
  if (Number.isNaN(got) || Number.isNaN(expected)) return Number.isNaN(got) && Number.isNaN(expected);
  if (!Number.isFinite(got) || !Number.isFinite(expected)) return got === expected;
  if (tolerance === 'exact') return got === expected;
  return Math.abs(got - expected) <= tolerance.atol + tolerance.rtol * Math.abs(expected);
}

/** The first mismatch between one field's value and the expected one, or undefined. */
export function findMismatch(got: unknown, expected: unknown, tolerance: Tolerance, path: string): Mismatch | undefined {
  const expectedNumber = toNumber(expected);
  if (expectedNumber !== undefined && typeof expected !== 'boolean') {
    const gotNumber = toNumber(got);
    if (gotNumber === undefined) {
      return toArray(got)
        ? { kind: 'shape', path, gotShape: shapeOf(got), expectedShape: [] }
        : { kind: 'type', path, got: describeType(got), expected: 'a number' };
    }
    if (numbersAgree(gotNumber, expectedNumber, tolerance)) return undefined;
    const kind = Number.isFinite(gotNumber) && Number.isFinite(expectedNumber) ? 'value' : 'non-finite';
    return { kind, path, got: gotNumber, expected: expectedNumber, tolerance };
  }
  const expectedArray = toArray(expected);
  if (expectedArray) {
    const gotArray = toArray(got);
    if (!gotArray) {
      return toNumber(got) !== undefined
        ? { kind: 'shape', path, gotShape: [], expectedShape: shapeOf(expected) }
        : { kind: 'type', path, got: describeType(got), expected: 'an array' };
    }
    if (gotArray.length !== expectedArray.length) {
      return { kind: 'shape', path, gotShape: shapeOf(got), expectedShape: shapeOf(expected) };
    }
    for (let i = 0; i < expectedArray.length; i++) {
      const found = findMismatch(gotArray[i], expectedArray[i], tolerance, `${path}[${i}]`);
      if (found) {
        // A length difference deeper down is a shape difference of the whole array.
        return found.kind === 'shape' ? { ...found, path, gotShape: shapeOf(got), expectedShape: shapeOf(expected) } : found;
      }
    }
    return undefined;
  }
  if (expected !== null && typeof expected === 'object') {
    if (!isPlainObject(got)) return { kind: 'type', path, got: describeType(got), expected: 'an object' };
    for (const key of Object.keys(expected)) {
      const sub = `${path}.${key}`;
      if (!(key in got)) return { kind: 'missing-field', path: sub };
      const found = findMismatch(got[key], (expected as Record<string, unknown>)[key], tolerance, sub);
      if (found) return found;
    }
    return undefined;
  }
  // Strings, booleans, null: exact.
  if (got === expected) return undefined;
  return { kind: 'value', path, got, expected, tolerance: 'exact' };
}

/**
 * Compares the checked fields of a returned value with the expected output. Fields that are not
 * checked are ignored on both sides, and a checked field the expected output leaves out on this
 * case (an optional output, as metrics.roc_auc's curve on multiclass input) is not compared.
 */
export function compareFields(got: unknown, expected: Record<string, unknown>, check: FieldChecks): Mismatch | undefined {
  if (!isPlainObject(got)) return { kind: 'not-an-object', path: '', got: describeType(got) };
  for (const field of check.checkedFields) {
    if (expected[field] === undefined) continue;
    if (!(field in got)) return { kind: 'missing-field', path: field };
    const tolerance = check.tolerance[field] ?? check.defaultTolerance;
    const found = findMismatch(got[field], expected[field], tolerance, field);
    if (found) return found;
  }
  return undefined;
}

export function describeType(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

const show = (value: unknown) => (typeof value === 'number' ? String(value) : JSON.stringify(value));
const dims = (shape: number[] | undefined) => `[${(shape ?? []).join(', ')}]`;

/** A mismatch as one line that shows both values (for tests and tools, not for candidates). */
export function formatMismatch(m: Mismatch): string {
  switch (m.kind) {
    case 'missing-field':
      return `${m.path}: missing`;
    case 'not-an-object':
      return `${m.path || '$'}: got ${String(m.got)}, expected an object`;
    case 'type':
      return `${m.path}: got ${String(m.got)}, expected ${String(m.expected)}`;
    case 'shape':
      return `${m.path}: got shape ${dims(m.gotShape)}, expected ${dims(m.expectedShape)}`;
    case 'non-finite':
    case 'value':
      return `${m.path}: got ${show(m.got)}, expected ${show(m.expected)}`;
  }
}

/** Options of `compareOutputs`: a tolerance (the contract's by default) and the exact fields. */
export interface CompareOptions {
  rtol?: number;
  atol?: number;
  /** Top-level fields compared exactly (an algorithm's `exactOutputs`), or true for all. */
  exact?: readonly string[] | boolean;
}

/** Fields of `got` that `expected` does not have, anywhere inside (`$.a.b: unexpected field`). */
function unexpectedFields(got: unknown, expected: unknown, path: string, out: string[]): void {
  const gotArray = toArray(got);
  const expectedArray = toArray(expected);
  if (gotArray && expectedArray) {
    gotArray.forEach((g, i) => unexpectedFields(g, expectedArray[i], `${path}[${i}]`, out));
    return;
  }
  if (!isPlainObject(got) || !isPlainObject(expected)) return;
  for (const key of Object.keys(got)) {
    if (!(key in expected)) out.push(`${path}.${key}: unexpected field`);
    else unexpectedFields(got[key], expected[key], `${path}.${key}`, out);
  }
}

/**
 * Strict agreement of a whole output with an expected one (the golden fixtures): every expected
 * field must be present and no other field may be. Returns up to `limit` problems, one per
 * field at most, each as `$.path: got ..., expected ...`; empty when they agree.
 */
export function compareOutputs(actual: unknown, expected: unknown, options: CompareOptions = {}, limit = 10): string[] {
  const tolerance: Tolerance = { rtol: options.rtol ?? DEFAULT_RTOL, atol: options.atol ?? DEFAULT_ATOL };
  const toleranceOf = (field: string): Tolerance =>
    options.exact === true || (Array.isArray(options.exact) && options.exact.includes(field)) ? 'exact' : tolerance;
  const problems: string[] = [];
  unexpectedFields(actual, expected, '$', problems);
  if (isPlainObject(expected) && isPlainObject(actual)) {
    for (const [field, value] of Object.entries(expected)) {
      const found = findMismatch(actual[field], value, toleranceOf(field), `$.${field}`);
      if (!(field in actual)) problems.push(`$.${field}: missing`);
      else if (found) problems.push(formatMismatch(found));
    }
  } else {
    const found = findMismatch(actual, expected, options.exact === true ? 'exact' : tolerance, '$');
    if (found) problems.push(formatMismatch(found));
  }
  return problems.slice(0, limit);
}
