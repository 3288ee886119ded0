// Hostile input: thousands of random and malformed GraphQL requests across every root field of
// the committed schema, from anonymous callers, an admin, a grader and a candidate. Whatever
// comes in, the API answers with a contract error code, never INTERNAL, never a stack trace,
// and stays up. Seeded, so a failure can be replayed (FUZZ_SEED).
import { buildSchema, GraphQLArgument, GraphQLField, GraphQLInputType, GraphQLNamedType, GraphQLSchema, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import seedrandom from 'seedrandom';
import { ApiHarness, signUpCompany, startApi, uniqueEmail } from '../support/api-harness';

const TOTAL = Number(process.env.FUZZ_REQUESTS ?? 10_000);
const CONCURRENCY = 8;
const CONTRACT_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'RATE_LIMITED']);

const schema: GraphQLSchema = buildSchema(readFileSync(path.resolve(__dirname, '../../apps/api/schema.graphql'), 'utf8'));
const rng = seedrandom(process.env.FUZZ_SEED ?? 'fuzz-1');
const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)];

const NASTY_STRINGS = ['', ' ', 'x'.repeat(100_000), '\u0000', "' OR 1=1 --", '{"$gt":""}', '../../etc/passwd', '<script>alert(1)</script>', '😀'.repeat(500), 'NaN', '-1', '1e309'];
const NASTY_NUMBERS = [0, -1, 1e309, -1e309, 2 ** 53, 3.5, Number.MAX_SAFE_INTEGER, -0];

/** A random value for an input type: sometimes right, often wrong. */
function randomValue(type: GraphQLInputType, depth = 0): unknown {
  if (rng() < 0.15) return pick<unknown>([null, 'wrong', 42, true, [], {}, { unknownField: 1 }, ...NASTY_STRINGS.slice(0, 4)]);
  if (isNonNullType(type)) return randomValue(type.ofType, depth);
  if (isListType(type)) return Array.from({ length: Math.floor(rng() * (rng() < 0.1 ? 150 : 4)) }, () => randomValue(type.ofType, depth + 1));
  if (isEnumType(type)) return rng() < 0.8 ? pick(type.getValues()).name : 'NOT_A_VALUE';
  if (isInputObjectType(type)) {
    if (depth > 4) return {};
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) if (rng() < 0.85) value[field.name] = randomValue(field.type, depth + 1);
    if (rng() < 0.1) value[`extra${Math.floor(rng() * 100)}`] = 'unexpected';
    return value;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return pick([...NASTY_NUMBERS, Math.floor(rng() * 200) - 50]);
      case 'Float':
        return pick([...NASTY_NUMBERS, rng() * 100]);
      case 'Boolean':
        return rng() < 0.5;
      case 'DateTime':
        return pick(['2030-01-01T00:00:00Z', 'yesterday', '1970-01-01', '']);
      default:
        return rng() < 0.5 ? pick(NASTY_STRINGS) : `id-${Math.floor(rng() * 1e6)}`;
    }
  }
  return null;
}

/** A selection for an output type, a few levels deep (or absurdly deep now and then). */
function selection(type: GraphQLNamedType, depth: number): string {
  if (!isObjectType(type)) return '';
  const fields = Object.values(type.getFields()) as GraphQLField<unknown, unknown>[];
  const chosen = fields.filter(() => rng() < 0.6).slice(0, 6);
  if (chosen.length === 0) chosen.push(fields[0]);
  const parts = chosen.map((field) => {
    const named = getNamedType(field.type);
    const args = field.args.filter((a) => isNonNullType(a.type)).map((a) => `${a.name}: ${a.type.toString().startsWith('Lang') ? 'EN' : a.type.toString().startsWith('Language') ? 'PYTHON' : '"x"'}`);
    const argText = args.length ? `(${args.join(', ')})` : '';
    return isObjectType(named) ? (depth > 3 ? '' : `${field.name}${argText} { ${selection(named, depth + 1)} }`) : `${field.name}${argText}`;
  });
  return parts.filter(Boolean).join(' ') || '__typename';
}

function operationFor(kind: 'query' | 'mutation' | 'subscription', field: GraphQLField<unknown, unknown>): { query: string; variables: Record<string, unknown> } {
  const variables: Record<string, unknown> = {};
  const declared: string[] = [];
  const used: string[] = [];
  field.args.forEach((arg: GraphQLArgument, i) => {
    if (!isNonNullType(arg.type) && rng() < 0.4) return;
    declared.push(`$v${i}: ${arg.type.toString()}`);
    used.push(`${arg.name}: $v${i}`);
    variables[`v${i}`] = randomValue(arg.type);
  });
  const named = getNamedType(field.type);
  const body = isObjectType(named) ? `{ ${selection(named, 0)} }` : '';
  const head = declared.length ? `(${declared.join(', ')})` : '';
  return { query: `${kind}${head} { ${field.name}${used.length ? `(${used.join(', ')})` : ''} ${body} }`, variables };
}

