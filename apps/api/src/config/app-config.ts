// The API's configuration, validated once at boot (see @app/platform's parseConfig).
// Secrets (JWT_SECRET) are never logged.
import { booleanFromEnv, parseConfig, sharedEnvShape } from '@app/platform';
import { z } from 'zod';

export const appConfigSchema = z.object({
  ...sharedEnvShape,
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Secret: signs access tokens. */
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters'),
  JWT_TTL_SECONDS: z.coerce.number().int().positive().default(3600),
  /** Per client IP and per e-mail address. */
  RATE_LIMIT_SIGNUP_PER_HOUR: z.coerce.number().int().positive().default(10),
  /** Per client IP and per e-mail address. */
  RATE_LIMIT_LOGIN_PER_15MIN: z.coerce.number().int().positive().default(10),
  /** Requests with an invalid bearer token (guessed invitation tokens, keys) per client IP. */
  RATE_LIMIT_BAD_TOKENS_PER_15MIN: z.coerce.number().int().positive().default(30),
  /** Submissions (code and answers) per candidate per minute. */
  RATE_LIMIT_SUBMISSIONS_PER_MINUTE: z.coerce.number().int().positive().default(10),
  /** Code runs (runCode) per candidate per minute. */
  RATE_LIMIT_RUNS_PER_MINUTE: z.coerce.number().int().positive().default(20),
  /** A draft snapshot (for code playback) is kept at most once per this many seconds per question and language. */
  DRAFT_SNAPSHOT_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(30),
  /** Draft snapshots kept per attempt; saves beyond it update the draft only. */
  DRAFT_SNAPSHOTS_PER_ATTEMPT: z.coerce.number().int().min(0).default(300),
  /** Activity events accepted per recordActivity call, and per attempt in all. */
  ACTIVITY_EVENTS_PER_CALL: z.coerce.number().int().positive().default(100),
  ACTIVITY_EVENTS_PER_ATTEMPT: z.coerce.number().int().positive().default(5000),
  /** Erase candidates whose attempts all finished this many days ago (maintenance sweep); 0: never. */
  CANDIDATE_RETENTION_DAYS: z.coerce.number().int().min(0).default(0),
  /** A paste at least this many characters long counts as a large paste in the report. */
  ACTIVITY_LARGE_PASTE_CHARS: z.coerce.number().int().positive().default(200),
  /** How often expired attempts are finished and unqueued submissions re-added. */
  MAINTENANCE_INTERVAL_MS: z.coerce.number().int().min(500).default(15_000),
  BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(256 * 1024),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().positive().default(10),
  GRAPHQL_MAX_COMPLEXITY: z.coerce.number().int().positive().default(2000),
  /** Trust X-Forwarded-For from a load balancer in front (only then are client IPs real). */
  TRUST_PROXY: booleanFromEnv.default(false),
  /** Lets webhooks target loopback/private addresses (tests, local development only). */
  WEBHOOK_ALLOW_PRIVATE_NETWORKS: booleanFromEnv.default(false),
  /** One delivery try gives up after this long. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  // WEBHOOK_MAX_ATTEMPTS and WEBHOOK_BACKOFF_MS are in sharedEnvShape: the judge emits too.
  /** Where e-mail goes: `smtp://user:pass@host:port` (or smtps://). Unset: messages are written as .eml files to MAIL_OUTBOX_DIR. */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  /** The From of every message. */
  MAIL_FROM: z.string().min(3).default('ML Judge <no-reply@ml-judge.invalid>'),
  /** Folder of .eml files when SMTP_URL is unset (development); the start-up log names it. */
  MAIL_OUTBOX_DIR: z.string().min(1).default('tmp/outbox'),
  /** The candidate's link in invitation e-mails: a URL template containing `{token}`. */
  CANDIDATE_APP_URL: z.string().refine((v) => v.includes('{token}') && URL.canParse(v.replace('{token}', 'x')), 'must be a URL containing {token}').default('http://127.0.0.1:3000/candidate?token={token}'),
  /** Builds absolute links to this API (report pages, Greenhouse's partner_profile_url). */
  PUBLIC_BASE_URL: z.url().transform((v) => v.replace(/\/+$/, '')).default('http://127.0.0.1:3000'),
  /** A report link stops working this many days after it was made. */
  REPORT_LINK_TTL_DAYS: z.coerce.number().int().positive().default(30),
});

export type AppConfig = z.infer<typeof appConfigSchema>;

export const APP_CONFIG = Symbol('APP_CONFIG');

export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return parseConfig(appConfigSchema, env);
}
