// Compares a candidate's returned object with the reference output, field by field, at the
// question's tolerance, and words the first mismatch for the candidate. The comparison itself
// (exact fields, atol + rtol·|expected|, NaN and infinities, fields the reference leaves out on
// a case) is libs/reference's core/compare.ts, the same one the golden fixtures are held to;
// what a message may show (never a hidden test's expected value) is decided here.
import { compareFields, findMismatch, numbersAgree, shapeOf, type FieldChecks, type Mismatch, type MismatchKind, type Tolerance } from '@app/reference';

export { findMismatch, numbersAgree, shapeOf, type Mismatch, type MismatchKind };

/** The checked fields of a question and their tolerances (a `CodingQuestion` is one). */
export type OutputCheck = FieldChecks;

/** Compares the checked fields of a returned value with the reference output. */
export const compareOutput = compareFields;

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