/** Requests that are broken before GraphQL even looks at the fields. */
function malformed(): { raw?: string; query?: unknown; variables?: unknown } {
  return pick([
    { raw: '{' },
    { raw: 'null' },
    { raw: '[]' },
    { raw: JSON.stringify({ query: 42 }) },
    { query: '{ me { id ' },
    { query: `{ ${'me { company { '.repeat(30)} id ${'} } '.repeat(30)} }` },
    { query: `query { ${Array.from({ length: 300 }, (_, i) => `a${i}: me { id }`).join(' ')} }` },
    { query: 'mutation { signUp }' },
    { query: '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } }' },
    { query: '{ me { id } }', variables: 'not-an-object' },
    { query: 'query($x: Int) { users(first: $x) { totalCount } }', variables: { x: 'many' } },
    { query: 'fragment A on Query { ...B } fragment B on Query { ...A } { ...A }' },
  ]);
}

describe(`fuzzing every operation (${TOTAL} requests)`, () => {
  let api: ApiHarness;
  const tokens: Array<string | undefined> = [undefined];

  beforeAll(async () => {
    api = await startApi({ RATE_LIMIT_SUBMISSIONS_PER_MINUTE: '1000' });
    const admin = await signUpCompany(api);
    tokens.push(admin.token);
    const grader = await api.gql(
      `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
      { input: { name: 'grader', role: 'GRADER' } },
      admin.token,
    );
    tokens.push(grader.data?.createApiKey.secret);
    const questions = await api.gql(`{ questions(first: 2) { edges { node { id } } } }`, {}, admin.token);
    const set = await api.gql(
      `mutation($input: CreateQuestionSetInput!) { createQuestionSet(input: $input) { id } }`,
      { input: { title: 'Fuzz', timeLimitMinutes: 30, items: questions.data?.questions.edges.map((e: any) => ({ questionId: e.node.id, points: 1 })) } },
      admin.token,
    );
    const candidate = await api.gql(`mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`, { input: { name: 'F', email: uniqueEmail() } }, admin.token);
    const invitation = await api.gql(
      `mutation($input: InviteCandidateInput!) { inviteCandidate(input: $input) { token } }`,
      { input: { candidateId: candidate.data?.createCandidate.id, questionSetId: set.data?.createQuestionSet.id } },
      admin.token,
    );
    tokens.push(invitation.data?.inviteCandidate.token);
  });
  afterAll(async () => {
    await api.close();
  });

  it('answers every request with a contract error or data: no INTERNAL, no stack, still alive', async () => {
    const roots = (['query', 'mutation'] as const).flatMap((kind) => {
      const type = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
      return Object.values(type?.getFields() ?? {}).map((field) => ({ kind, field }));
    });
    const problems: string[] = [];
    const codes = new Map<string, number>();
    let sent = 0;

    async function one(): Promise<void> {
      const token = pick(tokens);
      const call = request(api.baseUrl).post('/graphql').set('content-type', 'application/json');
      if (token) call.set('authorization', `Bearer ${token}`);
      let payload: string;
      if (rng() < 0.1) {
        const broken = malformed();
        payload = broken.raw ?? JSON.stringify({ query: broken.query, variables: broken.variables });
      } else {
        const { kind, field } = pick(roots);
        payload = JSON.stringify(operationFor(kind, field));
      }
      const response = await call.send(payload);
      const text = response.text;
      // Errors (or a non-GraphQL body) must not carry internals; data may legitimately hold code.
      const errorText = response.body?.errors ? JSON.stringify(response.body.errors) : response.body?.data ? '' : text;
      if (/stacktrace|node_modules|\/work\/|at \S+ \(|prisma\.|SELECT |INSERT /i.test(errorText)) problems.push(`leak: ${payload.slice(0, 200)} -> ${errorText.slice(0, 300)}`);
      if (response.status >= 500) problems.push(`status ${response.status}: ${payload.slice(0, 200)}`);
      for (const error of (response.body?.errors ?? []) as Array<{ extensions?: { code?: string } }>) {
        const code = error.extensions?.code ?? 'NONE';
        codes.set(code, (codes.get(code) ?? 0) + 1);
        if (!CONTRACT_CODES.has(code)) problems.push(`code ${code}: ${payload.slice(0, 300)} -> ${JSON.stringify(error).slice(0, 300)}`);
      }
    }

    async function lane(): Promise<void> {
      while (sent < TOTAL) {
        sent += 1;
        await one();
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, lane));

    expect(problems.slice(0, 10)).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(TOTAL);
    const health = await request(api.baseUrl).get('/ready');
    expect(health.status).toBe(200);
    // Something must have been refused for each reason we aim at.
    expect(codes.get('BAD_USER_INPUT')).toBeGreaterThan(0);
    expect(codes.get('UNAUTHENTICATED')).toBeGreaterThan(0);
  }, 600_000);
});
