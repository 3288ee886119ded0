// Small helpers shared by the family modules.
import type { Prng, Tensor } from '../prng';
import type { Bilingual } from '../types';
import { bySize, type Input, type Size } from './cases';
import { WORKED_EXAMPLES } from '../bank/worked-examples';

/** A bilingual text: Chinese first, then English. */
export const bi = (zh: string, en: string): Bilingual => ({ zh, en });

/** The worked example's input (a deep copy), used as the first visible sample. */
export function example(algorithmId: string): Input {
  const found = WORKED_EXAMPLES[algorithmId];
  if (!found) throw new Error(`no worked example for ${algorithmId}; run scripts/worked_examples.py`);
  return JSON.parse(JSON.stringify(found.input)) as Input;
}

/** A tensor of zeros. */
export function zeros(shape: number[]): Tensor {
  return shape.length === 0 ? 0 : Array.from({ length: shape[0] }, () => zeros(shape.slice(1)));
}

/** Parameter shapes for the optimiser-style questions: a matrix and a bias, sometimes rank 1 only. */
export function drawShapes(rng: Prng, size: Size): number[][] {
  return bySize(size, [[3]], [[4, 3], [3]], [[32, 16], [16]]).map((s) => (rng.bool(0.2) ? s.slice(0, 1) : s));
}
