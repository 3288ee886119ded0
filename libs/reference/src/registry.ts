// The registry: contract id -> algorithm. Each group of families lives in its own folder.
import type { Algorithm } from './core/algorithm';
import { algorithms as groupA } from './algorithms/group-a';
import { algorithms as groupB } from './algorithms/group-b';
import { algorithms as groupC } from './algorithms/group-c';

/** Every algorithm, in group order (ids must be unique: test/fixtures.spec.ts checks it). */
export const allAlgorithms: readonly Algorithm[] = [...groupA, ...groupB, ...groupC];

export const registry: ReadonlyMap<string, Algorithm> = new Map(allAlgorithms.map((a) => [a.id, a]));

export function getAlgorithm(id: string): Algorithm | undefined {
  return registry.get(id);
}
