// Rejudging as an admin uses it: a candidate's submissions are judged by a real worker; an admin
// judges one again by its pinned version (same verdict, a new run beside the first), by the
// question's latest version, and every submission of one version at once; a submission whose
// worker failed gets a verdict, and its score follows the newest run; SUBMISSION_JUDGED is
// delivered again marked as a rejudge. Real PostgreSQL copy, Redis and Docker; 127.0.0.1 only.
import type { INestApplication } from '@nestjs/common';
import { PrismaService } from '@app/platform';
import { PY_SDP_CORRECT, PY_SDP_UNSCALED } from '../../apps/judge/src/judging/testing/candidate-sources';
import { type ApiHarness, type CompanySession, errorCode, signUpCompany, startApi, uniqueEmail } from '../support/api-harness';
import { type Receiver, startReceiver } from '../support/http-receiver';
import { startJudgeWorker } from '../support/judge-worker';
import { waitFor } from '../support/wait-for';

const SDP = 'code-attention-scaled-dot-product';
const SUBMISSION_FIELDS = 'id status verdict score questionVersion judgedVersion judgeRuns rejudges';

interface Delivered {
  submissionId: string;
  verdict: string;
  score: number;
  run: number;
  rejudge: boolean;
  questionVersion: number;
}

/** The SUBMISSION_JUDGED deliveries the receiver got so far. */
function judgedDeliveries(receiver: Receiver): Delivered[] {
  const bodies = receiver.received.map((r) => JSON.parse(r.rawBody.toString('utf8')) as { event: string; data: Delivered });
  return bodies.filter((b) => b.event === 'SUBMISSION_JUDGED').map((b) => b.data);
}


