// Plays Greenhouse against the real API, judge worker, sandbox and an SMTP server started here:
// list_tests, send_test (twice: one interview, one e-mail), the candidate follows the e-mailed
// link, Greenhouse's callback receives the PATCH, test_status turns complete with the score the
// GraphQL report shows, and the partner_profile_url opens in Chromium. Every request and answer
// is checked against docs/greenhouse-openapi.yaml. Traffic to 127.0.0.1 only.
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import jestOpenAPI from 'jest-openapi';
import request from 'supertest';
import { PY_SDP_CORRECT } from '../../apps/judge/src/judging/testing/candidate-sources';
import { type ApiHarness, type CompanySession, freePort, signUpCompany, startApi, uniqueEmail } from '../support/api-harness';
import { launchChromium } from '../support/browser';
import { type Receiver, startReceiver } from '../support/http-receiver';
import { startJudgeWorker } from '../support/judge-worker';
import { type SmtpSink, startSmtpSink, tokenInMail } from '../support/smtp-sink';
import { waitFor } from '../support/wait-for';

jestOpenAPI(join(__dirname, '../../docs/greenhouse-openapi.yaml'));

const GH = '/integrations/greenhouse';
const basic = (key: string, password = '') => `Basic ${Buffer.from(`${key}:${password}`).toString('base64')}`;

