// The whole product, as users meet it: a recruiter builds an assessment (a coding, a training
// and a conceptual question) and registers a webhook; a candidate takes it through an
// integration with the invitation token, submits a wrong then a correct solution and an
// answer, and watches verdicts arrive over graphql-transport-ws; a real judge worker runs the
// code in Docker; a grader reviews the answer; the receiver checks every signature; the report
// and the audit log show it all. Real PostgreSQL copy, Redis, Docker; traffic to 127.0.0.1 only.
import { createHmac } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { PrismaService } from '@app/platform';
import { PY_MNIST_NEAREST_CENTROID, PY_SDP_CORRECT, PY_SDP_UNSCALED } from '../../apps/judge/src/judging/testing/candidate-sources';
import { ApiHarness, signUpCompany, startApi, STRONG_PASSWORD, uniqueEmail } from '../support/api-harness';
import { collect, wsClient } from '../support/ws-client';
import { type Receiver, type ReceivedRequest, startReceiver } from '../support/http-receiver';
import { startJudgeWorker } from '../support/judge-worker';
import { waitFor } from '../support/wait-for';

interface Received {
  event: string;
  deliveryId: string;
  signatureOk: boolean;
}

/** A delivery as the receiver saw it, its signature checked with the webhook's secret. */
function received(request: ReceivedRequest, secret: string): Received {
  const expected = `sha256=${createHmac('sha256', secret).update(request.rawBody).digest('hex')}`;
  return { event: String(request.headers['x-event']), deliveryId: String(request.headers['x-delivery-id']), signatureOk: request.headers['x-signature'] === expected };
}

async function questionId(api: ApiHarness, token: string, slug: string): Promise<string> {
  const response = await api.gql(`query($s: String) { questions(first: 1, filter: {search: $s}) { edges { node { id slug } } } }`, { s: slug }, token);
  expect(response.data?.questions.edges[0].node.slug).toBe(slug);
  return response.data?.questions.edges[0].node.id;
}


