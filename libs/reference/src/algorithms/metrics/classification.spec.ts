// Averages and zero division, checked against scikit-learn's precision_recall_fscore_support
// docstring example (cat/dog/pig encoded as 0/1/2).
import { runAlgorithm } from '../../run';

async function scores(input: unknown) {
  const result = await runAlgorithm('metrics.classification', input);
  if ('error' in result) throw new Error(result.error.message);
  return result.output as { precision: number; recall: number; f1: number; accuracy: number };
}

const yTrue = [0, 1, 2, 0, 1, 2];
const yPred = [0, 2, 1, 0, 0, 1];

test.each([
  ['macro', 0.2222222222222222, 0.3333333333333333, 0.26666666666666666],
  ['micro', 0.3333333333333333, 0.3333333333333333, 0.3333333333333333],
  ['weighted', 0.2222222222222222, 0.3333333333333333, 0.26666666666666666],
])('%s average as in scikit-learn', async (average, precision, recall, f1) => {
  const out = await scores({ y_true: yTrue, y_pred: yPred, average });
  expect(out.precision).toBeCloseTo(precision, 12);
  expect(out.recall).toBeCloseTo(recall, 12);
  expect(out.f1).toBeCloseTo(f1, 12);
});

test('binary: nothing predicted positive gives precision 0, not NaN', async () => {
  const out = await scores({ y_true: [1, 1, 0], y_pred: [0, 0, 0] });
  expect(out).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  expect(out.accuracy).toBeCloseTo(1 / 3, 12);
});
