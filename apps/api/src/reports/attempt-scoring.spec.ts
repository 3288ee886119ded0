import { attemptTotals, countedSubmissions, percentileRank, type ScoredSubmission } from './attempt-scoring';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 10, minute));
const row = (id: string, attemptId: string, questionId: string, minute: number, score: number | null, reviewedScore: number | null = null): ScoredSubmission => ({
  id,
  attemptId,
  questionId,
  createdAt: at(minute),
  score,
  reviewedScore,
});

describe('countedSubmissions', () => {
  it('counts the last submission per question, whatever the row order, and counts them all', () => {
    const rows = [row('s2', 'a', 'q1', 5, 3), row('s1', 'a', 'q1', 1, 9), row('s3', 'a', 'q2', 2, null, 4)];
    const counted = countedSubmissions(rows);
    expect(counted.get('a:q1')).toMatchObject({ submission: { id: 's2' }, usedScore: 3, count: 2 });
    // A review's score replaces the judge's.
    expect(counted.get('a:q2')).toMatchObject({ submission: { id: 's3' }, usedScore: 4, count: 1 });
  });
});

describe('attemptTotals', () => {
  it('sums used scores per attempt, counting unscored questions as 0', () => {
    const totals = attemptTotals([
      row('1', 'a', 'q1', 1, 10),
      row('2', 'a', 'q1', 2, 6),
      row('3', 'a', 'q2', 3, null, 2.5),
      row('4', 'b', 'q1', 1, null),
    ]);
    expect(Object.fromEntries(totals)).toEqual({ a: 8.5, b: 0 });
  });
});

describe('percentileRank', () => {
  it('is the share of other attempts with a lower total', () => {
    expect(percentileRank(2, 4)).toBe(50);
    expect(percentileRank(0, 1)).toBe(0);
    expect(percentileRank(1, 1)).toBe(100);
  });

  it('is null without another attempt', () => {
    expect(percentileRank(0, 0)).toBeNull();
  });
});