describe('an assessment from sign-up to report, with the real judge', () => {
  let api: ApiHarness;
  let judge: INestApplication;
  let receiver: Receiver;
  let webhookSecret = '';

  beforeAll(async () => {
    api = await startApi({ MAINTENANCE_INTERVAL_MS: '1000', WEBHOOK_BACKOFF_MS: '200' });
    judge = await startJudgeWorker(api, 'story-worker');

    receiver = await startReceiver();
  }, 180_000);

  afterAll(async () => {
    await receiver.close();
    await judge.close();
    await api.close();
  });

  it('runs the story', async () => {
    // 1. The recruiter signs up, builds the set and registers a webhook.
    const admin = await signUpCompany(api, 'Story Co');
    const coding = await questionId(api, admin.token, 'code-attention-scaled-dot-product');
    const training = await questionId(api, admin.token, 'train-mnist-mlp');
    const conceptual = await questionId(api, admin.token, 's003-4-attention-mechanism');
    const set = await api.gql(
      `mutation($input: CreateQuestionSetInput!) { createQuestionSet(input: $input) { id totalPoints } }`,
      { input: { title: 'ML engineer', timeLimitMinutes: 90, languages: ['PYTHON'], items: [{ questionId: coding, points: 10 }, { questionId: training, points: 20 }, { questionId: conceptual, points: 5 }] } },
      admin.token,
    );
    expect(set.data?.createQuestionSet.totalPoints).toBe(35);
    const hook = await api.gql(
      `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } secret } }`,
      { input: { url: receiver.url, events: ['SUBMISSION_JUDGED', 'ATTEMPT_FINISHED', 'SUBMISSION_REVIEWED'] } },
      admin.token,
    );
    expect(hook.errors).toBeUndefined();
    webhookSecret = hook.data?.createWebhook.secret;

    const graderEmail = uniqueEmail('grader');
    await api.gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, { input: { email: graderEmail, name: 'Grace', role: 'GRADER', password: STRONG_PASSWORD } }, admin.token);

    // 2. The candidate is created and invited (an ATS would do this with an API key).
    const key = await api.gql(`mutation { createApiKey(input: {name: "ats", role: RECRUITER}) { secret } }`, {}, admin.token);
    const ats = key.data?.createApiKey.secret;
    const candidate = await api.gql(`mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`, { input: { name: 'Casey', email: uniqueEmail('casey'), externalId: 'ats-42' } }, ats);
    const invitation = await api.gql(
      `mutation($input: InviteCandidateInput!) { inviteCandidate(input: $input) { invitation { id } token } }`,
      { input: { candidateId: candidate.data?.createCandidate.id, questionSetId: set.data?.createQuestionSet.id } },
      ats,
    );
    const token = invitation.data?.inviteCandidate.token as string;

    // 3. The candidate starts, submits a wrong then a correct solution and watches the verdicts.
    const attempt = await api.gql(`mutation { startAttempt { id questions { id kind } } }`, {}, token);
    const attemptId = attempt.data?.startAttempt.id;
    const submitCode = async (questionIdValue: string, source: string) =>
      (await api.gql(`mutation($input: SubmitCodeInput!) { submitCode(input: $input) { id status } }`, { input: { questionId: questionIdValue, language: 'PYTHON', source } }, token)).data?.submitCode.id as string;

    const watch = (id: string) => collect<{ submissionUpdated: { status: string; verdict: string | null; score: number | null } }>(wsClient(api.baseUrl, token), `subscription($id: ID!) { submissionUpdated(id: $id) { id status verdict score } }`, { id });

    const wrongId = await submitCode(coding, PY_SDP_UNSCALED);
    const wrongUpdates = await watch(wrongId).done;
    const wrongFinal = wrongUpdates[wrongUpdates.length - 1].submissionUpdated;
    expect(wrongFinal.status).toBe('JUDGED');
    expect(['PARTIAL', 'WRONG_ANSWER']).toContain(wrongFinal.verdict);

    const rightId = await submitCode(coding, PY_SDP_CORRECT);
    const rightUpdates = (await watch(rightId).done).map((u) => u.submissionUpdated.status);
    expect(rightUpdates[rightUpdates.length - 1]).toBe('JUDGED');
    expect(rightUpdates).toEqual([...new Set(rightUpdates)]); // each status once, in order
    const right = await api.gql(`query($id: ID!) { submission(id: $id) { verdict score maxScore tests { name hidden passed score message } } }`, { id: rightId }, token);
    expect(right.data?.submission).toMatchObject({ verdict: 'ACCEPTED', score: 10, maxScore: 10 });
    // Hidden tests show the candidate only their name and whether they passed.
    for (const test of right.data?.submission.tests.filter((t: { hidden: boolean }) => t.hidden) ?? []) {
      expect(test.score).toBeNull();
      expect(test.message).toBeNull();
    }

    const trainingId = await submitCode(training, PY_MNIST_NEAREST_CENTROID);
    const trainingFinal = await watch(trainingId).done;
    expect(trainingFinal[trainingFinal.length - 1].submissionUpdated.status).toBe('JUDGED');
    const trainingRun = await api.gql(`query($id: ID!) { submission(id: $id) { verdict score metrics { name value baseline } } }`, { id: trainingId }, token);
    const accuracy = trainingRun.data?.submission.metrics.find((m: { name: string }) => m.name === 'accuracy');
    expect(accuracy.value).toBeGreaterThan(0.75);
    expect(accuracy.baseline).toBeGreaterThan(0.9);

    const answer = await api.gql(
      `mutation($input: SubmitAnswerInput!) { submitAnswer(input: $input) { id verdict } }`,
      { input: { questionId: conceptual, text: 'Attention weighs values by softmax(QK^T/sqrt(d_k)); multi-head attention runs several in parallel; self-attention relates positions of one sequence.' } },
      token,
    );
    expect(answer.data?.submitAnswer.verdict).toBe('PENDING_REVIEW');
    const finished = await api.gql(`mutation { finishAttempt { status } }`, {}, token);
    expect(finished.data?.finishAttempt.status).toBe('FINISHED');

    // 4. The grader reviews the conceptual answer.
    const login = await api.gql(`mutation($input: LogInInput!) { logIn(input: $input) { accessToken } }`, { input: { email: graderEmail, password: STRONG_PASSWORD } });
    const grader = login.data?.logIn.accessToken;
    const review = await api.gql(
      `mutation($input: ReviewSubmissionInput!) { reviewSubmission(input: $input) { id score comment reviewer { id } } }`,
      { input: { submissionId: answer.data?.submitAnswer.id, score: 4, comment: 'Covers scaling and heads; misses masking.' } },
      grader,
    );
    expect(review.data?.reviewSubmission).toMatchObject({ score: 4 });

    // 5. Every webhook arrived, signed.
    const events = await waitFor('webhooks', async () => {
      const all = receiver.received.map((r) => received(r, webhookSecret));
      const names = all.map((r) => r.event);
      const judged = names.filter((n) => n === 'SUBMISSION_JUDGED').length;
      return judged >= 3 && names.includes('ATTEMPT_FINISHED') && names.includes('SUBMISSION_REVIEWED') ? all : undefined;
    });
    expect(events.every((r) => r.signatureOk)).toBe(true);
    expect(new Set(events.map((r) => r.deliveryId)).size).toBe(events.length);

    // 6. The report shows it all: the last submission per question counts.
    const report = await api.gql(
      `query($id: ID!) { attempt(id: $id) { status totalScore maxScore candidate { name } submissions { id status verdict score } questions { question { id } points verdict judgedScore reviewedScore score } } }`,
      { id: attemptId },
      admin.token,
    );
    expect(report.errors).toBeUndefined();
    const byQuestion = new Map(report.data?.attempt.questions.map((q: { question: { id: string } }) => [q.question.id, q]));
    expect(byQuestion.get(coding)).toMatchObject({ verdict: 'ACCEPTED', judgedScore: 10, score: 10 });
    expect(byQuestion.get(conceptual)).toMatchObject({ reviewedScore: 4, score: 4 });
    expect(report.data?.attempt).toMatchObject({ status: 'FINISHED', maxScore: 35, candidate: { name: 'Casey' } });
    expect(report.data?.attempt.submissions).toHaveLength(4);

    // 7. The audit log lists every step of the company's users, keys and candidate.
    const audit = await api.gql(`{ auditLogs(first: 100) { edges { node { action actorType } } } }`, {}, admin.token);
    const actions = audit.data?.auditLogs.edges.map((e: { node: { action: string } }) => e.node.action);
    for (const action of ['signUp', 'createQuestionSet', 'createWebhook', 'createUser', 'createApiKey', 'createCandidate', 'inviteCandidate', 'startAttempt', 'finishAttempt', 'reviewSubmission']) {
      expect(actions).toContain(action);
    }

    // The worker really ran it: one JudgeRun per judged code submission.
    const prisma = api.app.get(PrismaService);
    expect(await prisma.judgeRun.count({ where: { submission: { attemptId } } })).toBe(3);
  }, 300_000);
});