describe('Greenhouse Assessment Partner endpoints (real API, worker, SMTP, browser)', () => {
  let api: ApiHarness;
  let judge: INestApplication;
  let smtp: SmtpSink;
  let callback: Receiver;
  let acme: CompanySession;
  let other: CompanySession;
  let key: string;
  let setId: string;

  const createKey = async (session: CompanySession, role: string) => {
    const made = await api.gql(`mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret } }`, { input: { name: `greenhouse-${role}`, role } }, session.token);
    return { id: made.data?.createApiKey.apiKey.id as string, secret: made.data?.createApiKey.secret as string };
  };
  const get = (path: string, auth = key) => request(api.baseUrl).get(`${GH}${path}`).set('authorization', basic(auth));
  const post = (path: string, body: unknown, auth = key) => request(api.baseUrl).post(`${GH}${path}`).set('authorization', basic(auth)).send(body as object);

  beforeAll(async () => {
    smtp = await startSmtpSink();
    callback = await startReceiver();
    const port = await freePort();
    api = await startApi({ PORT: String(port), PUBLIC_BASE_URL: `http://127.0.0.1:${port}`, SMTP_URL: smtp.url, MAINTENANCE_INTERVAL_MS: '500', WEBHOOK_BACKOFF_MS: '200' });
    judge = await startJudgeWorker(api, 'greenhouse-worker');
    acme = await signUpCompany(api, 'Acme Greenhouse');
    other = await signUpCompany(api, 'Other Co');
    key = (await createKey(acme, 'RECRUITER')).secret;
    const found = await api.gql(`{ questions(first: 1, filter: {search: "code-attention-scaled-dot-product"}) { edges { node { id } } } }`, {}, acme.token);
    const set = await api.gql(
      `mutation($input: CreateQuestionSetInput!) { createQuestionSet(input: $input) { id } }`,
      { input: { title: 'Attention screen', timeLimitMinutes: 60, languages: ['PYTHON'], items: [{ questionId: found.data?.questions.edges[0].node.id, points: 10 }] } },
      acme.token,
    );
    setId = set.data?.createQuestionSet.id;
  }, 180_000);

  afterAll(async () => {
    await judge?.close();
    await api?.close();
    await callback?.close();
    await smtp?.close();
  });

  it('takes a candidate from send_test to a complete test_status with the report\'s score and a report page that opens', async () => {
    const tests = await get('/list_tests');
    expect(tests.status).toBe(200);
    expect(tests).toSatisfyApiSpec();
    expect(tests.body).toContainEqual({ partner_test_id: setId, partner_test_name: 'Attention screen' });

    const email = uniqueEmail('kate');
    const body = {
      partner_test_id: setId,
      candidate: { first_name: 'Kate', last_name: 'Austen', email, resume_url: null, phone_number: '123-456-7890', greenhouse_profile_url: 'https://app.greenhouse.io/people/1?application_id=2' },
      url: `${callback.url}/take_home_tests/98765`,
    };
    expect(body).toSatisfySchemaInApiSpec('SendTestRequest');
    const sent = await post('/send_test', body);
    expect(sent.status).toBe(200);
    expect(sent).toSatisfyApiSpec();
    const interview = sent.body.partner_interview_id as string;
    // Greenhouse retries: the same interview, and no second e-mail.
    const again = await post('/send_test', body);
    expect(again.body).toEqual({ partner_interview_id: interview });

    const mail = await waitFor('the invitation e-mail', async () => smtp.messages.find((m) => m.to && JSON.stringify(m.to).includes(email)));
    const token = tokenInMail(mail);
    expect(token).toBeDefined();
    const status = async () => {
      const response = await get(`/test_status?partner_interview_id=${interview}`);
      expect(response.status).toBe(200);
      expect(response).toSatisfyApiSpec();
      return response.body as { partner_status: string; partner_score?: number; partner_profile_url?: string };
    };
    expect((await status()).partner_status).toBe('sent');

    // The candidate follows the link's token through the assessment.
    const started = await api.gql(`mutation { startAttempt { id questions { id } } }`, {}, token);
    expect((await status()).partner_status).toBe('in_progress');
    const questionId = started.data?.startAttempt.questions[0].id;
    expect((await api.gql(`mutation($input: SubmitCodeInput!) { submitCode(input: $input) { id } }`, { input: { questionId, language: 'PYTHON', source: PY_SDP_CORRECT } }, token)).errors).toBeUndefined();
    expect((await api.gql(`mutation { finishAttempt { id } }`, {}, token)).errors).toBeUndefined();

    // Greenhouse's callback: one PATCH, with the customer's key as its Basic credential.
    const patch = await waitFor('the PATCH to Greenhouse', async () => callback.received.find((r) => r.method === 'PATCH'), 120_000);
    expect(patch.url).toBe('/hook/take_home_tests/98765');
    expect(patch.headers.authorization).toBe(basic(key));
    const complete = await status();
    expect(complete.partner_status).toBe('complete');
    const report = await api.gql(`query($id: ID!) { attempt(id: $id) { totalScore reportUrl } }`, { id: started.data?.startAttempt.id }, acme.token);
    expect(complete.partner_score).toBe(report.data?.attempt.totalScore);
    expect(complete.partner_score).toBe(10);
    expect(complete.partner_profile_url).toBe(report.data?.attempt.reportUrl);
    expect(smtp.messages.filter((m) => JSON.stringify(m.to).includes(email))).toHaveLength(1);

    // The hiring manager clicks through from Greenhouse.
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const opened = await page.goto(complete.partner_profile_url!);
      expect(opened?.status()).toBe(200);
      await expect(page.getByText('Attention screen').first().isVisible()).resolves.toBe(true);
      expect(await page.textContent('body')).toMatch(/10\s*\/\s*10/);
    } finally {
      await browser.close();
    }
    expect(callback.received.filter((r) => r.method === 'PATCH')).toHaveLength(1);
  }, 240_000);

  it('refuses every credential but a RECRUITER or ADMIN key of ours with an empty password, with no detail', async () => {
    const grader = await createKey(acme, 'GRADER');
    const revoked = await createKey(acme, 'RECRUITER');
    await api.gql(`mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: revoked.id }, acme.token);
    const admin = await createKey(acme, 'ADMIN');
    expect((await get('/list_tests', admin.secret)).status).toBe(200);
    const refusals = [
      await get('/list_tests', 'mlj_notakey.at-all'),
      await get('/list_tests', grader.secret),
      await get('/list_tests', revoked.secret),
      await request(api.baseUrl).get(`${GH}/list_tests`).set('authorization', basic(key, 'password')),
      await request(api.baseUrl).get(`${GH}/list_tests`).set('authorization', `Bearer ${key}`),
      await request(api.baseUrl).get(`${GH}/list_tests`),
      await request(api.baseUrl).get(`${GH}/list_tests`).set('authorization', basic(acme.token)),
    ];
    for (const response of refusals) {
      expect({ status: response.status, body: response.body }).toEqual({ status: 401, body: { error: { message: 'Unauthorized' } } });
      expect(response.headers['www-authenticate']).toBe('Basic realm="greenhouse"');
      expect(response).toSatisfyApiSpec();
    }
  });

  it('keeps companies apart: another company\'s test and interview are not found', async () => {
    const otherKey = (await createKey(other, 'RECRUITER')).secret;
    const theirTests = await get('/list_tests', otherKey);
    expect(theirTests.body.map((t: { partner_test_id: string }) => t.partner_test_id)).not.toContain(setId);
    const sent = await post('/send_test', { partner_test_id: setId, candidate: { first_name: 'X', last_name: 'Y', email: uniqueEmail() } }, otherKey);
    expect(sent.status).toBe(404);
    expect(sent.body.error.field).toBe('partner_test_id');
    expect(sent).toSatisfyApiSpec();
    const mine = await post('/send_test', { partner_test_id: setId, candidate: { first_name: 'Jo', last_name: 'Lee', email: uniqueEmail('jo') } });
    const status = await get(`/test_status?partner_interview_id=${mine.body.partner_interview_id}`, otherKey);
    expect(status.status).toBe(404);
    expect(status).toSatisfyApiSpec();
  });

  it('answers bad requests with a 400 naming the field, never a stack', async () => {
    const noEmail = await post('/send_test', { partner_test_id: setId, candidate: { first_name: 'A', last_name: 'B' } });
    expect(noEmail.status).toBe(400);
    expect(noEmail.body).toEqual({ error: { message: 'candidate.email is required', field: 'candidate.email' } });
    expect(noEmail).toSatisfyApiSpec();
    const badUrl = await post('/send_test', { partner_test_id: setId, candidate: { first_name: 'A', last_name: 'B', email: uniqueEmail() }, url: 'file:///etc/passwd' });
    expect(badUrl.status).toBe(400);
    expect(badUrl.body.error.field).toBe('url');
    const notJson = await request(api.baseUrl).post(`${GH}/send_test`).set('authorization', basic(key)).set('content-type', 'application/json').send('{"partner_test_id": ');
    expect(notJson.status).toBe(400);
    expect(JSON.stringify(notJson.body)).not.toMatch(/at |node_modules|SyntaxError/);
    const noId = await get('/test_status');
    expect(noId.status).toBe(400);
    expect(noId.body.error.field).toBe('partner_interview_id');
  });

  it('records what Greenhouse reports through response_error in the audit log', async () => {
    const report = { api_call: 'test_status', errors: ['partner_status is complete but partner_profile_url is missing'], partner_test_id: setId, partner_interview_id: 'inv-1', candidate_email: 'kate@example.com' };
    expect(report).toSatisfySchemaInApiSpec('ResponseErrorRequest');
    const answered = await post('/response_error', report);
    expect(answered.status).toBe(200);
    expect(answered).toSatisfyApiSpec();
    const logs = await api.gql(`{ auditLogs(first: 20) { edges { node { action metadata } } } }`, {}, acme.token);
    const entry = logs.data?.auditLogs.edges.map((e: { node: { action: string; metadata: unknown } }) => e.node).find((n: { action: string }) => n.action === 'greenhouseResponseError');
    expect(JSON.parse(entry.metadata)).toMatchObject({ apiCall: 'test_status', errors: report.errors });
    expect(entry.metadata).not.toContain('kate@example.com');
  });
});
