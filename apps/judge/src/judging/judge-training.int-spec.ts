// A training question end to end, without the database: the MNIST split goes into a real
// sandbox, the candidate trains and predicts there, and the held-out labels stay here.
import { getQuestion, type TrainingQuestion } from '@app/questions';
import { createDockerClient, flushSandboxRemovals } from '../sandbox';
import { ExpectedOutputCache } from './expected-outputs';
import { judgeSource } from './judge-source';
import { getTask } from './reference-tasks';
import { PY_DISTILL_OVER_BUDGET, PY_DISTILL_TEACHER_CENTROIDS, PY_MNIST_NEAREST_CENTROID } from './testing/candidate-sources';
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

  describe('distillation (teacher logits in, parameter budget checked)', () => {
    const question = getQuestion('train-distill-student') as TrainingQuestion;
    const judgeDistill = (source: string) =>
      judgeSource(
        { question, questionVersion: 'v', language: 'PYTHON', source, seed: 1, maxScore: 10 },
        { docker: createDockerClient(), expected: new ExpectedOutputCache(1), judgeGpus: '' },
      );

    it('hands train() the teacher logits and counts the student\'s parameters', async () => {
      const outcome = await judgeDistill(PY_DISTILL_TEACHER_CENTROIDS);
      expect(outcome.tests.map((t) => [t.name, t.passed])).toEqual([
        ['train', true],
        ['heldout', true],
      ]);
      const metric = (name: string) => outcome.metrics.find((m) => m.name === name)?.value;
      // Centroids of the teacher's labels imitate the teacher: agreement above accuracy's floor.
      expect(metric('accuracy')).toBeGreaterThan(0.7);
      expect(metric('agreement')).toBeGreaterThan(0.7);
      expect(outcome.tests[1].message).not.toMatch(/not checked|over the budget/);
    }, 300_000);

    it('scores 0 a student over the parameter budget, saying why', async () => {
      const outcome = await judgeDistill(PY_DISTILL_OVER_BUDGET);
      expect(outcome.score).toBe(0);
      expect(outcome.tests[1].message).toMatch(/39200 parameters, over the budget of 25000: score 0/);
    }, 300_000);
  });
});
