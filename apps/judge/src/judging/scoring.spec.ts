import { roundScore, testMaxScores, weightedScore } from './scoring';

describe('scoring', () => {
  it('gives each test its weight share of maxScore', () => {
    expect(testMaxScores([1, 1, 2], 100)).toEqual([25, 25, 50]);
    expect(testMaxScores([0, 0], 10)).toEqual([0, 0]);
  });

  it('scores the weighted share of passed tests', () => {
    const tests = [
      { weight: 1, passed: true },
      { weight: 1, passed: false },
      { weight: 2, passed: true },
    ];
    expect(weightedScore(tests, 100)).toBe(75);
    expect(weightedScore(tests, 7)).toBe(5.25);
    expect(weightedScore([{ weight: 1, passed: false }], 7)).toBe(0);
    expect(weightedScore([], 7)).toBe(0);
  });

  it('rounds away float noise', () => {
    expect(roundScore((2 / 3) * 9)).toBe(6);
    expect(roundScore(1 / 3)).toBe(0.333333);
  });
});
