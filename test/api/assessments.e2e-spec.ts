// Recruiters build and send assessments; candidates take them with their invitation token.
// Real PostgreSQL copy and Redis; the judge is not running here (submissions stay QUEUED),
// see the judge's own suites for verdicts.
import { PrismaService, JUDGE_QUEUE, queueOptions } from '@app/platform';
import { questions as bank } from '@app/questions';
import { Queue } from 'bullmq';
import { APP_CONFIG, AppConfig } from '../../apps/api/src/config/app-config';
import { MaintenanceService } from '../../apps/api/src/maintenance/maintenance.service';
import { ApiHarness, GraphQLResponse, errorCode, signUpCompany, startApi, uniqueEmail } from '../support/api-harness';

const codingSlug = 'code-attention-scaled-dot-product';
const conceptualSlug = 's003-4-attention-mechanism';

async function questionId(api: ApiHarness, token: string, slug: string): Promise<string> {
  const response = await api.gql(`query($s: String) { questions(first: 1, filter: {search: $s}) { edges { node { id slug } } } }`, { s: slug }, token);
  const node = response.data?.questions.edges[0]?.node;
  if (node?.slug !== slug) throw new Error(`question ${slug} not found`);
  return node.id;
}

function reason(response: GraphQLResponse): unknown {
  return response.errors?.[0]?.extensions?.reason;
}

