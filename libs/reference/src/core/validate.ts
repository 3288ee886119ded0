// Small validators shared by every algorithm group. Each throws InvalidInputError with a
// message that names the field (with its path, e.g. `attention.wq`) and what was expected.
//
// Typical use inside an algorithm's `validate`:
//
//   const f = fields(input, { required: ['q', 'k', 'v'], optional: ['mask', 'causal'] });
//   const dims = new Dims();
//   const q = f.tensor('q', { shape: ['...', 'tq', 'd'], dims });
//   const k = f.tensor('k', { shape: ['...', 'tk', 'd'], dims });
//   const causal = f.boolean('causal', false);
//
// `fields` rejects unknown and missing fields at once; the readers then check each value.
import { InvalidInputError } from './algorithm';
import { numberFromJson } from './json';

/** Largest number of elements allowed in one input tensor and in one output field. */
export const MAX_ELEMENTS = 4_000_000;

/** A decoded tensor: row-major values (float64, so integer ids and float data both fit). */
export interface NdArray {
  shape: number[];
  data: Float64Array;
}

/** Throws InvalidInputError(message). */
export function invalid(message: string): never {
  throw new InvalidInputError(message);
}

/** Short JSON-ish rendering of a value for error messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** Product of a shape's dims (1 for a scalar). */
export function sizeOf(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/** Throws when `count` elements exceed MAX_ELEMENTS; `what` names the input or output field.
 * Call it in `validate` with the size an output will have (e.g. attention weights). */
export function checkElementCount(what: string, count: number): void {
  if (count > MAX_ELEMENTS) {
    invalid(`${what}: ${count} elements exceed the limit of ${MAX_ELEMENTS} elements per tensor`);
  }
}

// ---------------------------------------------------------------------------------------------
// Numbers

export interface NumberOptions {
  /** Inclusive bounds. */
  min?: number;
  max?: number;
  /** Exclusive bounds. */
  above?: number;
  below?: number;
  /** Allow NaN and ±Infinity (given as numbers or as the contract's strings). Default false. */
  allowNonFinite?: boolean;
}

function rangeText(o: NumberOptions): string {
  const parts: string[] = [];
  if (o.min !== undefined) parts.push(`>= ${o.min}`);
  if (o.above !== undefined) parts.push(`> ${o.above}`);
  if (o.max !== undefined) parts.push(`<= ${o.max}`);
  if (o.below !== undefined) parts.push(`< ${o.below}`);
  return parts.join(' and ');
}

function checkRange(name: string, x: number, o: NumberOptions, kind: string): void {
  if (Number.isNaN(x)) return; // only reachable when allowNonFinite
  const bad =
    (o.min !== undefined && x < o.min) ||
    (o.max !== undefined && x > o.max) ||
    (o.above !== undefined && x <= o.above) ||
    (o.below !== undefined && x >= o.below);
  if (bad) invalid(`${name}: expected ${kind} ${rangeText(o)} but got ${describeValue(x)}`);
}

/** A number (or a non-finite string when allowed) within the given bounds. */
export function parseNumber(value: unknown, name: string, o: NumberOptions = {}): number {
  const x = numberFromJson(value);
  if (x === undefined) invalid(`${name}: expected a number but got ${describeValue(value)}`);
  if (!o.allowNonFinite && !Number.isFinite(x)) invalid(`${name}: expected a finite number but got ${describeValue(value)}`);
  checkRange(name, x, o, 'a number');
  return x;
}

/** An integer (a JSON number with no fraction) within the given bounds. */
export function parseInteger(value: unknown, name: string, o: Omit<NumberOptions, 'allowNonFinite'> = {}): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    invalid(`${name}: expected an integer but got ${describeValue(value)}`);
  }
  checkRange(name, value, o, 'an integer');
  return value;
}

// ---------------------------------------------------------------------------------------------
// Shapes

/** One entry of a shape pattern: a number is an exact size; a name (e.g. 'd') must be the same
 * in every field checked with the same `Dims`; '*' is any size; '...' (first entry only) is any
 * number of leading axes, including none. */
export type Dim = number | string;
export type ShapePattern = readonly Dim[];

/** Named dimensions bound while checking several fields, e.g. `d` shared by q and k. */
export class Dims {
  private readonly bound = new Map<string, number>();
  /** The size bound to `name`, or undefined. */
  get(name: string): number | undefined {
    return this.bound.get(name);
  }
  /** Binds `name` (throws if already bound to another size — use it for sizes read from
   * other fields, e.g. `dims.set('heads', numHeads)`). */
  set(name: string, size: number): void {
    const old = this.bound.get(name);
    if (old !== undefined && old !== size) throw new Error(`dimension ${name} already bound to ${old}`);
    this.bound.set(name, size);
  }
  has(name: string): boolean {
    return this.bound.has(name);
  }
}

