// A training question end to end, without the database: the MNIST split goes into a real
// sandbox, the candidate trains and predicts there, and the held-out labels stay here.
import { getQuestion, type TrainingQuestion } from '@app/questions';
import { createDockerClient, flushSandboxRemovals } from '../sandbox';
import { ExpectedOutputCache } from './expected-outputs';
import { judgeSource } from './judge-source';
import { getTask } from './reference-tasks';
import { PY_MNIST_NEAREST_CENTROID } from './testing/candidate-sources';
import { trainingCases } from './judge-training';

describe('training questions (real Docker)', () => {
  afterAll(() => flushSandboxRemovals());

  it('never puts the held-out labels into the sandbox input', async () => {
    const data = await getTask('task.mnist_mlp')!.loadData();
    const cases = trainingCases(data, 1000);
    expect(cases.map((c) => [c.name, c.call, Object.keys(c.input)])).toEqual([
      ['train', 'train', ['X', 'y']],
      ['heldout', 'predict', ['X']],
    ]);
    expect((cases[1].input.X as number[][]).length).toBe(data.testY.length);
  });

  it('scores a nearest-centroid classifier on MNIST with the task metric, baseline beside it', async () => {
    const question = getQuestion('train-mnist-mlp') as TrainingQuestion;
    const outcome = await judgeSource(
      { question, questionVersion: 'v', language: 'PYTHON', source: PY_MNIST_NEAREST_CENTROID, seed: 1, maxScore: 20 },
      { docker: createDockerClient(), expected: new ExpectedOutputCache(1), judgeGpus: '' },
    );
    // Nearest centroid reaches ~0.80 accuracy: just above the bar's zero, far from full marks.
    expect(outcome.verdict).toBe('PARTIAL');
    const accuracy = outcome.metrics.find((m) => m.name === 'accuracy');
    expect(accuracy?.value).toBeGreaterThan(0.8);
    expect(accuracy?.value).toBeLessThan(0.85);
    expect(accuracy).toHaveProperty('baseline');
    // score = bar share × maxScore, with the bar 0.80 → 0, 0.95 → 1.
    expect(outcome.score).toBeCloseTo(((accuracy!.value! - 0.8) / 0.15) * 20, 4);
    expect(outcome.tests.map((t) => [t.name, t.passed, t.hidden])).toEqual([
      ['train', true, false],
      ['heldout', true, true],
    ]);
    expect(outcome.tests[1].message).toMatch(/^accuracy 0\.8\d* \(full marks ≥ 0\.95/);
  });
});
