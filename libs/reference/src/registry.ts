// The registry: contract id -> algorithm. Each family of ids lives in its own folder.
import type { Algorithm } from './core/algorithm';
import { algorithms } from './algorithms';

/** Every algorithm, family by family (ids must be unique: test/fixtures.spec.ts checks it). */
export const allAlgorithms: readonly Algorithm[] = algorithms;

export const registry: ReadonlyMap<string, Algorithm> = new Map(allAlgorithms.map((a) => [a.id, a]));

export function getAlgorithm(id: string): Algorithm | undefined {
  return registry.get(id);
}
