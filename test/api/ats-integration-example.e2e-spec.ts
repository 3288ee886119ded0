// docs/examples/ats-integration.ts runs as an integrator would run it, on the typed client,
// against a real API, judge worker and SMTP server; this test plays the candidate, who follows
// the e-mailed link.
import type { INestApplication } from '@nestjs/common';
import { PY_SDP_CORRECT } from '../../apps/judge/src/judging/testing/candidate-sources';
import { runAtsIntegration } from '../../docs/examples/ats-integration';
import { type ApiHarness, freePort, signUpCompany, startApi, uniqueEmail } from '../support/api-harness';
import { startJudgeWorker } from '../support/judge-worker';
import { type SmtpSink, startSmtpSink, tokenInMail } from '../support/smtp-sink';
import { waitFor } from '../support/wait-for';

describe('the ATS integration example', () => {
  let api: ApiHarness;
  let judge: INestApplication;
  let smtp: SmtpSink;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    const port = await freePort();
    api = await startApi({ PORT: String(port), PUBLIC_BASE_URL: `http://127.0.0.1:${port}`, SMTP_URL: smtp.url });
    judge = await startJudgeWorker(api, 'ats-example-worker');
  }, 120_000);

  afterAll(async () => {
    await judge?.close();
    await api?.close();
    await smtp?.close();
  });

  it('builds a set, invites with an e-mail, hears ATTEMPT_FINISHED and reads the report with its link', async () => {
    const admin = await signUpCompany(api, 'ATS Example Co');
    const key = await api.gql(`mutation { createApiKey(input: {name: "ats", role: ADMIN}) { secret } }`, {}, admin.token);
    const email = uniqueEmail('ats');
    const result = await runAtsIntegration({
      apiUrl: `${api.baseUrl}/graphql`,
      apiKey: key.data?.createApiKey.secret,
      candidate: { name: 'Casey Example', email },
      questionSlug: 'code-attention-scaled-dot-product',
      receiver: { host: '127.0.0.1', port: 0 },
      timeoutMs: 120_000,
      onInvited: async () => {
        // The candidate: the link from the e-mail, one correct submission, done.
        const mail = await waitFor('the invitation e-mail', async () => smtp.messages.find((m) => JSON.stringify(m.to).includes(email)), 30_000);
        const token = tokenInMail(mail);
        const started = await api.gql(`mutation { startAttempt { questions { id } } }`, {}, token);
        const questionId = started.data?.startAttempt.questions[0].id;
        await api.gql(`mutation($input: SubmitCodeInput!) { submitCode(input: $input) { id } }`, { input: { questionId, language: 'PYTHON', source: PY_SDP_CORRECT } }, token);
        await waitFor('judged', async () => ((await api.gql(`{ myAttempt { id } }`, {}, token)).data ? true : undefined));
        await api.gql(`mutation { finishAttempt { id } }`, {}, token);
      },
    });
    expect(result.report).toMatchObject({ status: 'FINISHED', maxScore: 10, candidate: { name: 'Casey Example' } });
    expect(result.report.reportUrl).toMatch(new RegExp(`^${api.baseUrl}/reports/`));
    const page = await fetch(result.report.reportUrl!);
    expect(page.status).toBe(200);
  }, 180_000);
});
