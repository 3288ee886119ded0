import { GraphQLError } from 'graphql';
import { AppError } from './app-error';
import { formatGraphQLError, isOutage } from './format-graphql-error';

function format(error: unknown, formatted = { message: 'raw message', path: ['op'] }) {
  const reported: unknown[] = [];
  const result = formatGraphQLError(formatted, error, (e) => reported.push(e));
  return { result, reported };
}

describe('formatGraphQLError', () => {
  it('passes an AppError through with its code, field and details', () => {
    const { result } = format(new GraphQLError('x', { originalError: new AppError('RATE_LIMITED', 'Slow down', 'email', { retryAfterSeconds: 9 }) }));
    expect(result).toMatchObject({ message: 'Slow down', extensions: { code: 'RATE_LIMITED', field: 'email', retryAfterSeconds: 9 } });
  });

  it('turns a unique-constraint violation into CONFLICT on the last target column', () => {
    const prismaError = Object.assign(new Error('Unique constraint failed on SELECT ...'), { code: 'P2002', meta: { target: ['companyId', 'email'] } });
    const { result } = format(new GraphQLError('x', { originalError: prismaError }));
    expect(result).toEqual({ message: 'Already exists', locations: undefined, path: ['op'], extensions: { code: 'CONFLICT', field: 'email' } });
  });

  it('hides unexpected errors behind INTERNAL and reports them', () => {
    const secret = new Error('connect to /var/lib/secret.sock failed at SELECT * FROM "User"');
    const { result, reported } = format(new GraphQLError('x', { originalError: secret }), { message: secret.message, path: ['op'] });
    expect(result).toEqual({ message: 'Internal server error', path: ['op'], extensions: { code: 'INTERNAL' } });
    expect(reported).toEqual([secret]);
  });

  it('tells the client to retry when the database is unreachable, without details', () => {
    const outage = Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), { code: 'P1001' });
    const { result, reported } = format(new GraphQLError('x', { originalError: outage }));
    expect(result).toEqual({ message: 'Temporarily unavailable; try again shortly', path: ['op'], extensions: { code: 'INTERNAL', retryable: true } });
    expect(reported).toEqual([]);
    expect(isOutage(new Error('connect ECONNREFUSED 127.0.0.1:5432'))).toBe(true);
    expect(isOutage(new Error('division by zero'))).toBe(false);
  });

  it('reports request errors from graphql-js itself as BAD_USER_INPUT with the field', () => {
    const { result } = format(new GraphQLError('Field "extra" is not defined by type "SignUpInput".'), {
      message: 'Field "extra" is not defined by type "SignUpInput".',
      path: ['op'],
    });
    expect(result.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'extra' });
  });
});
