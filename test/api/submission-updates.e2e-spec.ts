// Live submission status over graphql-transport-ws. The judge is simulated by publishing its
// events on Redis (the same channel and format the workers use) and updating the row.
import { PrismaService, submissionEventsChannel } from '@app/platform';
import { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '../../apps/api/src/config/app-config';
import { ApiHarness, signUpCompany, startApi, uniqueEmail } from '../support/api-harness';
import { collect, wsClient } from '../support/ws-client';

const SUBSCRIPTION = `subscription($id: ID!) { submissionUpdated(id: $id) { id status verdict score } }`;

describe('submissionUpdated subscription', () => {
  let api: ApiHarness;
  let redis: Redis;
  let channel: string;
  let candidateToken: string;
  let otherCandidateToken: string;
  let recruiterToken: string;
  let submissionId: string;
  let questionId: string;

  beforeAll(async () => {
    api = await startApi();
    const config = api.app.get<AppConfig>(APP_CONFIG);
    channel = submissionEventsChannel(config.REDIS_KEY_PREFIX);
    redis = new Redis(config.REDIS_URL);
    const recruiter = await signUpCompany(api);
    recruiterToken = recruiter.token;
    const found = await api.gql(`{ questions(first: 1, filter: {search: "code-attention-scaled-dot-product"}) { edges { node { id } } } }`, {}, recruiterToken);
    questionId = found.data?.questions.edges[0].node.id;
    const set = await api.gql(
      `mutation($input: CreateQuestionSetInput!) { createQuestionSet(input: $input) { id } }`,
      { input: { title: 'Live', timeLimitMinutes: 30, items: [{ questionId, points: 10 }] } },
      recruiterToken,
    );
    const invite = async () => {
      const candidate = await api.gql(`mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`, { input: { name: 'C', email: uniqueEmail() } }, recruiterToken);
      const inv = await api.gql(
        `mutation($input: InviteCandidateInput!) { inviteCandidate(input: $input) { token } }`,
        { input: { candidateId: candidate.data?.createCandidate.id, questionSetId: set.data?.createQuestionSet.id } },
        recruiterToken,
      );
      const token = inv.data?.inviteCandidate.token as string;
      await api.gql(`mutation { startAttempt { id } }`, {}, token);
      return token;
    };
    candidateToken = await invite();
    otherCandidateToken = await invite();
    const submitted = await api.gql(
      `mutation($input: SubmitCodeInput!) { submitCode(input: $input) { id status } }`,
      { input: { questionId, language: 'PYTHON', source: 'def scaled_dot_product(**kw):\n    return {}\n' } },
      candidateToken,
    );
    submissionId = submitted.data?.submitCode.id;
  });
  afterAll(async () => {
    redis.disconnect();
    await api.close();
  });

  /** What a judge does: write the row, then announce it (or only one of the two). */
  async function judgeEvent(status: 'RUNNING' | 'JUDGED', verdict: string | null, score: number | null, id = submissionId, steps = { write: true, announce: true }) {
    const prisma = api.app.get(PrismaService);
    if (steps.write) await prisma.submission.update({ where: { id }, data: { status, verdict: verdict as never, score } });
    const row = await prisma.submission.findUniqueOrThrow({ where: { id } });
    if (steps.announce) await redis.publish(channel, JSON.stringify({ submissionId: id, companyId: row.companyId, status, verdict, score }));
  }

  it('pushes QUEUED → RUNNING → JUDGED to the candidate, then completes', async () => {
    const client = wsClient(api.baseUrl, candidateToken);
    const { done, values } = collect<{ submissionUpdated: Record<string, unknown> }>(client, SUBSCRIPTION, { id: submissionId });
    // Wait for the current state (QUEUED) before the "judge" moves on.
    for (let i = 0; i < 100 && values.length === 0; i += 1) await new Promise((r) => setTimeout(r, 50));
    await judgeEvent('RUNNING', null, null);
    await new Promise((r) => setTimeout(r, 100));
    await judgeEvent('JUDGED', 'ACCEPTED', 10);
    const updates = await done;
    await client.dispose();
    expect(updates.map((u) => u.submissionUpdated)).toEqual([
      { id: submissionId, status: 'QUEUED', verdict: null, score: null },
      { id: submissionId, status: 'RUNNING', verdict: null, score: null },
      { id: submissionId, status: 'JUDGED', verdict: 'ACCEPTED', score: 10 },
    ]);
  });

  it('lets the company watch too, and refuses other candidates and anonymous sockets', async () => {
    const recruiter = wsClient(api.baseUrl, recruiterToken);
    const judged = await collect<{ submissionUpdated: { status: string } }>(recruiter, SUBSCRIPTION, { id: submissionId }).done;
    expect(judged.map((u) => u.submissionUpdated.status)).toEqual(['JUDGED']);
    await recruiter.dispose();

    const stranger = wsClient(api.baseUrl, otherCandidateToken);
    await expect(collect(stranger, SUBSCRIPTION, { id: submissionId }).done).rejects.toThrow(/NOT_FOUND/);
    await stranger.dispose();

    const anonymous = wsClient(api.baseUrl);
    await expect(collect(anonymous, SUBSCRIPTION, { id: submissionId }).done).rejects.toBeDefined();
    await anonymous.dispose();
  });

  it('sends a state once when the judge announces it after the subscriber already read it', async () => {
    const submitted = await api.gql(
      `mutation($input: SubmitCodeInput!) { submitCode(input: $input) { id } }`,
      { input: { questionId, language: 'PYTHON', source: 'def scaled_dot_product(**kw):\n    return {}\n' } },
      candidateToken,
    );
    const id = submitted.data?.submitCode.id as string;
    // The judge has written RUNNING but not announced it yet when the candidate subscribes.
    await judgeEvent('RUNNING', null, null, id, { write: true, announce: false });
    const client = wsClient(api.baseUrl, candidateToken);
    const { done, values } = collect<{ submissionUpdated: { status: string } }>(client, SUBSCRIPTION, { id });
    for (let i = 0; i < 100 && values.length === 0; i += 1) await new Promise((r) => setTimeout(r, 50));
    await judgeEvent('RUNNING', null, null, id, { write: false, announce: true });
    await new Promise((r) => setTimeout(r, 100));
    await judgeEvent('JUDGED', 'ACCEPTED', 10, id);
    const updates = await done;
    await client.dispose();
    expect(updates.map((u) => u.submissionUpdated.status)).toEqual(['RUNNING', 'JUDGED']);
  });
});
