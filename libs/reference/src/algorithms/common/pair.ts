// Reads a size given as an int or as [h, w] (PyTorch's convention for stride, padding, kernel).
import { describeValue, invalid, parseInteger, type Fields } from '../../core/validate';

export function readPair(f: Fields, key: string, min: number, fallback?: [number, number]): [number, number] {
  if (!f.has(key) && fallback) return fallback;
  const v = f.get(key);
  const name = f.name(key);
  if (typeof v === 'number') {
    const n = parseInteger(v, name, { min });
    return [n, n];
  }
  if (Array.isArray(v) && v.length === 2) {
    return [parseInteger(v[0], `${name}[0]`, { min }), parseInteger(v[1], `${name}[1]`, { min })];
  }
  return invalid(`${name}: expected an integer or [h, w] but got ${describeValue(v)}`);
}
