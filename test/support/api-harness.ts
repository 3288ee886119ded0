// Starts the real API (real PostgreSQL copy, real Redis) on a loopback port and talks to it
// over HTTP with supertest, as an integration would.
import { createServer, type AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApp } from '../../apps/api/src/create-app';
import { createTestDatabase } from './database';
import { testAppConfig } from './test-config';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; field?: string; [key: string]: unknown } }>;
}

export interface ApiHarness {
  app: INestApplication;
  baseUrl: string;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export async function startApi(overrides: Record<string, string> = {}): Promise<ApiHarness> {
  const database = await createTestDatabase();
  const config = testAppConfig(database.url, overrides);
  const app = await createApp(config);
  // PORT 0 (the default): any free port. A test that needs its URL before start-up (absolute
  // links from PUBLIC_BASE_URL) picks one with freePort().
  await app.listen(config.PORT, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}`;
  return {
    app,
    baseUrl,
    async gql(query, variables, token) {
      const call = request(baseUrl).post('/graphql').set('content-type', 'application/json');
      if (token) call.set('authorization', `Bearer ${token}`);
      const response = await call.send({ query, variables });
      return { status: response.status, data: response.body.data, errors: response.body.errors };
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

/** A port free on 127.0.0.1 right now (for PORT and PUBLIC_BASE_URL of an API under test). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let counter = 0;
/** A unique e-mail for this run. */
export function uniqueEmail(label = 'user'): string {
  counter += 1;
  return `${label}-${process.pid}-${Date.now()}-${counter}@example.test`;
}

export const STRONG_PASSWORD = 'correct horse battery staple';

export interface CompanySession {
  token: string;
  userId: string;
  companyId: string;
  email: string;
}

/** Signs a new company up and returns its admin's session. */
export async function signUpCompany(api: ApiHarness, companyName = 'Acme'): Promise<CompanySession> {
  const email = uniqueEmail('admin');
  const response = await api.gql<{ signUp: { accessToken: string; user: { id: string }; company: { id: string } } }>(
    `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken user { id } company { id } } }`,
    { input: { companyName, name: 'Admin', email, password: STRONG_PASSWORD } },
  );
  if (!response.data?.signUp) throw new Error(`signUp failed: ${JSON.stringify(response.errors)}`);
  const { accessToken, user, company } = response.data.signUp;
  return { token: accessToken, userId: user.id, companyId: company.id, email };
}

/** The first error's code, or undefined. */
export function errorCode(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}
