// Configuration shared by every process, validated at boot: a missing or malformed variable
// stops start-up with a message naming it.
import { z } from 'zod';

export const booleanFromEnv = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

/** Variables that the API and the judge workers both read. */
export const sharedEnvShape = {
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// URL')
    .default('redis://127.0.0.1:6379'),
  /** Namespaces every Redis key (rate limits, queues, pub/sub), so deployments can share a Redis. */
  REDIS_KEY_PREFIX: z.string().regex(/^[a-zA-Z0-9_-]+$/, 'letters, digits, _ and - only').default('mlj'),
  /**
   * Tries per webhook delivery (exponential backoff between them); the contract asks for at least
   * 5. Shared: the judge emits SUBMISSION_JUDGED deliveries with the same policy as the API's.
   */
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(5).max(20).default(8),
  /** First webhook retry delay; each later one doubles (10 s … ~21 min with 8 tries). */
  WEBHOOK_BACKOFF_MS: z.coerce.number().int().positive().default(10_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
};

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

/** Parses the environment with a schema; throws ConfigurationError naming every bad variable. */
export function parseConfig<T extends z.ZodType>(schema: T, env: NodeJS.ProcessEnv): z.infer<T> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigurationError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  return parsed.data;
}

/** Runs `start` with the parsed configuration, or prints the problems and exits with status 1. */
export async function startWithConfig<C>(load: () => C, start: (config: C) => Promise<void>): Promise<void> {
  let config: C;
  try {
    config = load();
  } catch (error) {
    if (error instanceof ConfigurationError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  await start(config);
}
