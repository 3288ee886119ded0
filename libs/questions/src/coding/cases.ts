// Builds a question's test-case generator from three parts: fixed visible samples, fixed edge
// cases and a function that draws one random input of a given size. Each hidden case draws from
// its own stream (seed + case name), so cases never shift when another case changes.
import { Prng } from '../prng';
import type { CaseGenerator, GeneratedCases, TestCase } from '../types';

export type Size = 'small' | 'medium' | 'large';
export type Input = Record<string, unknown>;

export interface GeneratorParts {
  /** Visible inputs, the worked example first. */
  samples: Input[];
  /** Named fixed edge cases (omit where none apply). */
  edge?: Record<string, Input>;
  /** One random input of the given size. Large inputs stay small enough for a reference run
   * well under a second. */
  draw: (rng: Prng, size: Size) => Input;
  /** Sizes of the hidden cases, in order. */
  hiddenSizes?: Size[];
}

const DEFAULT_SIZES: Size[] = ['small', 'small', 'medium', 'medium', 'large'];

export function makeGenerator(parts: GeneratorParts): CaseGenerator {
  return (seed: number): GeneratedCases => {
    const samples: TestCase[] = parts.samples.map((input, i) => ({ name: `sample-${i + 1}`, input, weight: 1 }));
    const edge: TestCase[] = Object.entries(parts.edge ?? {}).map(([name, input]) => ({
      name: `edge-${name}`,
      input,
      weight: 1,
    }));
    const hidden: TestCase[] = (parts.hiddenSizes ?? DEFAULT_SIZES).map((size, i) => {
      const name = `hidden-${size}-${i + 1}`;
      return { name, input: parts.draw(new Prng(seed).fork(name), size), weight: size === 'large' ? 2 : 1 };
    });
    // deep copies: callers may mutate what they get without touching the fixed parts
    return JSON.parse(JSON.stringify({ samples, edge, hidden })) as GeneratedCases;
  };
}

/** A fixed-seed draw for a second visible sample (the same for every seed). */
export function fixedDraw(draw: GeneratorParts['draw'], size: Size = 'small', label = 'sample'): Input {
  return draw(new Prng(`fixed/${label}`), size);
}

/** Picks a value per size. */
export function bySize<T>(size: Size, small: T, medium: T, large: T): T {
  return size === 'small' ? small : size === 'medium' ? medium : large;
}