function patternText(pattern: ShapePattern): string {
  return `[${pattern.join(', ')}]`;
}

/** Checks `shape` against `pattern`, binding new names in `dims`. Message example:
 * `q: expected shape [..., tq, d] with d=4 but got [2, 3, 5]`. */
export function matchShape(name: string, shape: readonly number[], pattern: ShapePattern, dims: Dims = new Dims()): void {
  const hasEllipsis = pattern[0] === '...';
  const fixed = hasEllipsis ? pattern.slice(1) : pattern;
  const known = [...new Set(fixed.filter((p): p is string => typeof p === 'string' && dims.has(p)))];
  const fail = (): never => {
    const withText = known.length ? ` with ${known.map((n) => `${n}=${dims.get(n)}`).join(', ')}` : '';
    return invalid(`${name}: expected shape ${patternText(pattern)}${withText} but got [${shape.join(', ')}]`);
  };
  if (hasEllipsis ? shape.length < fixed.length : shape.length !== fixed.length) fail();
  const offset = shape.length - fixed.length;
  const local = new Map<string, number>();
  fixed.forEach((p, i) => {
    const size = shape[offset + i];
    if (typeof p === 'number') {
      if (size !== p) fail();
    } else if (p !== '*') {
      const want = dims.get(p) ?? local.get(p);
      if (want !== undefined && want !== size) fail();
      local.set(p, size);
    }
  });
  for (const [n, size] of local) dims.set(n, size);
}

/** Leading axes matched by '...' in the last `matchShape` call: `shape.slice(0, shape.length - k)`. */
export function leadingAxes(shape: readonly number[], trailing: number): number[] {
  return shape.slice(0, shape.length - trailing);
}

// ---------------------------------------------------------------------------------------------
// Tensors

export interface TensorOptions extends NumberOptions {
  /** Shape pattern (see Dim); checked after the array is found to be regular. */
  shape?: ShapePattern;
  /** Dims shared with other fields' patterns. */
  dims?: Dims;
  /** Every element must be an integer. */
  integer?: boolean;
}

function inferShape(value: unknown): number[] {
  const shape: number[] = [];
  let cur = value;
  while (Array.isArray(cur)) {
    shape.push(cur.length);
    if (cur.length === 0) break;
    cur = cur[0];
  }
  return shape;
}

/** Index path (e.g. `[1][0]`) of the element at row-major position `flat`, first `depth` axes. */
function indexPath(shape: readonly number[], flat: number, depth: number): string {
  let rest = flat;
  const idx = new Array<number>(shape.length);
  for (let k = shape.length - 1; k >= 0; k--) {
    const size = shape[k] || 1;
    idx[k] = rest % size;
    rest = Math.floor(rest / size);
  }
  return idx
    .slice(0, depth)
    .map((i) => `[${i}]`)
    .join('');
}

/** A nested JSON array (or a single number, shape []) as an NdArray. Checks regularity, the
 * element limit, number/integer/finite/range of each element, then `o.shape`. Runs in one
 * pass with no per-element allocation (inputs reach millions of elements). */
export function parseTensor(value: unknown, name: string, o: TensorOptions = {}): NdArray {
  const shape = inferShape(value);
  const count = sizeOf(shape);
  checkElementCount(name, count);
  const data = new Float64Array(count);
  // Elements that are finite numbers need no further check unless bounds or integers are asked.
  const plain = !o.integer && !o.allowNonFinite && o.min === undefined && o.max === undefined && o.above === undefined && o.below === undefined;
  const readLeaf = (v: unknown, at: number): number => {
    const where = `${name}${indexPath(shape, at, shape.length)}`;
    return o.integer ? parseInteger(v, where, o) : parseNumber(v, where, o);
  };
  if (shape.length === 0) {
    data[0] = readLeaf(value, 0);
  } else {
    const last = shape.length - 1;
    let at = 0;
    const visit = (node: unknown, depth: number): void => {
      if (!Array.isArray(node)) {
        invalid(`${name}: ragged nested array: expected ${name}${indexPath(shape, at, depth)} to be an array of length ${shape[depth]} but got ${describeValue(node)}`);
      }
      if (node.length !== shape[depth]) {
        invalid(`${name}: ragged nested array: ${name}${indexPath(shape, at, depth)} has length ${node.length}, expected ${shape[depth]}`);
      }
      if (depth < last) {
        for (let i = 0; i < node.length; i++) visit(node[i], depth + 1);
        return;
      }
      for (let i = 0; i < node.length; i++) {
        const v = node[i];
        if (plain && typeof v === 'number' && v - v === 0) {
          data[at++] = v; // finite number: the common case
        } else if (Array.isArray(v)) {
          invalid(`${name}: ragged nested array: ${name}${indexPath(shape, at, shape.length)} is an array but its siblings are numbers`);
        } else {
          data[at] = readLeaf(v, at);
          at++;
        }
      }
    };
    visit(value, 0);
  }
  if (o.shape) matchShape(name, shape, o.shape, o.dims);
  return { shape, data };
}

