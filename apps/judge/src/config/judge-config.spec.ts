// The worker's configuration: defaults a deployment can rely on, and bad values refused at boot
// with the variable's name.
import { ConfigurationError } from '@app/platform';
import { loadJudgeConfig } from './judge-config';

const BASE = { DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/mljudge' };

describe('judge worker configuration', () => {
  it('defaults: 2 jobs at once, the engine checked every 2 s, BullMQ\'s 30 s lock and stall check', () => {
    expect(loadJudgeConfig(BASE)).toMatchObject({
      JUDGE_CONCURRENCY: 2,
      JUDGE_ENGINE_CHECK_MS: 2000,
      JUDGE_LOCK_DURATION_MS: 30_000,
      JUDGE_STALLED_INTERVAL_MS: 30_000,
      JUDGE_GPUS: '',
      DOCKER_SOCKET: '/var/run/docker.sock',
    });
  });

  it('reads numbers from the environment', () => {
    expect(loadJudgeConfig({ ...BASE, JUDGE_ENGINE_CHECK_MS: '500', JUDGE_LOCK_DURATION_MS: '60000', JUDGE_GPUS: '0,1' })).toMatchObject({
      JUDGE_ENGINE_CHECK_MS: 500,
      JUDGE_LOCK_DURATION_MS: 60_000,
      JUDGE_GPUS: '0,1',
    });
  });

  it.each([
    ['JUDGE_ENGINE_CHECK_MS', '10'],
    ['JUDGE_LOCK_DURATION_MS', '1000'],
    ['JUDGE_STALLED_INTERVAL_MS', 'often'],
    ['JUDGE_CONCURRENCY', '0'],
    ['JUDGE_GPUS', 'two'],
  ])('refuses %s=%s, naming the variable', (name, value) => {
    let error: unknown;
    try {
      loadJudgeConfig({ ...BASE, [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).problems).toEqual([expect.stringMatching(new RegExp(`^${name}: `))]);
  });
});
