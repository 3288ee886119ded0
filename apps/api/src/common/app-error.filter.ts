import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { AppError } from './app-error';

/**
 * Expected errors (bad input, wrong password, rate limits...) go straight to the GraphQL
 * error formatter; without this filter Nest would log each of them as an unexpected failure.
 */
@Catch(AppError)
export class AppErrorFilter implements GqlExceptionFilter {
  catch(error: AppError, _host: ArgumentsHost): AppError {
    return error;
  }
}
