import { ValidationError, ValidationPipe } from '@nestjs/common';
import { AppError } from './app-error';

/** The first failing field, as a dotted path (nested inputs report `items.0.points`). */
function firstFailure(errors: ValidationError[], prefix = ''): { field: string; message: string } | undefined {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const message = error.constraints ? Object.values(error.constraints)[0] : undefined;
    if (message) return { field, message };
    const nested = firstFailure(error.children ?? [], field);
    if (nested) return nested;
  }
  return undefined;
}

/** Validates every GraphQL input class; failures answer BAD_USER_INPUT naming the field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => {
      const failure = firstFailure(errors);
      return failure
        ? AppError.badInput(failure.field, failure.message)
        : new AppError('BAD_USER_INPUT', 'Invalid input');
    },
  });
}
