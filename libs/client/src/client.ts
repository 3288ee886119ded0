// A typed GraphQL client for integrators: pass a generated document (…Document from
// ./generated/graphql) and its variables; the result is typed by the operation. Errors come back
// as GraphQLRequestError with the platform's codes (`extensions.code`, `extensions.field`).
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; reason?: string; retryAfterSeconds?: number; [key: string]: unknown };
}

export class GraphQLRequestError extends Error {
  constructor(
    readonly errors: GraphQLErrorEntry[],
    readonly status: number,
  ) {
    super(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
    this.name = 'GraphQLRequestError';
  }

  /** The first error's code (`NOT_FOUND`, `BAD_USER_INPUT`, `RATE_LIMITED`…). */
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

export interface ClientOptions {
  /** The API's GraphQL endpoint, e.g. `https://judge.example.com/graphql`. */
  url: string;
  /** An API key's secret, a user's access token or a candidate's invitation token. */
  token?: string;
  /** Defaults to the global fetch (Node.js 18+). */
  fetch?: typeof fetch;
}

export interface MlJudgeClient {
  request<TResult, TVariables extends Record<string, unknown>>(document: TypedDocumentNode<TResult, TVariables>, variables?: TVariables): Promise<TResult>;
  /** The same client with another bearer token (e.g. the candidate's). */
  as(token: string): MlJudgeClient;
}

export function createClient(options: ClientOptions): MlJudgeClient {
  const send = options.fetch ?? fetch;
  return {
    async request(document, variables) {
      const response = await send(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
        body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
      });
      const body = (await response.json().catch(() => ({ errors: [{ message: `HTTP ${response.status} with a body that is not JSON` }] }))) as { data?: unknown; errors?: GraphQLErrorEntry[] };
      if (body.errors?.length) throw new GraphQLRequestError(body.errors, response.status);
      if (body.data === undefined || body.data === null) throw new GraphQLRequestError([{ message: `HTTP ${response.status} without data` }], response.status);
      return body.data as never;
    },
    as(token) {
      return createClient({ ...options, token });
    },
  };
}
