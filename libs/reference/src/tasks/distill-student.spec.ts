// Scoring of task.distill_student on a hand-made dataset (no teacher training here).
import { InvalidInputError } from '../core/algorithm';
import { PARAMETER_BUDGET, scoreDistill } from './distill-student';
import type { Dataset } from './types';

const empty = { shape: [0, 784] as [number, number], data: new Float32Array(0) };
// 10 test digits; the teacher is wrong on the last two
const data: Dataset = {
  trainX: empty,
  trainY: [],
  testX: { shape: [10, 784], data: new Float32Array(7840) },
  testY: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  teacher: { trainLogits: { shape: [0, 10], data: new Float32Array(0) }, testLabels: [0, 1, 2, 3, 4, 5, 6, 7, 0, 0] },
};

describe('task.distill_student score', () => {
  test('accuracy against the labels, agreement against the teacher, mean of the bar scores', () => {
    const copyTeacher = scoreDistill([0, 1, 2, 3, 4, 5, 6, 7, 0, 0], data, { parameterCount: 1000 });
    expect(copyTeacher.metrics).toEqual({ accuracy: 0.8, agreement: 1, parameter_count: 1000 });
    // accuracy 0.8 is the "none" bar (0), agreement 1 is full (1)
    expect(copyTeacher.score).toBeCloseTo(0.5, 12);
    const truth = scoreDistill(data.testY, data, { parameterCount: 1000 });
    expect(truth.metrics.accuracy).toBe(1);
    expect(truth.metrics.agreement).toBe(0.8); // below 0.85: agreement bar gives 0
    expect(truth.score).toBeCloseTo(0.5, 12);
  });

  test('a student over the parameter budget scores 0, with a note', () => {
    const over = scoreDistill(data.testY, data, { parameterCount: PARAMETER_BUDGET + 1 });
    expect(over.score).toBe(0);
    expect(over.notes.join()).toMatch(/over the budget/);
    expect(scoreDistill(data.testY, data, { parameterCount: PARAMETER_BUDGET }).score).toBeGreaterThan(0);
  });

  test('a missing parameter count is noted; malformed predictions throw', () => {
    expect(scoreDistill(data.testY, data).notes.join()).toMatch(/not given/);
    expect(() => scoreDistill([1, 2], data)).toThrow(InvalidInputError);
  });
});
