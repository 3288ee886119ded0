// Maps every error that reaches a client to the contract's codes, and strips anything
// internal: stacks, SQL, file paths and messages of unexpected errors never leave the server.
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { AppError, ErrorCode } from './app-error';

interface ErrorWithCode {
  code?: string;
  meta?: { target?: string[] | string };
}

const PASSTHROUGH_GRAPHQL_CODES: Record<string, ErrorCode> = {
  // Parse and validation errors of the request itself (unknown fields, wrong types...).
  GRAPHQL_PARSE_FAILED: 'BAD_USER_INPUT',
  GRAPHQL_VALIDATION_FAILED: 'BAD_USER_INPUT',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_FOUND: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_SUPPORTED: 'BAD_USER_INPUT',
  OPERATION_RESOLUTION_FAILURE: 'BAD_USER_INPUT',
};

/** Finds the offending field in graphql-js messages such as `Field "foo" is not defined by type "X"`. */
function fieldFromGraphQLMessage(message: string): string | undefined {
  const match =
    /Field "([^"]+)" is not defined by type/.exec(message) ??
    /Field "[^"]*\.([^".]+)" of required type/.exec(message) ??
    /at "[^"]*\.([^".]+)"/.exec(message) ??
    /Field "([^"]+)" of required type/.exec(message);
  return match?.[1];
}

// Prisma's "can't reach / lost the database" codes, and socket errors from the pg driver.
const OUTAGE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
const OUTAGE_MESSAGE = /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|Connection terminated|the database system is (starting up|shutting down)|terminating connection/i;

/** The database (or Redis) is unreachable: the client should retry, nothing is wrong with its request. */
export function isOutage(error: unknown): boolean {
  const code = (error as ErrorWithCode)?.code;
  if (code && OUTAGE_PRISMA_CODES.has(code)) return true;
  const text = `${(error as Error)?.message ?? ''} ${String((error as { cause?: unknown })?.cause ?? '')}`;
  return OUTAGE_MESSAGE.test(text);
}

export type ErrorReporter = (error: unknown) => void;

export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  report: ErrorReporter,
): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof AppError) {
    return {
      ...base,
      message: original.message,
      extensions: {
        code: original.code,
        ...(original.field ? { field: original.field } : {}),
        ...(original.details ?? {}),
      },
    };
  }

  // A unique constraint (Prisma P2002) is a conflict the client can act on.
  if ((original as ErrorWithCode)?.code === 'P2002') {
    const target = (original as ErrorWithCode).meta?.target;
    const field = Array.isArray(target) ? target[target.length - 1] : target;
    return { ...base, message: 'Already exists', extensions: { code: 'CONFLICT', ...(field ? { field } : {}) } };
  }

  const graphqlCode = formatted.extensions?.code as string | undefined;
  if (graphqlCode && PASSTHROUGH_GRAPHQL_CODES[graphqlCode]) {
    const field = (formatted.extensions?.field as string | undefined) ?? fieldFromGraphQLMessage(formatted.message);
    return {
      ...base,
      extensions: { code: PASSTHROUGH_GRAPHQL_CODES[graphqlCode], ...(field ? { field } : {}) },
    };
  }

  // graphql-js's own errors about the request (coercion of variables and the like) have no
  // underlying cause: the request is at fault, not the server.
  if (error instanceof GraphQLError && !error.originalError) {
    const field = fieldFromGraphQLMessage(formatted.message);
    return { ...base, extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } };
  }

  if (isOutage(original)) {
    return { message: 'Temporarily unavailable; try again shortly', path: formatted.path, extensions: { code: 'INTERNAL', retryable: true } };
  }

  report(original);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL' } };
}
