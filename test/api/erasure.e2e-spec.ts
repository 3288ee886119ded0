// A candidate's right to erasure, as an admin uses it: after eraseCandidate no text column of
// any table holds the candidate's name, e-mail, ATS id, sources, answers or drafts, their link
// stops working, and another candidate's report and percentile are unchanged. The retention
// setting erases candidates whose attempts finished long ago. Real PostgreSQL copy and Redis.
import { randomBytes } from 'node:crypto';
import { PrismaService } from '@app/platform';
import { MaintenanceService } from '../../apps/api/src/maintenance/maintenance.service';
import { type ApiHarness, type CompanySession, errorCode, signUpCompany, startApi } from '../support/api-harness';

describe('eraseCandidate and retention', () => {
  let api: ApiHarness;
  let prisma: PrismaService;
  let admin: CompanySession;
  let setId: string;
  let codingId: string;
  let conceptualId: string;

  beforeAll(async () => {
    api = await startApi({ CANDIDATE_RETENTION_DAYS: '30' });
    prisma = api.app.get(PrismaService);
    admin = await signUpCompany(api, 'Erasure Co');
    const find = async (slug: string) => (await api.gql(`query($s: String) { questions(first: 1, filter: {search: $s}) { edges { node { id } } } }`, { s: slug }, admin.token)).data?.questions.edges[0].node.id as string;
    codingId = await find('code-attention-scaled-dot-product');
    conceptualId = await find('s003-4-attention-mechanism');
    const set = await api.gql(`mutation($input: CreateQuestionSetInput!) { createQuestionSet(input: $input) { id } }`, { input: { title: 'Set', timeLimitMinutes: 60, items: [{ questionId: codingId, points: 10 }, { questionId: conceptualId, points: 5 }] } }, admin.token);
    setId = set.data?.createQuestionSet.id;
  });

  afterAll(() => api?.close());

  /** A candidate who took the assessment: code, an answer, a draft, a run and activity, finished with `score`. */
  async function takeAssessment(name: string, marker: string, score: number) {
    const email = `${marker.toLowerCase()}@example.test`;
    const candidate = await api.gql(`mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`, { input: { name, email, externalId: `ats-${marker}` } }, admin.token);
    const candidateId = candidate.data?.createCandidate.id as string;
    const token = (await api.gql(`mutation($input: InviteCandidateInput!) { inviteCandidate(input: $input) { token } }`, { input: { candidateId, questionSetId: setId } }, admin.token)).data?.inviteCandidate.token as string;
    const attemptId = (await api.gql(`mutation { startAttempt { id } }`, {}, token)).data?.startAttempt.id as string;
    const source = `# ${marker}_SOURCE\ndef scaled_dot_product(q, k, v, mask=None, causal=False):\n    return {}\n`;
    const code = await api.gql(`mutation($input: SubmitCodeInput!) { submitCode(input: $input) { id } }`, { input: { questionId: codingId, language: 'PYTHON', source } }, token);
    await api.gql(`mutation($input: SubmitAnswerInput!) { submitAnswer(input: $input) { id } }`, { input: { questionId: conceptualId, text: `Attention weighs values by softmax similarity, as ${marker}_ANSWER explains.` } }, token);
    await api.gql(`mutation($input: SaveDraftInput!) { saveDraft(input: $input) { savedAt } }`, { input: { questionId: codingId, language: 'PYTHON', source: `# ${marker}_DRAFT` } }, token);
    await api.gql(`mutation($input: RunCodeInput!) { runCode(input: $input) { id } }`, { input: { questionId: codingId, language: 'PYTHON', source: `# ${marker}_RUN`, input: { q: [[1]], k: [[1]], v: [[1]] } } }, token);
    await api.gql(`mutation($input: RecordActivityInput!) { recordActivity(input: $input) { accepted } }`, { input: { events: [{ type: 'PASTE', at: new Date().toISOString(), size: 42 }] } }, token);
    // The judge's verdict, as a worker would have stored it.
    await prisma.submission.update({ where: { id: code.data?.submitCode.id }, data: { status: 'JUDGED', verdict: score === 10 ? 'ACCEPTED' : 'PARTIAL', score, judgedAt: new Date() } });
    await api.gql(`mutation { finishAttempt { id } }`, {}, token);
    return { candidateId, token, attemptId, email };
  }

  /** Every text, varchar and JSON column of every table, searched for `needle`. */
  async function tracesOf(needle: string): Promise<string[]> {
    const columns = await prisma.$queryRawUnsafe<Array<{ table_name: string; column_name: string }>>(
      `SELECT table_name::text AS table_name, column_name::text AS column_name FROM information_schema.columns WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'json', 'ARRAY')`,
    );
    const found: string[] = [];
    for (const { table_name: table, column_name: column } of columns) {
      const [{ n }] = await prisma.$queryRawUnsafe<Array<{ n: bigint }>>(`SELECT count(*) AS n FROM "${table}" WHERE "${column}"::text ILIKE $1`, `%${needle}%`);
      if (Number(n) > 0) found.push(`${table}.${column}`);
    }
    return found;
  }

  it('leaves no trace of the candidate in any column, keeps the others\' reports, and answers NOT_FOUND afterwards', async () => {
    const marker = `ZELDA${randomBytes(4).toString('hex')}`;
    const zelda = await takeAssessment(`Zelda Quintessa ${marker}`, marker, 2);
    const other = await takeAssessment('Olaf Other', `OLAF${randomBytes(4).toString('hex')}`, 10);
    const report = (id: string) => api.gql(`query($id: ID!) { attempt(id: $id) { totalScore percentile } }`, { id }, admin.token);
    const before = (await report(other.attemptId)).data?.attempt;
    for (const needle of [marker, zelda.email]) expect((await tracesOf(needle)).length).toBeGreaterThan(0);
    // The source's fingerprints (for similarity) are derived from it, and go with it.
    const prints = () => prisma.sourceFingerprint.count({ where: { submission: { attemptId: zelda.attemptId } } });
    expect(await prints()).toBeGreaterThan(0);

    const erased = await api.gql(`mutation($id: ID!) { eraseCandidate(id: $id) { id } }`, { id: zelda.candidateId }, admin.token);
    expect(erased.data?.eraseCandidate).toEqual({ id: zelda.candidateId });

    for (const needle of [marker, zelda.email, 'Quintessa', `ats-${marker}`]) expect({ needle, found: await tracesOf(needle) }).toEqual({ needle, found: [] });
    expect(await prints()).toBe(0);
    expect(errorCode(await api.gql(`query($id: ID!) { candidate(id: $id) { id } }`, { id: zelda.candidateId }, admin.token))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(`mutation($id: ID!) { eraseCandidate(id: $id) { id } }`, { id: zelda.candidateId }, admin.token))).toBe('NOT_FOUND');
    const list = await api.gql(`{ candidates(first: 50) { edges { node { id } } } }`, {}, admin.token);
    expect(list.data?.candidates.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(zelda.candidateId);
    // The link no longer works; the other candidate's report and percentile are as they were.
    expect((await api.gql(`{ myAttempt { id } }`, {}, zelda.token)).errors?.length).toBeGreaterThan(0);
    expect((await report(other.attemptId)).data?.attempt).toEqual(before);
    // The audit log says who erased whom, by id, and nothing erased.
    const audit = await prisma.auditLog.findMany({ where: { action: 'eraseCandidate', targetId: zelda.candidateId } });
    expect(audit).toEqual([expect.objectContaining({ actorType: 'USER', metadata: null })]);
  });

  it('is for admins of the candidate\'s company only', async () => {
    const marker = `KIM${randomBytes(4).toString('hex')}`;
    const kim = await takeAssessment('Kim', marker, 5);
    const stranger = await signUpCompany(api, 'Stranger Co');
    expect(errorCode(await api.gql(`mutation($id: ID!) { eraseCandidate(id: $id) { id } }`, { id: kim.candidateId }, stranger.token))).toBe('NOT_FOUND');
    const key = await api.gql(`mutation { createApiKey(input: {name: "ats", role: RECRUITER}) { secret } }`, {}, admin.token);
    expect(errorCode(await api.gql(`mutation($id: ID!) { eraseCandidate(id: $id) { id } }`, { id: kim.candidateId }, key.data?.createApiKey.secret))).toBe('FORBIDDEN');
    expect((await tracesOf(marker)).length).toBeGreaterThan(0);
  });

  it('erases, by the scheduled sweep, candidates whose attempts finished longer ago than the retention', async () => {
    const oldMarker = `OLD${randomBytes(4).toString('hex')}`;
    const recentMarker = `NEW${randomBytes(4).toString('hex')}`;
    const old = await takeAssessment('Old Timer', oldMarker, 5);
    await takeAssessment('Recent One', recentMarker, 5);
    await prisma.attempt.update({ where: { id: old.attemptId }, data: { finishedAt: new Date(Date.now() - 40 * 86_400_000) } });
    await api.app.get(MaintenanceService).sweep();
    expect(await tracesOf(oldMarker)).toEqual([]);
    expect((await tracesOf(recentMarker)).length).toBeGreaterThan(0);
    const audit = await prisma.auditLog.findMany({ where: { action: 'eraseCandidate', targetId: old.candidateId } });
    expect(audit).toEqual([expect.objectContaining({ actorType: 'SYSTEM', metadata: { reason: 'RETENTION', days: 30 } })]);
  });
});
