import { redaction } from '@app/platform';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from '../config/app-config';

export function loggerOptions(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.LOG_LEVEL,
      redact: redaction,
      // Probes would drown the log.
      autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/ready' },
    },
  };
}
