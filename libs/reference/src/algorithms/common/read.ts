// Readers for the list-shaped inputs of group C (lists of tensors, steps of lists of tensors),
// built on the core validators so messages name the field and index, e.g. `grads[2][0]`.
import { describeValue, invalid, parseTensor, sizeOf, type NdArray, type TensorOptions, type Fields } from '../../core/validate';

/** A JSON array of tensors of any shapes: `params: [tensor]`. */
export function readTensorList(f: Fields, key: string, o: TensorOptions & { minLength?: number } = {}): NdArray[] {
  return f.list(key, (item, name) => parseTensor(item, name, o), { minLength: o.minLength });
}

/** Reads `value` (named `name`) as a list of tensors whose shapes equal `like`'s, one each. */
export function readTensorsLike(value: unknown, name: string, like: readonly NdArray[], o: TensorOptions = {}): NdArray[] {
  if (!Array.isArray(value)) invalid(`${name}: expected an array of ${like.length} tensors but got ${describeValue(value)}`);
  if (value.length !== like.length) invalid(`${name}: expected ${like.length} tensors (one per parameter) but got ${value.length}`);
  return value.map((item, j) => {
    const t = parseTensor(item, `${name}[${j}]`, o);
    requireSameShape(`${name}[${j}]`, t.shape, like[j].shape);
    return t;
  });
}

/** Throws unless `shape` equals `expected`. */
export function requireSameShape(name: string, shape: readonly number[], expected: readonly number[]): void {
  if (shape.length !== expected.length || shape.some((s, i) => s !== expected[i])) {
    invalid(`${name}: expected shape [${expected.join(', ')}] (the matching parameter's) but got [${shape.join(', ')}]`);
  }
}

/** Total number of elements in a list of tensors. */
export function totalSize(list: readonly NdArray[]): number {
  return list.reduce((n, t) => n + sizeOf(t.shape), 0);
}
