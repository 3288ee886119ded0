// The scoring rules of a report, as plain functions over rows already loaded:
// per question the LAST submission (by createdAt) counts; its score is the latest review's score
// when a grader reviewed it, else the judge's score; an attempt's total is the sum over questions.

export interface ScoredSubmission {
  id: string;
  attemptId: string;
  questionId: string;
  createdAt: Date;
  /** The judge's score (null until judged, and for written answers awaiting review). */
  score: number | null;
  /** The latest review's score, if any. */
  reviewedScore: number | null;
}

export interface CountedSubmission<T extends ScoredSubmission> {
  submission: T;
  /** reviewed ?? judged ?? 0 would hide "not scored yet", so this stays null when neither exists. */
  usedScore: number | null;
  /** How many submissions the candidate made for this question. */
  count: number;
}

/** Per attempt and question, the counted (last) submission; the key is `${attemptId}:${questionId}`. */
export function countedSubmissions<T extends ScoredSubmission>(submissions: T[]): Map<string, CountedSubmission<T>> {
  const counted = new Map<string, CountedSubmission<T>>();
  for (const submission of submissions) {
    const key = `${submission.attemptId}:${submission.questionId}`;
    const current = counted.get(key);
    const later =
      !current ||
      submission.createdAt.getTime() > current.submission.createdAt.getTime() ||
      // Same instant: the larger id, so the choice never depends on row order.
      (submission.createdAt.getTime() === current.submission.createdAt.getTime() && submission.id > current.submission.id);
    const count = (current?.count ?? 0) + 1;
    if (later) counted.set(key, { submission, usedScore: submission.reviewedScore ?? submission.score, count });
    else current.count = count;
  }
  return counted;
}

/** Total score of each attempt: the sum of its counted submissions' used scores (unscored = 0). */
export function attemptTotals(submissions: ScoredSubmission[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const { submission, usedScore } of countedSubmissions(submissions).values()) {
    totals.set(submission.attemptId, (totals.get(submission.attemptId) ?? 0) + (usedScore ?? 0));
  }
  return totals;
}

/**
 * Percentile rank from counts: `lower` of the `others` attempts have a strictly lower total; 0 to
 * 100, null when there is no other attempt to compare with (AttemptTotals counts them).
 */
export function percentileRank(lower: number, others: number): number | null {
  return others === 0 ? null : (100 * lower) / others;
}
