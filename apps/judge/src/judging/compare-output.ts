// Compares a candidate's returned object with the reference output, field by field, at the
// question's tolerance, and says what kind of mismatch it found first.
//
// Numbers agree when |got - expected| <= atol + rtol·|expected| ('exact' tolerance: equal).
// NaN matches NaN and infinities match by sign; the harness's strings "NaN", "Infinity",
// "-Infinity" count as those numbers, and booleans as 0/1. Arrays must have the same shape.
// Only the question's checked fields are compared; other returned fields are ignored. A checked
// field that the reference leaves out on a case (an optional output, as metrics.roc_auc's curve
// on multiclass input, which has none) is not compared there: absent, null or any value passes.
import type { Tolerance } from '@app/questions';

export type MismatchKind = 'missing-field' | 'not-an-object' | 'shape' | 'type' | 'non-finite' | 'value';

/** The first disagreement found. `got`/`expected` are kept for visible tests' messages only. */
export interface Mismatch {
  kind: MismatchKind;
  /** Where: `weights[1][0]`, or the field name. */
  path: string;
  got?: unknown;
  expected?: unknown;
  gotShape?: number[];
  expectedShape?: number[];
  tolerance?: Tolerance;
}

export interface OutputCheck {
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

export function numbersAgree(got: number, expected: number, tolerance: Tolerance): boolean {
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
        // A length difference deeper down is a shape difference of the whole field.
        return found.kind === 'shape' ? { ...found, path, gotShape: shapeOf(got), expectedShape: shapeOf(expected) } : found;
      }
    }
    return undefined;
  }
  if (expected !== null && typeof expected === 'object') {
    if (got === null || typeof got !== 'object' || Array.isArray(got)) {
      return { kind: 'type', path, got: describeType(got), expected: 'an object' };
    }
    for (const key of Object.keys(expected)) {
      const sub = `${path}.${key}`;
      if (!(key in got)) return { kind: 'missing-field', path: sub };
      const found = findMismatch((got as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], tolerance, sub);
      if (found) return found;
    }
    return undefined;
  }
  // Strings, booleans, null: exact.
  if (got === expected) return undefined;
  return { kind: 'value', path, got, expected, tolerance: 'exact' };
}

/** Compares the checked fields of a returned value with the reference output. */
export function compareOutput(got: unknown, expected: Record<string, unknown>, check: OutputCheck): Mismatch | undefined {
  if (got === null || typeof got !== 'object' || Array.isArray(got)) {
    return { kind: 'not-an-object', path: '', got: describeType(got) };
  }
  for (const field of check.checkedFields) {
    if (expected[field] === undefined) continue;
    if (!(field in got)) return { kind: 'missing-field', path: field };
    const tolerance = check.tolerance[field] ?? check.defaultTolerance;
    const found = findMismatch((got as Record<string, unknown>)[field], expected[field], tolerance, field);
    if (found) return found;
  }
  return undefined;
}

function describeType(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function formatNumber(value: unknown): string {
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}

function formatTolerance(tolerance: Tolerance | undefined): string {
  if (!tolerance || tolerance === 'exact') return 'an exact match is required';
  return `tolerance rtol ${tolerance.rtol}, atol ${tolerance.atol}`;
}

const shape = (s: number[] | undefined) => `[${(s ?? []).join(', ')}]`;

/**
 * The message of a failed test. Visible (sample) tests may show the expected value; hidden tests
 * say only the kind of mismatch and where, never an expected value or shape.
 */
export function describeMismatch(mismatch: Mismatch, visible: boolean): string {
  const where = mismatch.path || 'the returned value';
  switch (mismatch.kind) {
    case 'not-an-object':
      return `expected the function to return a dict/object of fields, got ${String(mismatch.got)}`;
    case 'missing-field':
      return `missing field "${mismatch.path}" in the returned object`;
    case 'type':
      return `${where}: got ${String(mismatch.got)}${visible ? `, expected ${String(mismatch.expected)}` : ' of the wrong type'}`;
    case 'shape':
      return visible
        ? `${where}: wrong shape: got ${shape(mismatch.gotShape)}, expected ${shape(mismatch.expectedShape)}`
        : `${where}: wrong shape: got ${shape(mismatch.gotShape)}`;
    case 'non-finite':
      if (visible) return `${where}: got ${formatNumber(mismatch.got)}, expected ${formatNumber(mismatch.expected)}`;
      return Number.isNaN(mismatch.got)
        ? `${where}: got NaN where the reference has a number`
        : `${where}: NaN or infinite value where it should not be (or missing where it should)`;
    case 'value':
      return visible
        ? `${where}: got ${formatNumber(mismatch.got)}, expected ${formatNumber(mismatch.expected)} (${formatTolerance(mismatch.tolerance)})`
        : `${where}: value beyond tolerance (${formatTolerance(mismatch.tolerance)})`;
  }
}
