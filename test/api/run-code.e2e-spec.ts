// The candidate's run loop as a front end uses it: run a correct and a wrong solution on the
// visible samples, run a custom input whose expected output the reference computes (a bank
// algorithm, and a company question's reference solution), see nothing hidden, store nothing as
// a submission, and meet the named refusals (bad input, rate limit, another candidate's run).
// Real API, worker, sandbox; traffic to 127.0.0.1 only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { PrismaService } from '@app/platform';
import { PY_SDP_CORRECT, PY_SDP_UNSCALED } from '../../apps/judge/src/judging/testing/candidate-sources';
import { type ApiHarness, type CompanySession, errorCode, signUpCompany, startApi, uniqueEmail } from '../support/api-harness';
import { startJudgeWorker } from '../support/judge-worker';
import { waitFor } from '../support/wait-for';
import { collect, wsClient } from '../support/ws-client';

const EXAMPLES = join(__dirname, '../../docs/examples');
const RUN = `mutation($input: RunCodeInput!) { runCode(input: $input) { id status } }`;
const RESULT = `query($id: ID!) { codeRun(id: $id) { id status compileError tests { name passed message input expected got } } }`;


describe('runCode (real API, worker and sandbox)', () => {
  let api: ApiHarness;
  let judge: INestApplication;
  let prisma: PrismaService;
  let acme: CompanySession;
  let token: string;
  let otherToken: string;
  let thirdToken: string;
  let liveToken: string;
  let bankId: string;
  let companyId: string;

  const run = async (input: Record<string, unknown>, as = token) => {
    const started = await api.gql(RUN, { input }, as);
    if (started.errors) return started;
    const id = started.data?.runCode.id as string;
    return waitFor(`run ${id}`, async () => {
      const r = await api.gql(RESULT, { id }, as);
      return r.data?.codeRun.status === 'DONE' || r.data?.codeRun.status === 'FAILED' ? r : undefined;
    });
  };

  beforeAll(async () => {
    api = await startApi({ RATE_LIMIT_RUNS_PER_MINUTE: '8', DRAFT_SNAPSHOT_INTERVAL_SECONDS: '0', ACTIVITY_EVENTS_PER_CALL: '5' });
    prisma = api.app.get(PrismaService);
    judge = await startJudgeWorker(api, 'run-worker', { JUDGE_CONCURRENCY: '1' });
    acme = await signUpCompany(api, 'Runs Co');
    bankId = (await api.gql(`{ questions(first: 1, filter: {search: "code-attention-scaled-dot-product"}) { edges { node { id } } } }`, {}, acme.token)).data?.questions.edges[0].node.id;
    const created = await api.gql(`mutation($input: CreateQuestionInput!) { createQuestion(input: $input) { id } }`, { input: JSON.parse(readFileSync(join(EXAMPLES, 'coding-softmax-rows.question.json'), 'utf8')) }, acme.token);
    companyId = created.data?.createQuestion.id;
    await waitFor('validation', async () => ((await api.gql(`query($id: ID!) { question(id: $id) { status } }`, { id: companyId }, acme.token)).data?.question.status === 'READY' ? true : undefined));
    const set = await api.gql(`mutation($input: CreateQuestionSetInput!) { createQuestionSet(input: $input) { id } }`, { input: { title: 'Runs', timeLimitMinutes: 60, items: [{ questionId: bankId, points: 10 }, { questionId: companyId, points: 10 }] } }, acme.token);
    const invite = async () => {
      const candidate = await api.gql(`mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`, { input: { name: 'Cand', email: uniqueEmail('cand') } }, acme.token);
      const t = (await api.gql(`mutation($input: InviteCandidateInput!) { inviteCandidate(input: $input) { token } }`, { input: { candidateId: candidate.data?.createCandidate.id, questionSetId: set.data?.createQuestionSet.id } }, acme.token)).data?.inviteCandidate.token;
      await api.gql(`mutation { startAttempt { id } }`, {}, t);
      return t as string;
    };
    token = await invite();
    otherToken = await invite();
    thirdToken = await invite();
    liveToken = await invite();
  }, 180_000);

  afterAll(async () => {
    await judge?.close();
    await api?.close();
  });

  it('runs the visible samples only: a correct solution passes them, a wrong one sees expected and actual values', async () => {
    const right = await run({ questionId: bankId, language: 'PYTHON', source: PY_SDP_CORRECT });
    const tests = right.data?.codeRun.tests;
    expect(tests.map((t: { name: string; passed: boolean }) => [t.name, t.passed])).toEqual([
      ['sample-1', true],
      ['sample-2', true],
    ]);
    const wrong = await run({ questionId: bankId, language: 'PYTHON', source: PY_SDP_UNSCALED });
    const failed = wrong.data?.codeRun.tests.find((t: { passed: boolean }) => !t.passed);
    expect(failed.message).toMatch(/expected/);
    expect(failed.expected).toHaveProperty('output');
    expect(failed.got).toHaveProperty('output');
    // Not a submission: nothing stored as one, nothing scored.
    expect(await prisma.submission.count({ where: { companyId: acme.companyId } })).toBe(0);
  }, 120_000);

  it('streams a run\'s status over the subscription, ending with its results; another candidate\'s run is NOT_FOUND', async () => {
    const started = await api.gql(RUN, { input: { questionId: bankId, language: 'PYTHON', source: PY_SDP_UNSCALED } }, liveToken);
    const id = started.data?.runCode.id as string;
    const client = wsClient(api.baseUrl, liveToken);
    try {
      const live = collect<{ codeRunUpdated: { id: string; status: string; tests: { name: string; passed: boolean; expected: unknown }[] } }>(
        client,
        `subscription($id: ID!) { codeRunUpdated(id: $id) { id status tests { name passed expected } } }`,
        { id },
      );
      const updates = (await live.done).map((u) => u.codeRunUpdated);
      const statuses = updates.map((u) => u.status);
      // Subscribed after the run was queued: it may already be running or done, but the statuses
      // come in order, each once, and the stream ends with the results.
      expect(['QUEUED', 'RUNNING', 'DONE'].filter((s) => statuses.includes(s))).toEqual(statuses);
      const last = updates[updates.length - 1];
      expect(last).toMatchObject({ id, status: 'DONE' });
      expect(last.tests.map((t) => t.name)).toEqual(['sample-1', 'sample-2']);
      expect(last.tests.some((t) => t.passed === false && t.expected !== null)).toBe(true);
    } finally {
      await client.dispose();
    }
    const outsider = wsClient(api.baseUrl, otherToken);
    try {
      await expect(collect(outsider, `subscription($id: ID!) { codeRunUpdated(id: $id) { id } }`, { id }).done).rejects.toThrow(/NOT_FOUND/);
    } finally {
      await outsider.dispose();
    }
  }, 120_000);

  it('computes a custom input\'s expected output with the reference: the bank\'s algorithm and a company\'s solution', async () => {
    const input = { q: [[1, 0]], k: [[1, 0], [0, 1]], v: [[1, 2], [3, 4]] };
    const bank = await run({ questionId: bankId, language: 'PYTHON', source: PY_SDP_CORRECT, input });
    const [custom] = bank.data?.codeRun.tests;
    // softmax([1, 0]/√2) = [0.6698, 0.3302] → output 0.6698·[1,2] + 0.3302·[3,4].
    const w = 1 / (1 + Math.exp(-1 / Math.SQRT2));
    expect(custom).toMatchObject({ name: 'custom', passed: true, input });
    expect(custom.expected.weights[0][0]).toBeCloseTo(w, 6);
    expect(custom.expected.output[0][0]).toBeCloseTo(w + 3 * (1 - w), 6);

    const company = await run({ questionId: companyId, language: 'PYTHON', source: readFileSync(join(EXAMPLES, 'softmax-naive.py'), 'utf8'), input: { x: [[0, 1000]], axis: -1 } });
    const [mine] = company.data?.codeRun.tests;
    expect(mine.expected).toEqual([[0, 1]]);
    expect(mine).toMatchObject({ passed: false, message: 'result[0][1]: got NaN, expected 1' });
    // The company question's visible samples: its hidden tests never appear.
    const samples = await run({ questionId: companyId, language: 'JAVASCRIPT', source: readFileSync(join(EXAMPLES, 'softmax-correct.js'), 'utf8') });
    expect(samples.data?.codeRun.tests.map((t: { name: string; passed: boolean }) => [t.name, t.passed])).toEqual([
      ['sample-1', true],
      ['sample-columns', true],
    ]);
  }, 120_000);

  it('names what is wrong with a run before anything runs, and keeps runs to their candidate', async () => {
    const typo = await api.gql(RUN, { input: { questionId: companyId, language: 'PYTHON', source: 'x', input: { x: [[1]], axes: 0 } } }, token);
    expect(typo.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.axes' });
    const badShape = await api.gql(RUN, { input: { questionId: bankId, language: 'PYTHON', source: 'x', input: { q: 'not an array' } } }, token);
    expect(badShape.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
    expect(badShape.errors?.[0].message).toMatch(/^input is not valid for this question: /);
    expect((await api.gql(RUN, { input: { questionId: 'nope', language: 'PYTHON', source: 'x' } }, token)).errors?.[0].extensions).toMatchObject({ reason: 'QUESTION_NOT_IN_SET' });
    const big = await api.gql(RUN, { input: { questionId: bankId, language: 'PYTHON', source: 'x'.repeat(70_000) } }, token);
    expect(big.errors?.[0].extensions).toMatchObject({ reason: 'SOURCE_TOO_LARGE', field: 'source' });

    const mine = await api.gql(RUN, { input: { questionId: bankId, language: 'PYTHON', source: 'def scaled_dot_product(**k):\n    return {}\n' } }, token);
    expect(errorCode(await api.gql(RESULT, { id: mine.data?.runCode.id }, otherToken))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(RESULT, { id: mine.data?.runCode.id }, acme.token))).toBe('FORBIDDEN');
  });

  it('answers RATE_LIMITED with reason RUN_CODE once the candidate\'s runs per minute are spent', async () => {
    let refused;
    for (let i = 0; i < 10 && !refused; i++) {
      const r = await api.gql(RUN, { input: { questionId: bankId, language: 'PYTHON', source: 'def scaled_dot_product(**k):\n    return {}\n' } }, otherToken);
      if (r.errors) refused = r.errors[0];
    }
    expect(refused?.extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'RUN_CODE' });
  });

  it('keeps drafts across a reload, refuses them after the deadline, and shows graders how the code grew', async () => {
    const save = (source: string, language = 'PYTHON') => api.gql(`mutation($input: SaveDraftInput!) { saveDraft(input: $input) { savedAt snapshot } }`, { input: { questionId: bankId, language, source } }, thirdToken);
    expect((await save('def scaled_dot_product(q, k, v, mask=None, causal=False):\n    pass\n')).data?.saveDraft.snapshot).toBe(true);
    expect((await save(PY_SDP_UNSCALED)).data?.saveDraft.snapshot).toBe(true);
    // The same source again: the draft's time moves, no new snapshot.
    expect((await save(PY_SDP_UNSCALED)).data?.saveDraft.snapshot).toBe(false);
    await save('function scaled_dot_product() {}', 'JAVASCRIPT');
    // A reload: myAttempt restores the latest per question and language.
    const restored = await api.gql(`{ myAttempt { drafts { questionId language source savedAt } } }`, {}, thirdToken);
    expect(restored.data?.myAttempt.drafts.map((d: { language: string; source: string }) => [d.language, d.source])).toEqual([
      ['PYTHON', PY_SDP_UNSCALED],
      ['JAVASCRIPT', 'function scaled_dot_product() {}'],
    ]);
    const ran = await run({ questionId: bankId, language: 'PYTHON', source: PY_SDP_CORRECT }, thirdToken);
    const submitted = await api.gql(`mutation($input: SubmitCodeInput!) { submitCode(input: $input) { id } }`, { input: { questionId: bankId, language: 'PYTHON', source: PY_SDP_CORRECT } }, thirdToken);

    // The front end reports a large paste and a minute out of focus; bad batches are named.
    const record = (events: unknown[]) => api.gql(`mutation($input: RecordActivityInput!) { recordActivity(input: $input) { accepted } }`, { input: { events } }, thirdToken);
    const now = Date.now();
    const iso = (ms: number) => new Date(ms).toISOString();
    expect((await record([{ type: 'PASTE', at: iso(now - 3000), questionId: bankId, size: 500 }, { type: 'FOCUS_LOST', at: iso(now - 2500), questionId: bankId }, { type: 'FOCUS_GAINED', at: iso(now - 500), questionId: bankId }])).data?.recordActivity).toEqual({ accepted: 3 });
    expect((await record([{ type: 'COPY', at: iso(now), size: 3 }, { type: 'PASTE', at: iso(now + 3_600_000), size: 3 }])).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.events[1].at' });
    expect((await record([{ type: 'PASTE', at: iso(now) }])).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.events[0].size' });
    expect((await record([{ type: 'COPY', at: iso(now), size: 1, questionId: 'not-in-set' }])).errors?.[0].extensions).toMatchObject({ field: 'input.events[0].questionId' });
    expect((await record(Array.from({ length: 6 }, () => ({ type: 'FULLSCREEN_EXIT', at: iso(now) })))).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.events' });
    expect((await record([{ type: 'NOT_A_TYPE', at: iso(now) }])).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const attemptId = (await api.gql(`{ myAttempt { id } }`, {}, thirdToken)).data?.myAttempt.id;
    const report = await api.gql(
      `query($id: ID!) { attempt(id: $id) { timeline { at kind questionId language source refId runPassed runStatus activityType size } activity { questionId pastes largestPaste largePastes focusLostSeconds focusLostShare } } }`,
      { id: attemptId },
      acme.token,
    );
    expect(report.errors).toBeUndefined();
    expect(report.data?.attempt.activity).toEqual([{ questionId: bankId, pastes: 1, largestPaste: 500, largePastes: 1, focusLostSeconds: 2, focusLostShare: expect.any(Number) }]);
    expect(report.data?.attempt.activity[0].focusLostShare).toBeGreaterThan(0);
    const activity = report.data?.attempt.timeline.filter((e: { kind: string }) => e.kind === 'ACTIVITY');
    expect(activity.map((e: { activityType: string; size: number | null }) => [e.activityType, e.size])).toEqual([
      ['PASTE', 500],
      ['FOCUS_LOST', null],
      ['FOCUS_GAINED', null],
    ]);
    const timeline = report.data?.attempt.timeline.filter((e: { kind: string }) => e.kind !== 'ACTIVITY');
    expect(timeline.map((e: { kind: string; language: string }) => `${e.kind}:${e.language}`)).toEqual(['DRAFT:PYTHON', 'DRAFT:PYTHON', 'DRAFT:JAVASCRIPT', 'RUN:PYTHON', 'SUBMISSION:PYTHON']);
    expect(timeline[1].source).toBe(PY_SDP_UNSCALED);
    expect(timeline[3]).toMatchObject({ refId: ran.data?.codeRun.id, runStatus: 'DONE', runPassed: '2/2', source: PY_SDP_CORRECT });
    expect(timeline[4].refId).toBe(submitted.data?.submitCode.id);
    const times = timeline.map((e: { at: string }) => new Date(e.at).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));

    await prisma.attempt.update({ where: { id: attemptId }, data: { deadline: new Date(Date.now() - 1000) } });
    expect((await save('too late')).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'DEADLINE_PASSED' });
    expect(errorCode(await api.gql(`query($id: ID!) { attempt(id: $id) { timeline { kind } } }`, { id: attemptId }, (await signUpCompany(api, 'Nosy')).token))).toBe('NOT_FOUND');
  }, 120_000);
});
