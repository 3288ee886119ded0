// Errors of the Greenhouse endpoints as JSON a partner API answers with: a status, and
// `{ "error": { "message", "field"? } }`. Never a stack: anything unexpected is logged here and
// answered with a generic 500.
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { AppError, type ErrorCode } from '../../common/app-error';

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 401,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

@Catch()
export class GreenhouseErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Greenhouse');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (error instanceof AppError) {
      const retryable = error.details?.retryable === true;
      const status = retryable ? 503 : STATUS[error.code];
      if (status === 401) {
        // No detail: which part of the credential was wrong is nobody's business.
        response.status(401).set('WWW-Authenticate', 'Basic realm="greenhouse"').json({ error: { message: 'Unauthorized' } });
        return;
      }
      if (error.code === 'RATE_LIMITED' && typeof error.details?.retryAfterSeconds === 'number') response.set('Retry-After', String(error.details.retryAfterSeconds));
      response.status(status).json({ error: { message: status === 500 ? 'Internal error' : error.message, ...(error.field ? { field: error.field } : {}) } });
      return;
    }
    if (error instanceof HttpException && error.getStatus() < 500) {
      // Nest's own refusals (a body that is not JSON, one that is too large, an unknown route).
      const status = error.getStatus();
      const message = status === 400 ? 'The request body is not valid JSON' : status === 413 ? 'The request body is too large' : error.message;
      response.status(status).json({ error: { message } });
      return;
    }
    this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    response.status(500).json({ error: { message: 'Internal error' } });
  }
}