describe('rejudge (real API, worker and sandbox)', () => {
  let api: ApiHarness;
  let judge: INestApplication;
  let receiver: Receiver;
  let prisma: PrismaService;
  let admin: CompanySession;
  let questionId: string;
  let token: string;

  const submission = async (id: string) =>
    (await api.gql(`query($id: ID!) { submission(id: $id) { ${SUBMISSION_FIELDS} } }`, { id }, admin.token)).data?.submission;
  const judgedAfter = (id: string, runs: number) =>
    waitFor(`submission ${id} run ${runs}`, async () => {
      const s = await submission(id);
      return s?.status === 'JUDGED' && s.judgeRuns >= runs ? s : undefined;
    });
  const rejudge = (id: string, useLatestVersion?: boolean, as = admin.token) =>
    api.gql(
      `mutation($id: ID!, $latest: Boolean) { rejudgeSubmission(id: $id, useLatestVersion: $latest) { ${SUBMISSION_FIELDS} } }`,
      { id, latest: useLatestVersion },
      as,
    );

  beforeAll(async () => {
    api = await startApi({ WEBHOOK_BACKOFF_MS: '200' });
    prisma = api.app.get(PrismaService);
    judge = await startJudgeWorker(api, 'rejudge-worker');
    receiver = await startReceiver();

    admin = await signUpCompany(api, 'Rejudge Co');
    const found = await api.gql(`query($s: String) { questions(first: 1, filter: {search: $s}) { edges { node { id slug } } } }`, { s: SDP }, admin.token);
    questionId = found.data?.questions.edges[0].node.id;
    const hook = await api.gql(`mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret } }`, { input: { url: receiver.url, events: ['SUBMISSION_JUDGED'] } }, admin.token);
    expect(hook.errors).toBeUndefined();
    const set = await api.gql(
      `mutation($input: CreateQuestionSetInput!) { createQuestionSet(input: $input) { id } }`,
      { input: { title: 'Attention', timeLimitMinutes: 60, languages: ['PYTHON'], items: [{ questionId, points: 10 }] } },
      admin.token,
    );
    const candidate = await api.gql(`mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`, { input: { name: 'Robin', email: uniqueEmail('robin') } }, admin.token);
    const invitation = await api.gql(
      `mutation($input: InviteCandidateInput!) { inviteCandidate(input: $input) { token } }`,
      { input: { candidateId: candidate.data?.createCandidate.id, questionSetId: set.data?.createQuestionSet.id } },
      admin.token,
    );
    token = invitation.data?.inviteCandidate.token;
    expect((await api.gql(`mutation { startAttempt { id } }`, {}, token)).errors).toBeUndefined();
  }, 180_000);

  afterAll(async () => {
    await receiver?.close();
    await judge?.close();
    await api?.close();
  });

  const submitCode = async (source: string): Promise<string> => {
    const response = await api.gql(`mutation($input: SubmitCodeInput!) { submitCode(input: $input) { id } }`, { input: { questionId, language: 'PYTHON', source } }, token);
    expect(response.errors).toBeUndefined();
    return response.data?.submitCode.id;
  };

  it('judges again by the pinned version, then by the latest, adding runs and delivering the verdict as a rejudge', async () => {
    const id = await submitCode(PY_SDP_UNSCALED);
    const first = await judgedAfter(id, 1);
    expect(['PARTIAL', 'WRONG_ANSWER']).toContain(first.verdict);
    expect(first).toMatchObject({ questionVersion: 1, judgedVersion: 1, judgeRuns: 1, rejudges: 0 });

    const again = await rejudge(id);
    expect(again.errors).toBeUndefined();
    expect(again.data?.rejudgeSubmission).toMatchObject({ id, status: 'QUEUED', rejudges: 1 });
    const second = await judgedAfter(id, 2);
    // Same version, same tests: the same verdict and score, in a run added beside the first.
    expect(second).toMatchObject({ verdict: first.verdict, score: first.score, questionVersion: 1, judgedVersion: 1, judgeRuns: 2 });

    // The bank question gets a version 2 (as a re-seed after an edit does); the submission keeps 1.
    const v1 = await prisma.questionVersion.findFirstOrThrow({ where: { questionId, version: 1 } });
    await prisma.questionVersion.create({ data: { ...v1, id: undefined, version: 2, contentHash: `${v1.contentHash}-v2`, content: v1.content as object, validation: undefined } });
    await prisma.question.update({ where: { id: questionId }, data: { latestVersion: 2 } });
    expect((await rejudge(id, true)).errors).toBeUndefined();
    const third = await judgedAfter(id, 3);
    expect(third).toMatchObject({ verdict: first.verdict, questionVersion: 1, judgedVersion: 2, judgeRuns: 3, rejudges: 2 });

    const runs = await prisma.judgeRun.findMany({ where: { submissionId: id }, orderBy: { attemptNumber: 'asc' }, include: { questionVersion: { select: { version: true } } } });
    expect(runs.map((r) => [r.attemptNumber, r.questionVersion?.version, r.verdict])).toEqual([
      [1, 1, first.verdict],
      [2, 1, first.verdict],
      [3, 2, first.verdict],
    ]);

    const mine = await waitFor('three deliveries', async () => {
      const list = judgedDeliveries(receiver).filter((d) => d.submissionId === id);
      return list.length >= 3 ? list : undefined;
    });
    expect(mine.map((d) => [d.run, d.rejudge, d.questionVersion]).sort()).toEqual([
      [1, false, 1],
      [2, true, 1],
      [3, true, 2],
    ]);

    const audit = await api.gql(`{ auditLogs(first: 50) { edges { node { action targetId } } } }`, {}, admin.token);
    const rejudges = audit.data?.auditLogs.edges.filter((e: { node: { action: string; targetId: string } }) => e.node.action === 'rejudgeSubmission' && e.node.targetId === id);
    expect(rejudges).toHaveLength(2);
  }, 240_000);

  it('gives a verdict to a submission whose worker failed, and its score follows the newest run', async () => {
    const id = await submitCode(PY_SDP_CORRECT);
    await judgedAfter(id, 1);
    // What markFailed leaves when retries ran out on a broken worker: a run saying why, FAILED.
    await prisma.$transaction([
      prisma.judgeRun.create({
        data: { companyId: admin.companyId, submissionId: id, attemptNumber: 2, workerId: 'broken', verdict: 'INTERNAL_ERROR', score: 0, tests: [], metrics: [], timings: {}, internalError: 'engine gone', startedAt: new Date() },
      }),
      prisma.submission.update({ where: { id }, data: { status: 'FAILED', verdict: 'INTERNAL_ERROR', score: null } }),
    ]);
    expect(await submission(id)).toMatchObject({ status: 'FAILED', verdict: 'INTERNAL_ERROR', score: null });
    expect((await rejudge(id)).errors).toBeUndefined();
    expect(await judgedAfter(id, 3)).toMatchObject({ verdict: 'ACCEPTED', score: 10, judgeRuns: 3 });
  }, 180_000);

  it('rejudges every finished submission of one version, and only this company\'s', async () => {
    const before = await prisma.submission.findMany({ where: { companyId: admin.companyId, questionVersion: { version: 1 } }, select: { id: true, rejudges: true } });
    expect(before.length).toBeGreaterThanOrEqual(2);
    const response = await api.gql(`mutation($q: ID!) { rejudgeQuestionVersion(questionId: $q, version: 1) { queued } }`, { q: questionId }, admin.token);
    expect(response.errors).toBeUndefined();
    expect(response.data?.rejudgeQuestionVersion.queued).toBe(before.length);
    for (const { id, rejudges } of before) {
      const after = await waitFor(`rejudge of ${id}`, async () => {
        const s = await submission(id);
        return s?.status === 'JUDGED' && s.rejudges === rejudges + 1 ? s : undefined;
      });
      expect(after.questionVersion).toBe(1);
    }

    // Another company has no submissions of it: nothing queued there, and this company's are not its to touch.
    const other = await signUpCompany(api, 'Other Co');
    const theirs = await api.gql(`mutation($q: ID!) { rejudgeQuestionVersion(questionId: $q, version: 1) { queued } }`, { q: questionId }, other.token);
    expect(theirs.data?.rejudgeQuestionVersion.queued).toBe(0);
    expect(errorCode(await rejudge(before[0].id, false, other.token))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(`mutation($q: ID!) { rejudgeQuestionVersion(questionId: $q, version: 99) { queued } }`, { q: questionId }, admin.token))).toBe('NOT_FOUND');
  }, 240_000);

  it('refuses what is not an admin\'s to ask, unknown, or still being judged, naming why', async () => {
    const id = (await prisma.submission.findFirstOrThrow({ where: { companyId: admin.companyId } })).id;
    const key = await api.gql(`mutation { createApiKey(input: {name: "ats", role: RECRUITER}) { secret } }`, {}, admin.token);
    expect(errorCode(await rejudge(id, false, key.data?.createApiKey.secret))).toBe('FORBIDDEN');
    expect(errorCode(await rejudge(id, false, token))).toBe('FORBIDDEN');

    await prisma.submission.update({ where: { id }, data: { status: 'RUNNING' } });
    const running = await rejudge(id);
    expect(running.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', reason: 'IN_PROGRESS' });
    await prisma.submission.update({ where: { id }, data: { status: 'JUDGED' } });
    expect(errorCode(await rejudge('no-such-submission'))).toBe('NOT_FOUND');
  });
});
