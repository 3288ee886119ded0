// A coding question compares exactly the output fields its reference algorithm declares exact
// (`exactOutputs`), the ones the golden fixtures hold the reference to exactly: the judge and
// the fixture tests then agree on which fields are ids, counts, labels or masks.
import { registry } from '@app/reference';
import { questionsByKind, type CodingQuestion } from '../src';

const coding = questionsByKind.CODING as readonly CodingQuestion[];

test.each(coding.map((q) => [q.slug, q] as const))('%s: exact fields are the algorithm\'s exactOutputs', (_slug, q) => {
  const algorithm = registry.get(q.algorithmId);
  expect(algorithm).toBeDefined();
  const exact = q.checkedFields.filter((f) => (q.tolerance[f] ?? q.defaultTolerance) === 'exact');
  expect([...exact].sort()).toEqual([...(algorithm!.exactOutputs ?? [])].sort());
});
