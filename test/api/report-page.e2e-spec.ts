// The report page a hiring manager opens: a finished attempt with a judged coding question, a
// trained model (metrics beside the baseline) and a reviewed written answer, opened from
// `attempt { reportUrl }` in Debian's Chromium. The page makes no request elsewhere, prints to
// PDF, and refuses tampered, revoked links and unfinished attempts alike. Real API, judge, sandbox.
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { PY_MNIST_NEAREST_CENTROID, PY_SDP_CORRECT } from '../../apps/judge/src/judging/testing/candidate-sources';
import { type ApiHarness, type CompanySession, errorCode, freePort, signUpCompany, startApi, uniqueEmail } from '../support/api-harness';
import { launchChromium } from '../support/browser';
import { startJudgeWorker } from '../support/judge-worker';
import { waitFor } from '../support/wait-for';

const REPORT = `query($id: ID!) { attempt(id: $id) { totalScore maxScore reportUrl questions { verdict } } }`;

describe('the report page (real API, worker, browser)', () => {
  let api: ApiHarness;
  let judge: INestApplication;
  let admin: CompanySession;
  const ids: Record<string, string> = {};

  const questionId = async (slug: string) => (await api.gql(`query($s: String) { questions(first: 1, filter: {search: $s}) { edges { node { id } } } }`, { s: slug }, admin.token)).data?.questions.edges[0].node.id as string;

  /** An attempt of a new candidate on `setId`: its id and the candidate's token. */
  const startCandidate = async (setId: string, name: string) => {
    const candidate = await api.gql(`mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`, { input: { name, email: uniqueEmail('report') } }, admin.token);
    const invite = await api.gql(`mutation($input: InviteCandidateInput!) { inviteCandidate(input: $input) { token } }`, { input: { candidateId: candidate.data?.createCandidate.id, questionSetId: setId } }, admin.token);
    const token = invite.data?.inviteCandidate.token as string;
    const started = await api.gql(`mutation { startAttempt { id } }`, {}, token);
    return { attemptId: started.data?.startAttempt.id as string, token };
  };

  beforeAll(async () => {
    const port = await freePort();
    api = await startApi({ PORT: String(port), PUBLIC_BASE_URL: `http://127.0.0.1:${port}` });
    judge = await startJudgeWorker(api, 'report-page-worker');
    admin = await signUpCompany(api, 'Report <Co>');
    const [coding, training, written] = await Promise.all([questionId('code-attention-scaled-dot-product'), questionId('train-mnist-mlp'), questionId('s003-4-attention-mechanism')]);
    Object.assign(ids, { coding, training, written });
    for (const [key, anonymized] of [['set', false], ['anonymousSet', true]] as const) {
      const set = await api.gql(
        `mutation($input: CreateQuestionSetInput!) { createQuestionSet(input: $input) { id } }`,
        { input: { title: anonymized ? 'Blind screen' : 'ML <engineer> screen', timeLimitMinutes: 60, languages: ['PYTHON'], anonymized, items: [{ questionId: coding, points: 10 }, { questionId: training, points: 20 }, { questionId: written, points: 5 }] } },
        admin.token,
      );
      ids[key] = set.data?.createQuestionSet.id;
    }
  }, 180_000);

  afterAll(async () => {
    await judge?.close();
    await api?.close();
  });

  it('shows a finished attempt in Chromium: score, verdicts, a metric chart, the review; no outside request; prints to PDF', async () => {
    const { attemptId, token } = await startCandidate(ids.set, 'Casey <b>Bold</b>');
    expect((await api.gql(REPORT, { id: attemptId }, admin.token)).data?.attempt.reportUrl).toBeNull(); // not finished yet
    const submit = (questionId: string, source: string) => api.gql(`mutation($input: SubmitCodeInput!) { submitCode(input: $input) { id } }`, { input: { questionId, language: 'PYTHON', source } }, token);
    await submit(ids.coding, PY_SDP_CORRECT);
    await submit(ids.training, PY_MNIST_NEAREST_CENTROID);
    const answer = await api.gql(`mutation($input: SubmitAnswerInput!) { submitAnswer(input: $input) { id } }`, { input: { questionId: ids.written, text: 'Attention weighs values by the softmax of scaled query-key dot products.' } }, token);
    await api.gql(`mutation { finishAttempt { id } }`, {}, token);
    await api.gql(`mutation($input: ReviewSubmissionInput!) { reviewSubmission(input: $input) { id } }`, { input: { submissionId: answer.data?.submitAnswer.id, score: 4, comment: 'Clear; misses <masking>.' } }, admin.token);
    const report = await waitFor('judged', async () => {
      const r = await api.gql(REPORT, { id: attemptId }, admin.token);
      const [coding, training] = r.data?.attempt.questions ?? [];
      return coding?.verdict && training?.verdict ? r.data?.attempt : undefined;
    });
    const url = report.reportUrl as string;
    expect(url.startsWith(`${api.baseUrl}/reports/`)).toBe(true);

    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const requested: string[] = [];
      page.on('request', (r) => requested.push(r.url()));
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
      const body = (await page.textContent('body')) ?? '';
      // The page rounds to two decimals.
      expect(body).toContain(`${Number.isInteger(report.totalScore) ? report.totalScore : report.totalScore.toFixed(2)} / ${report.maxScore}`);
      expect(body).toContain('ML <engineer> screen'); // escaped, shown as text
      expect(body).toContain('Casey <b>Bold</b>');
      expect(body).toContain('Clear; misses <masking>.');
      expect(body).toMatch(/Tests passed\s*\d+ of \d+/);
      expect(await page.locator('svg.metric-chart').first().isVisible()).toBe(true);
      expect(await page.locator('b').count()).toBe(0); // nothing the candidate wrote became markup
      const screenshot = await page.screenshot({ path: join(tmpdir(), `report-${attemptId}.png`), fullPage: true });
      expect(screenshot.subarray(1, 4).toString()).toBe('PNG');
      const pdf = await page.pdf();
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
      expect(readFileSync(join(tmpdir(), `report-${attemptId}.png`)).length).toBeGreaterThan(1000);
      expect(requested).toEqual([url]);
    } finally {
      await browser.close();
    }
  }, 240_000);

  it('refuses tampered and revoked links with the same 404, and shows no identity for an anonymised set', async () => {
    const { attemptId, token } = await startCandidate(ids.anonymousSet, 'Hidden Person');
    await api.gql(`mutation { finishAttempt { id } }`, {}, token);
    const url = (await api.gql(REPORT, { id: attemptId }, admin.token)).data?.attempt.reportUrl as string;
    const path = new URL(url).pathname;
    const page = await request(api.baseUrl).get(path);
    expect(page.status).toBe(200);
    expect(page.text).not.toContain('Hidden Person');
    expect(page.text).not.toMatch(/@example\.test/);
    expect(page.text).toContain('Blind screen');

    const tampered = await request(api.baseUrl).get(`${path.slice(0, -2)}xx`);
    const revoke = await api.gql(`mutation($id: ID!) { revokeReportLinks(attemptId: $id) { id } }`, { id: attemptId }, admin.token);
    expect(revoke.errors).toBeUndefined();
    const revoked = await request(api.baseUrl).get(path);
    for (const refused of [tampered, revoked]) {
      expect(refused.status).toBe(404);
      expect(refused.text).toContain('invalid or has expired');
    }
    // A new link works again.
    const fresh = (await api.gql(REPORT, { id: attemptId }, admin.token)).data?.attempt.reportUrl as string;
    expect((await request(api.baseUrl).get(new URL(fresh).pathname)).status).toBe(200);
    const other = await signUpCompany(api, 'Other');
    expect(errorCode(await api.gql(`mutation($id: ID!) { revokeReportLinks(attemptId: $id) { id } }`, { id: attemptId }, other.token))).toBe('NOT_FOUND');
  }, 60_000);
});
