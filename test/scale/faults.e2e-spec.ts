// Faults with real processes: the API and a judge worker on a PRIVATE redis-server that this
// test starts (the machine's shared Redis is never restarted). Redis is killed in the middle of
// a burst of submissions and started again on the same port: the API must answer with clear
// errors or accept (storing the row, the sweeper adding the job later), never crash, recover
// without a restart, and judge every submission it accepted.
import { redisRestartScenario, type RedisRestartOutcome, type Scenario } from './support/redis-restart';

describe('Redis (persistent, append-only file) restarted during a burst of submissions', () => {
  let scenario: Scenario | undefined;
  let outcome: RedisRestartOutcome;

  beforeAll(async () => {
    scenario = await redisRestartScenario(true);
    outcome = await scenario.outcome();
    console.log(`redis restart (persistent): ${JSON.stringify({ ...outcome, accepted: outcome.accepted.length })}`);
  }, 400_000);

  afterAll(async () => {
    await scenario?.close();
  }, 60_000);

  it('never answers with a crash while Redis is down', () => {
    expect(outcome.crashes).toEqual([]);
    expect(outcome.readyWhileDown.every((status) => status === 503)).toBe(true);
  });

  it('recovers without a restart', () => {
    expect(outcome.apiRestarted).toBe(false);
    expect(outcome.apiRecoveredMs).toBeLessThan(30_000);
  });

  it('judges every submission it accepted', () => {
    expect(outcome.accepted.length).toBeGreaterThanOrEqual(14); // before and after, at least
    expect(outcome.notJudged).toEqual([]);
  });
});