describe('assessments: question sets, candidates, invitations, attempts, submissions', () => {
  let api: ApiHarness;
  let recruiter: { token: string; companyId: string };
  let codingId: string;
  let conceptualId: string;
  let setId: string;
  let queue: Queue;

  beforeAll(async () => {
    api = await startApi({ RATE_LIMIT_SUBMISSIONS_PER_MINUTE: '6' });
    recruiter = await signUpCompany(api, 'Hiring Co');
    codingId = await questionId(api, recruiter.token, codingSlug);
    conceptualId = await questionId(api, recruiter.token, conceptualSlug);
    const set = await api.gql(
      `mutation($input: CreateQuestionSetInput!) { createQuestionSet(input: $input) { id title totalPoints languages version items { position points questionVersion question { slug } } } }`,
      { input: { title: 'ML engineer', timeLimitMinutes: 60, languages: ['PYTHON'], items: [{ questionId: codingId, points: 10 }, { questionId: conceptualId, points: 5 }] } },
      recruiter.token,
    );
    expect(set.errors).toBeUndefined();
    expect(set.data?.createQuestionSet).toMatchObject({
      title: 'ML engineer',
      totalPoints: 15,
      languages: ['PYTHON'],
      version: 1,
      items: [
        { position: 0, points: 10, questionVersion: 1, question: { slug: codingSlug } },
        { position: 1, points: 5, questionVersion: 1, question: { slug: conceptualSlug } },
      ],
    });
    setId = set.data?.createQuestionSet.id;
    queue = new Queue(JUDGE_QUEUE, queueOptions(JUDGE_QUEUE, api.app.get<AppConfig>(APP_CONFIG)));
  });
  afterAll(async () => {
    await queue.close();
    await api.close();
  });

  async function invite(extraTimePercent = 0) {
    const candidate = await api.gql(
      `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`,
      { input: { name: 'Cand', email: uniqueEmail('cand'), externalId: `ats-${Math.random()}` } },
      recruiter.token,
    );
    const candidateId = candidate.data?.createCandidate.id;
    const invitation = await api.gql(
      `mutation($input: InviteCandidateInput!) { inviteCandidate(input: $input) { invitation { id status expiresAt extraTimePercent } token } }`,
      { input: { candidateId, questionSetId: setId, extraTimePercent } },
      recruiter.token,
    );
    expect(invitation.errors).toBeUndefined();
    return { candidateId, invitationId: invitation.data?.inviteCandidate.invitation.id, token: invitation.data?.inviteCandidate.token as string };
  }

  it('invites idempotently and refuses duplicate candidates', async () => {
    const { candidateId, invitationId, token } = await invite();
    expect(token).toMatch(/^inv_/);
    const again = await api.gql(
      `mutation($input: InviteCandidateInput!) { inviteCandidate(input: $input) { invitation { id } token } }`,
      { input: { candidateId, questionSetId: setId } },
      recruiter.token,
    );
    expect(again.data?.inviteCandidate).toEqual({ invitation: { id: invitationId }, token: null });

    const duplicate = await api.gql(
      `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`,
      { input: { name: 'X', email: 'dup@example.test' } },
      recruiter.token,
    );
    expect(duplicate.errors).toBeUndefined();
    const second = await api.gql(
      `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`,
      { input: { name: 'Y', email: 'DUP@example.test' } },
      recruiter.token,
    );
    expect(second.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
  });

  it('bulk-invites, answering each row on its own', async () => {
    const rows = [
      { name: 'A', email: uniqueEmail('bulk') },
      { name: 'B', email: uniqueEmail('bulk'), extraTimePercent: 25 },
      { name: 'C', email: 'dup@example.test' },
    ];
    const response = await api.gql(
      `mutation($input: BulkInviteCandidatesInput!) { bulkInviteCandidates(input: $input) { row token invitation { id extraTimePercent } error { code field } } }`,
      { input: { questionSetId: setId, rows } },
      recruiter.token,
    );
    expect(response.errors).toBeUndefined();
    const results = response.data?.bulkInviteCandidates;
    expect(results).toHaveLength(3);
    expect(results[0]).toMatchObject({ row: 0, token: expect.stringMatching(/^inv_/), error: null });
    expect(results[1].invitation.extraTimePercent).toBe(25);
    // The existing candidate is reused and invited.
    expect(results[2]).toMatchObject({ row: 2, error: null });

    const tooMany = await api.gql(
      `mutation($input: BulkInviteCandidatesInput!) { bulkInviteCandidates(input: $input) { row } }`,
      { input: { questionSetId: setId, rows: Array.from({ length: 101 }, (_, i) => ({ name: `n${i}`, email: uniqueEmail() })) } },
      recruiter.token,
    );
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rows' });
  });

  it('takes an assessment: start with extra time, submit code and an answer, each refusal with its own reason, finish', async () => {
    const { token } = await invite(50);
    const before = Date.now();
    const started = await api.gql(
      `mutation { startAttempt { id status deadline questions { id kind title(lang: EN) prompt(lang: ZH) en: prompt(lang: EN) languages points starterCode(language: PYTHON) outputChecks { field exact rtol atol } } } }`,
      {},
      token,
    );
    expect(started.errors).toBeUndefined();
    const attempt = started.data?.startAttempt;
    const deadline = new Date(attempt.deadline).getTime();
    // 60 minutes + 50% = 90 minutes.
    expect(deadline - before).toBeGreaterThanOrEqual(90 * 60_000 - 5_000);
    expect(deadline - before).toBeLessThanOrEqual(90 * 60_000 + 5_000);
    const coding = bank.find((q) => q.slug === codingSlug);
    expect(attempt.questions.map((q: any) => [q.id, q.kind, q.points])).toEqual([
      [codingId, 'CODING', 10],
      [conceptualId, 'CONCEPTUAL', 5],
    ]);
    expect(attempt.questions[0].starterCode).toBe(coding?.kind === 'CODING' ? coding.starterCode.PYTHON : null);
    expect(attempt.questions[0].languages).toEqual(['PYTHON']);
    // The comparison rules are not secret: every checked field with its rule, as data and in the statement.
    const checked = coding?.kind === 'CODING' ? coding.checkedFields : [];
    expect(attempt.questions[0].outputChecks.map((c: any) => c.field)).toEqual(checked);
    expect(attempt.questions[0].outputChecks[0]).toMatchObject({ exact: false, rtol: 1e-4, atol: 1e-5 });
    expect(attempt.questions[0].en).toContain('How it is checked:');
    expect(attempt.questions[0].prompt).toContain('评判方式：');
    expect(attempt.questions[1].outputChecks).toEqual([]);

    // Nothing hidden is reachable through the candidate's question type.
    const peek = await api.gql(`mutation { startAttempt { questions { modelAnswer(lang: EN) } } }`, {}, token);
    expect(errorCode(peek)).toBe('BAD_USER_INPUT');
    const again = await api.gql(`mutation { startAttempt { id } }`, {}, token);
    expect(again.data?.startAttempt.id).toBe(attempt.id);

    const source = 'import numpy as np\n\ndef scaled_dot_product(q, k, v, mask=None, causal=False):\n    return {}\n';
    const submit = (input: Record<string, unknown>) =>
      api.gql(`mutation($input: SubmitCodeInput!) { submitCode(input: $input) { id status kind language maxScore question { id } } }`, { input }, token);

    const ok = await submit({ questionId: codingId, language: 'PYTHON', source });
    expect(ok.data?.submitCode).toMatchObject({ status: 'QUEUED', kind: 'CODE', language: 'PYTHON', maxScore: 10, question: { id: codingId } });
    const job = await queue.getJob(ok.data?.submitCode.id);
    expect(job?.data).toEqual({ submissionId: ok.data?.submitCode.id });

    const wrongLanguage = await submit({ questionId: codingId, language: 'JAVASCRIPT', source });
    expect(wrongLanguage.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'language', reason: 'LANGUAGE_NOT_ALLOWED' });
    const otherQuestion = bank.find((q) => q.kind === 'CODING' && q.slug !== codingSlug);
    const otherId = await questionId(api, recruiter.token, otherQuestion!.slug);
    const notInSet = await submit({ questionId: otherId, language: 'PYTHON', source });
    expect(notInSet.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'questionId', reason: 'QUESTION_NOT_IN_SET' });
    const tooLarge = await submit({ questionId: codingId, language: 'PYTHON', source: `# ${'x'.repeat(64 * 1024)}` });
    expect(tooLarge.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'source', reason: 'SOURCE_TOO_LARGE' });
    const codeForConceptual = await submit({ questionId: conceptualId, language: 'PYTHON', source });
    expect(reason(codeForConceptual)).toBe('WRONG_SUBMISSION_KIND');

    const answer = await api.gql(
      `mutation($input: SubmitAnswerInput!) { submitAnswer(input: $input) { id status verdict score rubricSuggestion { score } } }`,
      // A sentence: the rubric matcher gives no credit to terms outside sentences (#13).
      { input: { questionId: conceptualId, text: 'Attention computes softmax(QK^T / sqrt(d_k)) and uses it to weight the values V; multi-head attention runs several heads in parallel.' } },
      token,
    );
    expect(answer.data?.submitAnswer).toMatchObject({ status: 'JUDGED', verdict: 'PENDING_REVIEW', score: null, rubricSuggestion: null });
    // The grader sees the rubric's suggestion.
    const graderView = await api.gql(
      `query($id: ID!) { submission(id: $id) { verdict rubricSuggestion { score onTopic matched { id source sentence } } } }`,
      { id: answer.data?.submitAnswer.id },
      recruiter.token,
    );
    expect(graderView.data?.submission.rubricSuggestion.score).toBeGreaterThan(0);
    // Each covered point shows the candidate's sentence that covered it.
    expect(graderView.data?.submission.rubricSuggestion.matched).toContainEqual({ id: 'multi-head', source: 'keyword', sentence: 'multi-head attention runs several heads in parallel.' });

    // The per-candidate limit (6 a minute here): 2 accepted so far, 4 more, then refused.
    for (let i = 0; i < 4; i += 1) expect((await submit({ questionId: codingId, language: 'PYTHON', source })).errors).toBeUndefined();
    const limited = await submit({ questionId: codingId, language: 'PYTHON', source });
    expect(limited.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'SUBMISSION_RATE' });

    const finished = await api.gql(`mutation { finishAttempt { id status } }`, {}, token);
    expect(finished.data?.finishAttempt).toEqual({ id: attempt.id, status: 'FINISHED' });
    const afterFinish = await submit({ questionId: codingId, language: 'PYTHON', source });
    expect(afterFinish.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ATTEMPT_FINISHED' });
  });

  it('refuses after the deadline, and the scheduled sweep finishes the attempt', async () => {
    const { token } = await invite();
    const started = await api.gql(`mutation { startAttempt { id } }`, {}, token);
    const attemptId = started.data?.startAttempt.id;
    const prisma = api.app.get(PrismaService);
    await prisma.attempt.update({ where: { id: attemptId }, data: { deadline: new Date(Date.now() - 1000) } });

    const late = await api.gql(
      `mutation($input: SubmitCodeInput!) { submitCode(input: $input) { id } }`,
      { input: { questionId: codingId, language: 'PYTHON', source: 'def f(): pass' } },
      token,
    );
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'DEADLINE_PASSED' });

    const result = await api.app.get(MaintenanceService).sweep();
    expect(result.attemptsFinished).toBeGreaterThanOrEqual(1);
    const row = await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId }, include: { invitation: true } });
    expect(row.status).toBe('FINISHED');
    expect(row.invitation.status).toBe('FINISHED');
    // Finished by the platform, not the candidate: audited as the system, like finishAttempt is for the candidate.
    const audit = await prisma.auditLog.findMany({ where: { targetId: attemptId, action: 'finishAttempt' } });
    expect(audit).toEqual([expect.objectContaining({ actorType: 'SYSTEM', actorId: null, metadata: { reason: 'DEADLINE_PASSED' } })]);
    // A second sweep finds nothing left to finish: no second row, no second webhook.
    await api.app.get(MaintenanceService).sweep();
    expect(await prisma.auditLog.count({ where: { targetId: attemptId, action: 'finishAttempt' } })).toBe(1);
  });

  it('keeps submissions within their company and candidate', async () => {
    const first = await invite();
    await api.gql(`mutation { startAttempt { id } }`, {}, first.token);
    const made = await api.gql(
      `mutation($input: SubmitCodeInput!) { submitCode(input: $input) { id } }`,
      { input: { questionId: codingId, language: 'PYTHON', source: 'def scaled_dot_product(**kw): return {}' } },
      first.token,
    );
    const submissionId = made.data?.submitCode.id;
    const second = await invite();
    expect(errorCode(await api.gql(`query($id: ID!) { submission(id: $id) { id } }`, { id: submissionId }, second.token))).toBe('NOT_FOUND');
    const other = await signUpCompany(api, 'Other Co');
    expect(errorCode(await api.gql(`query($id: ID!) { submission(id: $id) { id } }`, { id: submissionId }, other.token))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(`query($id: ID!) { questionSet(id: $id) { id } }`, { id: setId }, other.token))).toBe('NOT_FOUND');
    // A candidate token cannot call company operations.
    expect(errorCode(await api.gql(`{ candidates { totalCount } }`, {}, first.token))).toBe('FORBIDDEN');
  });

  it('edits a set in place until someone starts it, then as a new version', async () => {
    const input = { title: 'Draft', timeLimitMinutes: 30, items: [{ questionId: conceptualId, points: 3 }] };
    const created = await api.gql(`mutation($input: CreateQuestionSetInput!) { createQuestionSet(input: $input) { id version } }`, { input }, recruiter.token);
    const id = created.data?.createQuestionSet.id;
    const edited = await api.gql(
      `mutation($id: ID!, $input: UpdateQuestionSetInput!) { updateQuestionSet(id: $id, input: $input) { id version title totalPoints } }`,
      { id, input: { ...input, title: 'Draft 2', items: [{ questionId: conceptualId, points: 4 }] } },
      recruiter.token,
    );
    expect(edited.errors).toBeUndefined();
    expect(edited.data?.updateQuestionSet).toEqual({ id, version: 1, title: 'Draft 2', totalPoints: 4 });

    const { token } = await invite();
    void token;
    // Start an attempt on the set, then edit: a new version appears, the old one stays as it was.
    const candidate = await api.gql(`mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`, { input: { name: 'V', email: uniqueEmail('v') } }, recruiter.token);
    const inv = await api.gql(
      `mutation($input: InviteCandidateInput!) { inviteCandidate(input: $input) { token } }`,
      { input: { candidateId: candidate.data?.createCandidate.id, questionSetId: id } },
      recruiter.token,
    );
    await api.gql(`mutation { startAttempt { id } }`, {}, inv.data?.inviteCandidate.token);
    const versioned = await api.gql(
      `mutation($id: ID!, $input: UpdateQuestionSetInput!) { updateQuestionSet(id: $id, input: $input) { id version previousId title } }`,
      { id, input: { ...input, title: 'Draft 3' } },
      recruiter.token,
    );
    expect(versioned.data?.updateQuestionSet).toMatchObject({ version: 2, previousId: id, title: 'Draft 3' });
    expect(versioned.data?.updateQuestionSet.id).not.toBe(id);
    const old = await api.gql(`query($id: ID!) { questionSet(id: $id) { title totalPoints } }`, { id }, recruiter.token);
    expect(old.data?.questionSet).toEqual({ title: 'Draft 2', totalPoints: 4 });
  });

  it('gives one candidate extra time: the deadline moves, a submission after the old one is accepted, the sweep honours it', async () => {
    const { token } = await invite();
    const started = await api.gql(`mutation { startAttempt { id deadline secondsRemaining } }`, {}, token);
    const attemptId = started.data?.startAttempt.id;
    expect(started.data?.startAttempt.secondsRemaining).toBeGreaterThan(59 * 60);
    const prisma = api.app.get(PrismaService);
    await prisma.attempt.update({ where: { id: attemptId }, data: { deadline: new Date(Date.now() - 1000) } });
    const submit = () => api.gql(`mutation($input: SubmitCodeInput!) { submitCode(input: $input) { id } }`, { input: { questionId: codingId, language: 'PYTHON', source: 'def f(): pass' } }, token);
    expect(reason(await submit())).toBe('DEADLINE_PASSED');

    const extend = (id: string, minutes: number, as = recruiter.token) => api.gql(`mutation($id: ID!, $m: Int!) { extendAttempt(id: $id, minutes: $m) { id status deadline } }`, { id, m: minutes }, as);
    const extended = await extend(attemptId, 15);
    expect(extended.errors).toBeUndefined();
    const deadline = new Date(extended.data?.extendAttempt.deadline).getTime();
    expect(deadline).toBeGreaterThan(Date.now() + 14 * 60_000);
    const mine = await api.gql(`{ myAttempt { deadline secondsRemaining } }`, {}, token);
    expect(new Date(mine.data?.myAttempt.deadline).getTime()).toBe(deadline);
    expect(mine.data?.myAttempt.secondsRemaining).toBeGreaterThan(14 * 60);
    expect((await submit()).errors).toBeUndefined();
    await api.app.get(MaintenanceService).sweep();
    expect((await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } })).status).toBe('IN_PROGRESS');

    expect((await extend(attemptId, 0)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'minutes' });
    const other = await signUpCompany(api, 'Other Co');
    expect(errorCode(await extend(attemptId, 5, other.token))).toBe('NOT_FOUND');
    expect(errorCode(await extend(attemptId, 5, token))).toBe('FORBIDDEN');
    const audit = await prisma.auditLog.findMany({ where: { targetId: attemptId, action: 'extendAttempt' } });
    expect(audit).toEqual([expect.objectContaining({ actorType: 'USER', metadata: expect.objectContaining({ minutes: 15 }) })]);
    await api.gql(`mutation { finishAttempt { id } }`, {}, token);
    expect((await extend(attemptId, 5)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ATTEMPT_FINISHED' });
  });
});
