// PostgreSQL down for 25 s, longer than a judge job's retries (4 tries, 2 + 4 + 8 s backoff).
// Regression test for two bugs this once exposed: candidates were told their token was bad
// (UNAUTHENTICATED) during the outage, and the worker died when it could not mark a job's
// submission failed, losing it. Now the outage is a retryable INTERNAL, the worker survives,
// and the API's sweeper retries the failed jobs once the database is back.
import { postgresRestartScenario, type PostgresRestartOutcome, type PostgresScenario } from './support/postgres-restart';

describe('PostgreSQL down for 25 s during a burst of submissions', () => {
  let scenario: PostgresScenario | undefined;
  let outcome: PostgresRestartOutcome;

  beforeAll(async () => {
    scenario = await postgresRestartScenario(25_000);
    outcome = await scenario.outcome();
    console.log(`postgres outage: ${JSON.stringify({ ...outcome, accepted: outcome.accepted.length })}`);
  }, 400_000);

  afterAll(async () => {
    await scenario?.close();
  }, 60_000);

  it('refuses submissions with a retryable error, not as a bad token', () => {
    expect(outcome.refused.filter((r) => r.code === 'UNAUTHENTICATED')).toEqual([]);
  });

  it('judges every submission it accepted, the worker surviving the outage', () => {
    expect(outcome.notJudged).toEqual([]);
  });
});
