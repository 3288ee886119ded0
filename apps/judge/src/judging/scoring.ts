// Scores: every test is worth its weight's share of the submission's maxScore; the submission
// gets the share of the tests it passed.

/** Rounds to 1e-6 so stored scores do not carry float noise such as 6.999999999. */
export function roundScore(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Each test's maximum score: weight / total weight × maxScore. */
export function testMaxScores(weights: readonly number[], maxScore: number): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (total <= 0) return weights.map(() => 0);
  return weights.map((w) => roundScore((w / total) * maxScore));
}

/** The weighted share of passed tests × maxScore. */
export function weightedScore(tests: readonly { weight: number; passed: boolean }[], maxScore: number): number {
  const total = tests.reduce((sum, t) => sum + t.weight, 0);
  if (total <= 0) return 0;
  const earned = tests.reduce((sum, t) => sum + (t.passed ? t.weight : 0), 0);
  return roundScore((earned / total) * maxScore);
}
