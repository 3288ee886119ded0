// KNOWN PRODUCT BUG, deliberately outside the e2e testMatch (the file name does not end in
// .e2e-spec.ts), so the suite stays green until the product is fixed. Run it with:
//   npx jest -c jest.e2e.config.js --testMatch '<rootDir>/test/scale/*.known-bug.ts'
//
// The same Redis restart as faults.e2e-spec.ts, but the private Redis keeps nothing on disk
// (`--save "" --appendonly no`), so it comes back EMPTY. Accepted submissions are then lost:
// - jobs added before the restart (rows QUEUED with enqueuedAt set) vanish with Redis, and the
//   sweeper only re-adds rows whose enqueuedAt is null;
// - rows accepted while Redis was down (enqueuedAt null) are never swept either, because the
//   sweeper is itself a BullMQ job scheduler registered once at API start-up
//   (MaintenanceService.onApplicationBootstrap), and its scheduler entry vanished too.
// Also seen: right after the restart the API's /ready is 200 (it pings its own ioredis client)
// while the BullMQ producer is still reconnecting, so some submissions made then are not
// enqueued either (enqueuedAt null) and, with no sweeper, stay QUEUED.
// The assertions state the behaviour we want; they fail today.
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
