// The same Redis restart as faults.e2e-spec.ts, but the private Redis keeps nothing on disk
// (`--save "" --appendonly no`), so it comes back EMPTY: every job, and the maintenance
// schedule, is gone. Regression test for the losses this once caused: the API re-states its
// schedule, and the sweeper re-adds the jobs of unjudged submissions from the database (the
// source of truth), so every accepted submission is still judged.
import { redisRestartScenario, type RedisRestartOutcome, type Scenario } from './support/redis-restart';

describe('Redis restarted EMPTY (no persistence) during a burst of submissions', () => {
  let scenario: Scenario | undefined;
  let outcome: RedisRestartOutcome;

  beforeAll(async () => {
    scenario = await redisRestartScenario(false);
    outcome = await scenario.outcome();
    console.log(`redis restart (empty): ${JSON.stringify({ ...outcome, accepted: outcome.accepted.length })}`);
  }, 400_000);

  afterAll(async () => {
    await scenario?.close();
  }, 60_000);

  it('never answers with a crash and recovers without a restart', () => {
    expect(outcome.crashes).toEqual([]);
    expect(outcome.apiRestarted).toBe(false);
  });

  it('judges every submission it accepted', () => {
    expect(outcome.notJudged).toEqual([]);
  });
});
