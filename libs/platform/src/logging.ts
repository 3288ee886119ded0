// pino settings shared by every process: secrets never reach a log line.

/** Paths pino replaces with "[redacted]" wherever they appear. */
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

export const redaction = { paths: REDACTED_PATHS, censor: '[redacted]' };
