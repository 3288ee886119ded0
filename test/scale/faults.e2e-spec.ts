// Faults with real processes. The API and a judge worker (built dist/ files) run on PRIVATE
// servers that this test starts and kills itself; the machine's shared Redis and PostgreSQL are
// never restarted. While a server is down the API must answer submissions with clear errors or
// accept them (the row is stored; the sweeper adds the job later), never crash; it must recover
// without a restart and judge every submission it accepted.
//
// The Redis here keeps an fsynced append-only file, as a production Redis that must survive a
// restart does. A Redis that comes back EMPTY is redis-restart-empty.e2e-spec.ts; PostgreSQL
// down for longer than the judge's retries is postgres-outage.e2e-spec.ts.
import { postgresRestartScenario, type PostgresRestartOutcome, type PostgresScenario } from './support/postgres-restart';
import { redisRestartScenario, type RedisRestartOutcome, type Scenario } from './support/redis-restart';

describe('Redis (append-only file) restarted during a burst of submissions', () => {
  let scenario: Scenario | undefined;
  let outcome: RedisRestartOutcome;

  beforeAll(async () => {
    scenario = await redisRestartScenario(true);
    outcome = await scenario.outcome();
    console.log(`redis restart: ${JSON.stringify({ ...outcome, accepted: outcome.accepted.length })}`);
  }, 400_000);

  afterAll(async () => {
    await scenario?.close();
  }, 60_000);

  it('never answers with a crash while Redis is down, and says it is not ready', () => {
    expect(outcome.crashes).toEqual([]);
    expect(outcome.readyWhileDown).toEqual([503, 503]);
  });

  it('recovers without a restart', () => {
    expect(outcome.apiRestarted).toBe(false);
    expect(outcome.apiRecoveredMs).toBeLessThan(30_000);
  });

  it('judges every submission it accepted, including those accepted while Redis was down', () => {
    expect(outcome.accepted.length).toBeGreaterThanOrEqual(14); // 8 before and 6 after, at least
    expect(outcome.notJudged).toEqual([]);
  });
});

describe('PostgreSQL (private server) crashed and restarted during a burst of submissions', () => {
  let scenario: PostgresScenario | undefined;
  let outcome: PostgresRestartOutcome;

  beforeAll(async () => {
    scenario = await postgresRestartScenario(5_000);
    outcome = await scenario.outcome();
    console.log(`postgres restart: ${JSON.stringify({ ...outcome, accepted: outcome.accepted.length })}`);
  }, 400_000);

  afterAll(async () => {
    await scenario?.close();
  }, 60_000);

  it('never answers with a crash while PostgreSQL is down, and says it is not ready', () => {
    expect(outcome.crashes).toEqual([]);
    expect(outcome.readyWhileDown).toEqual([503, 503]);
    // Nothing can be stored while the database is down: every submission then is refused.
    expect(outcome.refused.length).toBeGreaterThan(0);
  });

  it('recovers without a restart', () => {
    expect(outcome.apiRestarted).toBe(false);
    expect(outcome.apiRecoveredMs).toBeLessThan(30_000);
  });

  it('judges every submission it accepted', () => {
    expect(outcome.accepted.length).toBeGreaterThanOrEqual(14);
    expect(outcome.notJudged).toEqual([]);
  });
});
