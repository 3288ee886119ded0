// The shape of a training task's bars, once: libs/reference's tasks score with it, the question
// bank states it to candidates, and the judge passes the bank's bars straight to the reference's
// barScore (no conversion in between). A task's time budget is `timeBudgetMs` on both sides.

/** A metric's bar: the score is 0 at `zero` (or worse), 1 at `full` (or better), linear between. */
export interface MetricBar {
  /** Metric name as the reference computes it, e.g. `accuracy`, `mse_ratio`. */
  metric: string;
  /** Score 1 at or beyond this value. */
  full: number;
  /** Score 0 at or below (or above, when lower is better) this value; linear between. */
  zero: number;
  higherIsBetter: boolean;
}
