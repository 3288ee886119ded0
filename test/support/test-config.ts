import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppConfig, loadAppConfig } from '../../apps/api/src/config/app-config';

/**
 * Configuration for an API under test: its own database and Redis key prefix, limits raised so
 * that only the tests about limits meet them.
 */
export function testAppConfig(databaseUrl: string, overrides: Record<string, string> = {}): AppConfig {
  return loadAppConfig({
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_KEY_PREFIX: `test-${randomBytes(6).toString('hex')}`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    RATE_LIMIT_SIGNUP_PER_HOUR: '1000',
    RATE_LIMIT_LOGIN_PER_15MIN: '1000',
    RATE_LIMIT_BAD_TOKENS_PER_15MIN: '1000',
    LOG_LEVEL: 'silent',
    // Webhook receivers in tests listen on 127.0.0.1.
    WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true',
    // Without SMTP_URL e-mail becomes .eml files: never in the repository.
    MAIL_OUTBOX_DIR: join(tmpdir(), `mljudge-outbox-${randomBytes(6).toString('hex')}`),
    ...overrides,
  });
}
