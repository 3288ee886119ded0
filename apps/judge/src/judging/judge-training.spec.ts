// gradeTraining with the real task.mnist_mlp scoring on a tiny hand-made dataset.
import { getQuestion, type TrainingQuestion } from '@app/questions';
import { gradeTraining } from './judge-training';
import { getTask, type Dataset } from './reference-tasks';

const question = getQuestion('train-mnist-mlp') as TrainingQuestion;
const task = getTask('task.mnist_mlp')!;
const data: Dataset = {
  trainX: { shape: [1, 1], data: new Float32Array(1) },
  trainY: [0],
  testX: { shape: [10, 1], data: new Float32Array(10) },
  testY: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
};
const trained = { name: 'train', ok: true as const, value: null, timeMs: 100 };
const predicted = (value: unknown) => ({ name: 'heldout', ok: true as const, value, timeMs: 100 });

describe('gradeTraining', () => {
  it('scores accuracy on the bars: all right is ACCEPTED with full score', () => {
    const graded = gradeTraining(question, task, data, trained, predicted(data.testY), 20, false);
    expect(graded).toMatchObject({ verdict: 'ACCEPTED', score: 20 });
    expect(graded.metrics[0]).toMatchObject({ name: 'accuracy', value: 1 });
    expect(graded.metrics[0]).toHaveProperty('baseline');
  });

  it('is PARTIAL between the bars and WRONG_ANSWER at or below the zero bar', () => {
    const nineRight = [...data.testY.slice(0, 9), 0];
    expect(gradeTraining(question, task, data, trained, predicted(nineRight), 20, false)).toMatchObject({
      verdict: 'PARTIAL',
      score: 13.333333, // (0.9 - 0.8) / 0.15 × 20
    });
    expect(gradeTraining(question, task, data, trained, predicted(data.testY.map(() => 0)), 20, false)).toMatchObject({
      verdict: 'WRONG_ANSWER',
      score: 0,
    });
  });

  it('rejects malformed predictions as WRONG_ANSWER without revealing labels', () => {
    const graded = gradeTraining(question, task, data, trained, predicted([1, 2]), 20, false);
    expect(graded).toMatchObject({ verdict: 'WRONG_ANSWER', score: 0 });
    expect(graded.tests[1].message).toMatch(/predictions rejected: .*10/);
  });

  it('takes the error verdict of a failed call and the time budget', () => {
    const crashed = { name: 'train', ok: false as const, error: { type: 'MEMORY_LIMIT_EXCEEDED' as const, message: 'killed' }, timeMs: 5 };
    const notTrained = { name: 'heldout', ok: false as const, error: { type: 'RUNTIME_ERROR' as const, message: 'predict called before a successful train' }, timeMs: 0 };
    expect(gradeTraining(question, task, data, crashed, notTrained, 20, false).verdict).toBe('MEMORY_LIMIT_EXCEEDED');
    const slow = { ...trained, timeMs: question.timeBudgetMs };
    expect(gradeTraining(question, task, data, slow, predicted(data.testY), 20, false)).toMatchObject({ verdict: 'TIME_LIMIT_EXCEEDED', score: 0 });
    const compile = { name: 'train', ok: false as const, error: { type: 'COMPILE_ERROR' as const, message: 'x' }, timeMs: 0 };
    expect(gradeTraining(question, task, data, compile, { ...compile, name: 'heldout' }, 20, true).verdict).toBe('COMPILE_ERROR');
  });
});
