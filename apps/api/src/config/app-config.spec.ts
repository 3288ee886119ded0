import { ConfigurationError } from '@app/platform';
import { loadAppConfig } from './app-config';

const valid = {
  DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/mljudge',
  JWT_SECRET: 'x'.repeat(32),
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadAppConfig(env);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  return [];
}

describe('API configuration', () => {
  it('applies production defaults', () => {
    const config = loadAppConfig(valid);
    expect(config).toMatchObject({
      PORT: 3000,
      REDIS_URL: 'redis://127.0.0.1:6379',
      RATE_LIMIT_SIGNUP_PER_HOUR: 10,
      RATE_LIMIT_LOGIN_PER_15MIN: 10,
      GRAPHQL_MAX_DEPTH: 10,
      TRUST_PROXY: false,
    });
  });

  it('names a missing variable', () => {
    expect(problemsOf({ JWT_SECRET: valid.JWT_SECRET })).toEqual([expect.stringMatching(/^DATABASE_URL: /)]);
  });

  it('names every malformed variable', () => {
    const problems = problemsOf({
      ...valid,
      PORT: 'eighty',
      JWT_SECRET: 'short',
      REDIS_URL: 'http://redis',
      RATE_LIMIT_LOGIN_PER_15MIN: '-1',
      TRUST_PROXY: 'maybe',
    });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(
      ['JWT_SECRET', 'PORT', 'RATE_LIMIT_LOGIN_PER_15MIN', 'REDIS_URL', 'TRUST_PROXY'].sort(),
    );
  });

  it('lets a test run raise the rate limits', () => {
    expect(loadAppConfig({ ...valid, RATE_LIMIT_SIGNUP_PER_HOUR: '1000' }).RATE_LIMIT_SIGNUP_PER_HOUR).toBe(1000);
  });
});