// ---------------------------------------------------------------------------------------------
// Objects

export interface FieldSpec {
  required?: readonly string[];
  optional?: readonly string[];
}

/** Checks that `value` is an object with every required field (not null) and no field outside
 * required ∪ optional, and returns a reader for its fields. `path` prefixes field names in
 * messages (used for nested objects). An optional field given as null counts as absent. */
export function fields(value: unknown, spec: FieldSpec, path = ''): Fields {
  const label = path || 'input';
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    invalid(`${label}: expected a JSON object but got ${describeValue(value)}`);
  }
  const raw = value as Record<string, unknown>;
  const required = spec.required ?? [];
  const allowed = new Set([...required, ...(spec.optional ?? [])]);
  const unknown = Object.keys(raw).filter((k) => !allowed.has(k));
  if (unknown.length) {
    invalid(`${label}: unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')} (allowed: ${[...allowed].join(', ')})`);
  }
  const missing = required.filter((k) => raw[k] === undefined || raw[k] === null);
  if (missing.length) invalid(`${label}: missing required field${missing.length > 1 ? 's' : ''} ${missing.map((k) => `"${k}"`).join(', ')}`);
  return new Fields(raw, path);
}

/** Reads the fields of one checked object. A reader called with a default returns it when the
 * field is absent; without a default the field must be present. */
export class Fields {
  constructor(
    readonly raw: Record<string, unknown>,
    readonly path: string,
  ) {}

  /** Field name with its path, for messages: `attention.wq`. */
  name(key: string): string {
    return this.path ? `${this.path}.${key}` : key;
  }

  /** True when the field is present and not null. */
  has(key: string): boolean {
    return this.raw[key] !== undefined && this.raw[key] !== null;
  }

  /** The raw JSON value, or throws "missing" when absent. */
  get(key: string): unknown {
    if (!this.has(key)) invalid(`${this.name(key)}: missing required field`);
    return this.raw[key];
  }

  number(key: string, o: NumberOptions & { default?: number } = {}): number {
    if (!this.has(key) && o.default !== undefined) return o.default;
    return parseNumber(this.get(key), this.name(key), o);
  }

  integer(key: string, o: Omit<NumberOptions, 'allowNonFinite'> & { default?: number } = {}): number {
    if (!this.has(key) && o.default !== undefined) return o.default;
    return parseInteger(this.get(key), this.name(key), o);
  }

  boolean(key: string, fallback?: boolean): boolean {
    if (!this.has(key) && fallback !== undefined) return fallback;
    const v = this.get(key);
    if (typeof v !== 'boolean') invalid(`${this.name(key)}: expected true or false but got ${describeValue(v)}`);
    return v;
  }

  string(key: string, fallback?: string): string {
    if (!this.has(key) && fallback !== undefined) return fallback;
    const v = this.get(key);
    if (typeof v !== 'string') invalid(`${this.name(key)}: expected a string but got ${describeValue(v)}`);
    return v;
  }

  /** One of `allowed` (exact string match). */
  oneOf<T extends string>(key: string, allowed: readonly T[], fallback?: T): T {
    if (!this.has(key) && fallback !== undefined) return fallback;
    const v = this.get(key);
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
      invalid(`${this.name(key)}: expected one of ${allowed.map((a) => `"${a}"`).join(', ')} but got ${describeValue(v)}`);
    }
    return v as T;
  }

  /** A required tensor (see parseTensor). */
  tensor(key: string, o: TensorOptions = {}): NdArray {
    return parseTensor(this.get(key), this.name(key), o);
  }

  /** A tensor, or undefined when the field is absent. */
  optionalTensor(key: string, o: TensorOptions = {}): NdArray | undefined {
    return this.has(key) ? this.tensor(key, o) : undefined;
  }

  /** A nested object, checked with its own spec; its fields are named `key.field`. */
  object(key: string, spec: FieldSpec): Fields {
    return fields(this.get(key), spec, this.name(key));
  }

  /** A JSON array whose items are read by `read(item, itemName)` (itemName like `layers[2]`). */
  list<T>(key: string, read: (item: unknown, itemName: string) => T, o: { minLength?: number } = {}): T[] {
    const v = this.get(key);
    if (!Array.isArray(v)) invalid(`${this.name(key)}: expected an array but got ${describeValue(v)}`);
    if (o.minLength !== undefined && v.length < o.minLength) {
      invalid(`${this.name(key)}: expected at least ${o.minLength} item${o.minLength === 1 ? '' : 's'} but got ${v.length}`);
    }
    return v.map((item, i) => read(item, `${this.name(key)}[${i}]`));
  }
}
