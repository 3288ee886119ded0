import type { Params } from 'nestjs-pino';
import type { AppConfig } from '../config/app-config';

/** Paths pino replaces with "[redacted]" wherever they appear in a log line. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  '*.password',
  '*.passwordHash',
  '*.secret',
  '*.secretHash',
  '*.token',
  '*.tokenHash',
  '*.accessToken',
  '*.input.password',
  'variables.input.password',
];

export function loggerOptions(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.LOG_LEVEL,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      // Probes would drown the log.
      autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/ready' },
    },
  };
}
