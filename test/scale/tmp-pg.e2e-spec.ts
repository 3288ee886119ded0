import { postgresRestartScenario } from './support/postgres-restart';
it('pg', async () => {
  const scenario = await postgresRestartScenario(5_000);
  try {
    const outcome = await scenario.outcome();
    console.log(`pg restart: ${JSON.stringify({ ...outcome, accepted: outcome.accepted.length })}`);
  } finally {
    await scenario.close();
  }
}, 400_000);
