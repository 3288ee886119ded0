import request from 'supertest';
import { ApiHarness, STRONG_PASSWORD, errorCode, signUpCompany, startApi, uniqueEmail } from '../support/api-harness';

const CREATE_API_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id name role prefix } secret } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email role } }`;
const ME = `{ me { id kind email role company { id name } } }`;

describe('accounts and integrations (HTTP, real PostgreSQL and Redis)', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => {
    await api.close();
  });

  it('signs a company up and answers `me` with the access token', async () => {
    const session = await signUpCompany(api, 'Initech');
    const me = await api.gql(ME, {}, session.token);
    expect(me.errors).toBeUndefined();
    expect(me.data?.me).toEqual({
      id: session.userId,
      kind: 'USER',
      email: session.email,
      role: 'ADMIN',
      company: { id: session.companyId, name: 'Initech' },
    });
  });

  it('logs in with e-mail and password; wrong password and unknown e-mail answer alike', async () => {
    const session = await signUpCompany(api);
    const ok = await api.gql(`mutation($input: LogInInput!) { logIn(input: $input) { accessToken user { id email role } } }`, {
      input: { email: session.email.toUpperCase(), password: STRONG_PASSWORD },
    });
    expect(ok.data?.logIn.user).toEqual({ id: session.userId, email: session.email, role: 'ADMIN' });
    const me = await api.gql(ME, {}, ok.data?.logIn.accessToken);
    expect(me.data?.me.id).toBe(session.userId);

    const wrongPassword = await api.gql(`mutation { logIn(input: {email: "${session.email}", password: "not the password"}) { accessToken } }`);
    const unknownEmail = await api.gql(`mutation { logIn(input: {email: "${uniqueEmail('ghost')}", password: "not the password"}) { accessToken } }`);
    expect(wrongPassword.data).toBeNull();
    expect(errorCode(wrongPassword)).toBe('UNAUTHENTICATED');
    expect(unknownEmail.errors?.[0]).toEqual(wrongPassword.errors?.[0]);
  });

  it('refuses a second account with the same e-mail as CONFLICT on field email', async () => {
    const session = await signUpCompany(api);
    const again = await api.gql(`mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }`, {
      input: { companyName: 'Other', name: 'X', email: session.email, password: STRONG_PASSWORD },
    });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
  });

  it('keeps each company\'s users and API keys invisible to the other', async () => {
    const a = await signUpCompany(api, 'A');
    const b = await signUpCompany(api, 'B');
    const aKey = await api.gql(CREATE_API_KEY, { input: { name: 'a-ci', role: 'RECRUITER' } }, a.token);
    const aKeyId = aKey.data?.createApiKey.apiKey.id;
    await api.gql(CREATE_USER, { input: { email: uniqueEmail('a-rec'), name: 'Rec', role: 'RECRUITER', password: STRONG_PASSWORD } }, a.token);

    const bUsers = await api.gql(`{ users { totalCount edges { node { id email company { id } } } } }`, {}, b.token);
    expect(bUsers.data?.users.totalCount).toBe(1);
    expect(bUsers.data?.users.edges.map((e: any) => e.node.company.id)).toEqual([b.companyId]);
    const bKeys = await api.gql(`{ apiKeys { totalCount edges { node { id } } } }`, {}, b.token);
    expect(bKeys.data?.apiKeys.totalCount).toBe(0);

    // Another company's key is NOT_FOUND (never FORBIDDEN), and stays valid.
    const revoke = await api.gql(`mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`, { id: aKeyId }, b.token);
    expect(errorCode(revoke)).toBe('NOT_FOUND');
    const aMe = await api.gql(ME, {}, aKey.data?.createApiKey.secret);
    expect(aMe.data?.me).toMatchObject({ id: aKeyId, kind: 'API_KEY', role: 'RECRUITER', company: { id: a.companyId } });
  });

  it('authenticates with an API key until it is revoked', async () => {
    const admin = await signUpCompany(api);
    const created = await api.gql(CREATE_API_KEY, { input: { name: 'ats', role: 'GRADER' } }, admin.token);
    const { apiKey, secret } = created.data?.createApiKey;
    expect(secret).toMatch(new RegExp(`^mlj_${apiKey.prefix}_`));

    const me = await api.gql(ME, {}, secret);
    expect(me.data?.me).toMatchObject({ kind: 'API_KEY', email: null, role: 'GRADER', company: { id: admin.companyId } });

    // A key with a valid prefix but a wrong secret is refused.
    const forged = `${secret.slice(0, -4)}AAAA`;
    expect(errorCode(await api.gql(ME, {}, forged))).toBe('UNAUTHENTICATED');

    const revoked = await api.gql(`mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`, { id: apiKey.id }, admin.token);
    expect(revoked.data?.revokeApiKey.revokedAt).toEqual(expect.any(String));
    expect(errorCode(await api.gql(ME, {}, secret))).toBe('UNAUTHENTICATED');

    const listed = await api.gql(`{ apiKeys { edges { node { id lastUsedAt revokedAt } } } }`, {}, admin.token);
    expect(listed.data?.apiKeys.edges[0].node).toMatchObject({ id: apiKey.id, lastUsedAt: expect.any(String), revokedAt: expect.any(String) });
  });

  it('enforces roles: a recruiter cannot add members or keys, a grader key cannot either', async () => {
    const admin = await signUpCompany(api);
    const recruiterEmail = uniqueEmail('rec');
    await api.gql(CREATE_USER, { input: { email: recruiterEmail, name: 'Rec', role: 'RECRUITER', password: STRONG_PASSWORD } }, admin.token);
    const login = await api.gql(`mutation { logIn(input: {email: "${recruiterEmail}", password: "${STRONG_PASSWORD}"}) { accessToken user { role } } }`);
    expect(login.data?.logIn.user.role).toBe('RECRUITER');
    const recruiterToken = login.data?.logIn.accessToken;

    const denied = await api.gql(CREATE_USER, { input: { email: uniqueEmail(), name: 'X', role: 'ADMIN', password: STRONG_PASSWORD } }, recruiterToken);
    expect(errorCode(denied)).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(CREATE_API_KEY, { input: { name: 'k', role: 'ADMIN' } }, recruiterToken))).toBe('FORBIDDEN');

    const graderKey = (await api.gql(CREATE_API_KEY, { input: { name: 'g', role: 'GRADER' } }, admin.token)).data?.createApiKey.secret;
    expect(errorCode(await api.gql(CREATE_API_KEY, { input: { name: 'k', role: 'ADMIN' } }, graderKey))).toBe('FORBIDDEN');
  });

  it('denies anonymous and garbage tokens', async () => {
    expect(errorCode(await api.gql(ME))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(ME, {}, 'not-a-token'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(ME, {}, 'mlj_AAAAAAAAAAAA_BBBB'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(ME, {}, 'inv_nothing'))).toBe('UNAUTHENTICATED');
  });

  describe('invalid input answers BAD_USER_INPUT naming the field', () => {
    let admin: { token: string };
    beforeAll(async () => {
      admin = await signUpCompany(api);
    });

    const signUp = (input: Record<string, unknown>) =>
      api.gql(`mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }`, {
        input: { companyName: 'Co', name: 'N', email: uniqueEmail(), password: STRONG_PASSWORD, ...input },
      });

    it.each([
      ['email', { email: 'not-an-email' }],
      ['password', { password: 'short' }],
      ['companyName', { companyName: '' }],
      ['name', { name: 'x'.repeat(201) }],
      ['unexpected', { unexpected: 'field' }],
      ['password', { password: 12345678901 }],
    ])('signUp %s', async (field, input) => {
      const response = await signUp(input);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });

    it('createUser with an unknown role', async () => {
      const response = await api.gql(
        `mutation { createUser(input: {email: "${uniqueEmail()}", name: "X", role: OWNER, password: "${STRONG_PASSWORD}"}) { id } }`,
        {},
        admin.token,
      );
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
    });

    it('createApiKey with a name too long', async () => {
      const response = await api.gql(CREATE_API_KEY, { input: { name: 'k'.repeat(101), role: 'ADMIN' } }, admin.token);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    });

    it('a page larger than 100', async () => {
      const response = await api.gql(`{ users(first: 101) { totalCount } }`, {}, admin.token);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    });

    it('a malformed cursor', async () => {
      const response = await api.gql(`{ users(after: "%%%") { totalCount } }`, {}, admin.token);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });

    it('logIn with a malformed e-mail', async () => {
      const response = await api.gql(`mutation { logIn(input: {email: "nope", password: "x"}) { accessToken } }`);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    });
  });

  it('never leaks stacks or internals in errors', async () => {
    const responses = await Promise.all([
      api.gql(`{ nope }`),
      api.gql(`mutation { signUp(input: {}) { accessToken } }`),
      api.gql(`{ me { id `),
    ]);
    for (const response of responses) {
      const text = JSON.stringify(response.errors);
      expect(response.errors?.length).toBeGreaterThan(0);
      expect(text).not.toMatch(/stacktrace|at .*\.js|node_modules|\/work\/|SELECT|prisma/i);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses queries that are too deep or too complex, and bodies that are too large', async () => {
    const admin = await signUpCompany(api);
    // 12 levels of selections exceed the depth limit of 10 (checked on the document alone).
    let selection = 'id';
    for (let i = 0; i < 12; i += 1) selection = `company { ${selection} }`;
    const tooDeep = await api.gql(`{ me { ${selection} } }`, {}, admin.token);
    expect(errorCode(tooDeep)).toBe('BAD_USER_INPUT');
    expect(tooDeep.errors?.map((e) => e.message).join(' ')).toMatch(/exceeds maximum operation depth/i);

    const wide = Array.from({ length: 30 }, (_, i) => `u${i}: users(first: 100) { edges { node { id email name role createdAt } } }`).join(' ');
    const tooComplex = await api.gql(`{ ${wide} }`, {}, admin.token);
    expect(errorCode(tooComplex)).toBe('BAD_USER_INPUT');
    expect(tooComplex.errors?.[0].message).toMatch(/too complex/i);

    const huge = await request(api.baseUrl)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: `{ me { id } }`, variables: { padding: 'x'.repeat(300 * 1024) } });
    expect(huge.status).toBe(413);
    expect(JSON.stringify(huge.body)).not.toMatch(/stack|node_modules/);
  });

  it('answers liveness and readiness', async () => {
    const live = await request(api.baseUrl).get('/health');
    expect(live.status).toBe(200);
    const ready = await request(api.baseUrl).get('/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.details).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' } });
  });
});

describe('rate limits (Redis-backed)', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi({ RATE_LIMIT_LOGIN_PER_15MIN: '3', RATE_LIMIT_SIGNUP_PER_HOUR: '2', RATE_LIMIT_BAD_TOKENS_PER_15MIN: '3' });
  });
  afterAll(async () => {
    await api.close();
  });

  it('answers RATE_LIMITED after too many log-ins for one e-mail', async () => {
    const email = uniqueEmail('victim');
    const attempt = () => api.gql(`mutation { logIn(input: {email: "${email}", password: "guess-guess-guess"}) { accessToken } }`);
    const codes = [];
    for (let i = 0; i < 4; i += 1) codes.push(errorCode(await attempt()));
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
    const limited = await attempt();
    expect(limited.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('answers RATE_LIMITED after too many sign-ups from one address', async () => {
    const signUp = () =>
      api.gql(`mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }`, {
        input: { companyName: 'Co', name: 'N', email: uniqueEmail(), password: STRONG_PASSWORD },
      });
    expect((await signUp()).errors).toBeUndefined();
    expect((await signUp()).errors).toBeUndefined();
    expect(errorCode(await signUp())).toBe('RATE_LIMITED');
  });

  it('answers RATE_LIMITED to someone guessing invitation tokens', async () => {
    const guess = () => api.gql(`mutation { startAttempt { id } }`, {}, `inv_${Math.random().toString(36).slice(2)}`);
    const codes = [];
    for (let i = 0; i < 4; i += 1) codes.push(errorCode(await guess()));
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
  });
});
