// The committed catalogue (docs/reference-algorithms.md) lists exactly the registered
// algorithms, and, where the shared contract is checked out beside the repository
// (../shared/contracts/reference-algorithms.md, or REFERENCE_SHARED_CONTRACT), exactly its ids.
import { registry } from '../src';
import { CONTRACT_IDS, idsInTables, sharedContractIds, SHARED_CONTRACT_PATH } from './contract-ids';

const sharedPath = process.env.REFERENCE_SHARED_CONTRACT || SHARED_CONTRACT_PATH;

const sorted = (ids: Iterable<string>) => [...ids].sort();

test('the catalogue rows are read, task ids and non-id rows left out', () => {
  const md = ['| id | input |', '|---|---|', '| `nn.activation` | x |', '| `augment.rot90` | y |', '| `task.mnist_mlp` | z |', 'see `nn.cross_entropy`'].join('\n');
  expect(idsInTables(md)).toEqual(['nn.activation', 'augment.rot90']);
});

test('the catalogue lists each JSON algorithm once, and exactly the registered ones', () => {
  expect(CONTRACT_IDS).toHaveLength(51);
  expect(new Set(CONTRACT_IDS).size).toBe(CONTRACT_IDS.length);
  const registered = [...registry.keys()].filter((id) => !id.startsWith('task.'));
  expect(sorted(CONTRACT_IDS)).toEqual(sorted(registered));
});

const shared = sharedContractIds(sharedPath);
(shared ? test : test.skip)(`the catalogue has the ids of the shared contract (${sharedPath})`, () => {
  expect(sorted(CONTRACT_IDS)).toEqual(sorted(shared!));
});
