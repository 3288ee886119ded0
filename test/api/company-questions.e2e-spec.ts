// Company questions as a recruiter uses them, over HTTP with a real judge worker: write a coding
// question whose tests lack expected outputs, wait while the sandbox runs its reference solution,
// use it in a set beside a bank question, and have a candidate pass and fail it; edit it and
// rejudge; import, export, archive; a written question with its rubric; and another company
// sees none of it. Real PostgreSQL copy, Redis and Docker; traffic to 127.0.0.1 only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { PrismaService } from '@app/platform';
import { type ApiHarness, type CompanySession, errorCode, signUpCompany, startApi, STRONG_PASSWORD, uniqueEmail } from '../support/api-harness';
import { startJudgeWorker } from '../support/judge-worker';
import { waitFor } from '../support/wait-for';

const EXAMPLES = join(__dirname, '../../docs/examples');
const example = (name: string) => JSON.parse(readFileSync(join(EXAMPLES, `${name}.question.json`), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- edited freely below
const source = (name: string) => readFileSync(join(EXAMPLES, name), 'utf8');

const CREATE = `mutation($input: CreateQuestionInput!) { createQuestion(input: $input) { id slug kind status version owner } }`;
const QUESTION = `query($id: ID!) { question(id: $id) { id slug status version owner validation { test passed message } } }`;


describe('company questions (real API, worker and sandbox)', () => {
  let api: ApiHarness;
  let judge: INestApplication;
  let prisma: PrismaService;
  let acme: CompanySession;
  let other: CompanySession;

  const settled = (id: string, as = acme.token) =>
    waitFor(`question ${id} validated`, async () => {
      const q = (await api.gql(QUESTION, { id }, as)).data?.question;
      return q && q.status !== 'VALIDATING' ? q : undefined;
    });
  const judged = (id: string, token: string, runs = 1) =>
    waitFor(`submission ${id}`, async () => {
      const s = (await api.gql(`query($id: ID!) { submission(id: $id) { id status verdict score judgeRuns judgedVersion questionVersion tests { name hidden passed message } } }`, { id }, token)).data?.submission;
      return s?.status === 'JUDGED' && s.judgeRuns >= runs ? s : undefined;
    });

  beforeAll(async () => {
    api = await startApi();
    prisma = api.app.get(PrismaService);
    judge = await startJudgeWorker(api, 'company-questions-worker');
    acme = await signUpCompany(api, 'Acme');
    other = await signUpCompany(api, 'Other');
  }, 180_000);

  afterAll(async () => {
    await judge?.close();
    await api?.close();
  });

  it('runs the recruiter\'s story: author, validate, assess, edit, rejudge', async () => {
    // 1. A coding question whose tests mostly lack expected outputs: VALIDATING, then READY.
    const created = await api.gql(CREATE, { input: example('coding-softmax-rows') }, acme.token);
    expect(created.errors).toBeUndefined();
    expect(created.data?.createQuestion).toMatchObject({ slug: 'softmax-rows', kind: 'CODING', status: 'VALIDATING', version: 1, owner: 'COMPANY' });
    const id = created.data?.createQuestion.id;
    const ready = await settled(id);
    expect(ready.status).toBe('READY');
    expect(ready.validation.map((v: { test: string; passed: boolean }) => [v.test, v.passed])).toEqual([
      ['sample-1', true],
      ['sample-columns', true],
      ['large-values', true],
      ['one-row-many', true],
      ['negative', true],
    ]);
    const listed = await api.gql(`{ questions(first: 50, filter: {owner: COMPANY}) { totalCount edges { node { id slug status } } } }`, {}, acme.token);
    expect(listed.data?.questions).toMatchObject({ totalCount: 1, edges: [{ node: { id, slug: 'softmax-rows', status: 'READY' } }] });

    // 2. In a set beside a bank question; a candidate solves it.
    const bank = (await api.gql(`{ questions(first: 1, filter: {search: "code-attention-scaled-dot-product"}) { edges { node { id } } } }`, {}, acme.token)).data?.questions.edges[0].node.id;
    const set = await api.gql(
      `mutation($input: CreateQuestionSetInput!) { createQuestionSet(input: $input) { id items { questionVersion } } }`,
      { input: { title: 'ML screen', timeLimitMinutes: 60, items: [{ questionId: id, points: 10 }, { questionId: bank, points: 10 }] } },
      acme.token,
    );
    expect(set.errors).toBeUndefined();
    const candidate = await api.gql(`mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`, { input: { name: 'Kim', email: uniqueEmail('kim') } }, acme.token);
    const invite = await api.gql(
      `mutation($input: InviteCandidateInput!) { inviteCandidate(input: $input) { token } }`,
      { input: { candidateId: candidate.data?.createCandidate.id, questionSetId: set.data?.createQuestionSet.id } },
      acme.token,
    );
    const token = invite.data?.inviteCandidate.token;
    const attempt = await api.gql(`mutation { startAttempt { questions { id kind languages title prompt(lang: ZH) outputChecks { field exact rtol atol } starterCode(language: PYTHON) } } }`, {}, token);
    const seen = attempt.data?.startAttempt.questions.find((q: { id: string }) => q.id === id);
    expect(seen).toMatchObject({ kind: 'CODING', languages: ['PYTHON', 'JAVASCRIPT'], title: 'Row-wise softmax', outputChecks: [{ field: 'result', exact: false, rtol: 1e-4, atol: 1e-5 }] });
    expect(seen.prompt).toContain('数值稳定');
    expect(seen.starterCode).toContain('def softmax(x, axis=-1)');
    // Nothing hidden in what a candidate can ask for: no reference solution, no hidden inputs.
    expect(JSON.stringify(attempt.data)).not.toMatch(/keepdims|large-values|one-row-many|3\.25|-1000/);
    expect(errorCode(await api.gql(QUESTION, { id }, token))).toBe('FORBIDDEN');

    const submit = async (file: string, language = 'PYTHON') =>
      (await api.gql(`mutation($input: SubmitCodeInput!) { submitCode(input: $input) { id } }`, { input: { questionId: id, language, source: source(file) } }, token)).data?.submitCode.id as string;
    const right = await judged(await submit('softmax-correct.py'), token);
    expect(right).toMatchObject({ verdict: 'ACCEPTED', score: 10, questionVersion: 1 });
    const wrongId = await submit('softmax-naive.py');
    const wrong = await judged(wrongId, token);
    expect(wrong.verdict).toBe('PARTIAL');
    // The candidate sees the hidden test's name and that it failed; the company sees where.
    expect(wrong.tests.find((t: { name: string }) => t.name === 'large-values')).toEqual({ name: 'large-values', hidden: true, passed: false, message: null });
    // A solution wrong everywhere is WRONG_ANSWER, its first difference named.
    const allWrong = await api.gql(`mutation($input: SubmitCodeInput!) { submitCode(input: $input) { id } }`, { input: { questionId: id, language: 'PYTHON', source: 'def softmax(x, axis=-1):\n    return (x * 0).tolist()\n' } }, token);
    const zero = await judged(allWrong.data?.submitCode.id, acme.token);
    expect(zero.verdict).toBe('WRONG_ANSWER');
    expect(zero.tests[0].message).toBe('result[0][0]: got 0, expected 0.2689414 (tolerance rtol 0.0001, atol 0.00001)');
    const forCompany = await judged(wrongId, acme.token);
    expect(forCompany.tests.find((t: { name: string }) => t.name === 'large-values').message).toBe('result[0][0]: got NaN where the reference has a number');

    // 3. The author edits a test: version 2. The old submission keeps version 1 and a rejudge
    // gives the same verdict; a rejudge with useLatestVersion uses version 2.
    const edited = example('coding-softmax-rows');
    edited.coding.tests[2] = { name: 'large-values', input: { x: [[1, 2]], axis: -1 }, weight: 2 };
    const updated = await api.gql(`mutation($id: ID!, $input: CreateQuestionInput!) { updateQuestion(id: $id, input: $input) { id status version } }`, { id, input: edited }, acme.token);
    expect(updated.data?.updateQuestion).toMatchObject({ id, version: 2, status: 'VALIDATING' });
    expect((await settled(id)).status).toBe('READY');
    const again = await api.gql(`mutation($id: ID!) { rejudgeSubmission(id: $id) { id } }`, { id: wrongId }, acme.token);
    expect(again.errors).toBeUndefined();
    expect(await judged(wrongId, acme.token, 2)).toMatchObject({ verdict: 'PARTIAL', questionVersion: 1, judgedVersion: 1 });
    await api.gql(`mutation($id: ID!) { rejudgeSubmission(id: $id, useLatestVersion: true) { id } }`, { id: wrongId }, acme.token);
    expect(await judged(wrongId, acme.token, 3)).toMatchObject({ verdict: 'ACCEPTED', questionVersion: 1, judgedVersion: 2 });

    // 4. Another company: not found, not listed, not usable, not editable, not exportable.
    expect(errorCode(await api.gql(QUESTION, { id }, other.token))).toBe('NOT_FOUND');
    const theirs = await api.gql(`{ questions(first: 100, filter: {search: "softmax"}) { edges { node { id } } } }`, {}, other.token);
    expect(theirs.data?.questions.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(id);
    expect((await api.gql(`{ questions(first: 10, filter: {owner: COMPANY}) { totalCount } }`, {}, other.token)).data?.questions.totalCount).toBe(0);
    const stolen = await api.gql(`mutation($input: CreateQuestionSetInput!) { createQuestionSet(input: $input) { id } }`, { input: { title: 'x', timeLimitMinutes: 10, items: [{ questionId: id, points: 1 }] } }, other.token);
    expect(stolen.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'items.0.questionId' });
    expect(errorCode(await api.gql(`mutation($id: ID!, $input: CreateQuestionInput!) { updateQuestion(id: $id, input: $input) { id } }`, { id, input: edited }, other.token))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(`query($ids: [ID!]!) { exportQuestions(ids: $ids) }`, { ids: [id] }, other.token))).toBe('NOT_FOUND');

    // 5. The audit log has every change.
    const audit = await prisma.auditLog.findMany({ where: { companyId: acme.companyId, targetId: id }, select: { action: true } });
    expect(audit.map((a) => a.action).sort()).toEqual(['createQuestion', 'updateQuestion']);
  }, 300_000);

  it('marks a question INVALID when its reference disagrees with a given expected value, and keeps it out of sets', async () => {
    const file = example('coding-softmax-rows');
    file.slug = 'softmax-wrong-expected';
    file.coding.tests[0].expected = [[0.5, 0.5]];
    const created = await api.gql(CREATE, { input: file }, acme.token);
    const invalid = await settled(created.data?.createQuestion.id);
    expect(invalid.status).toBe('INVALID');
    expect(invalid.validation.filter((v: { passed: boolean }) => !v.passed)).toEqual([
      { test: 'sample-1', passed: false, message: expect.stringMatching(/^the reference solution disagrees with the expected output: result\[0\]\[0\]: got 0\.2689\d+, expected 0\.5$/) },
    ]);
    const set = await api.gql(`mutation($input: CreateQuestionSetInput!) { createQuestionSet(input: $input) { id } }`, { input: { title: 'x', timeLimitMinutes: 10, items: [{ questionId: invalid.id, points: 1 }] } }, acme.token);
    expect(set.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_READY', field: 'items.0.questionId' });
  }, 120_000);

  it('refuses a bad question file naming the field, before anything runs, and writes nothing', async () => {
    const before = await prisma.question.count({ where: { companyId: acme.companyId } });
    const unknownParameter = example('coding-softmax-rows');
    unknownParameter.slug = 'softmax-bad';
    unknownParameter.coding.tests[1].input.temperature = 1;
    const refused = await api.gql(CREATE, { input: unknownParameter }, acme.token);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.coding.tests[1].input.temperature' });
    expect(refused.errors?.[0].message).toMatch(/"temperature" is not a parameter of softmax/);
    const noSection = { ...example('coding-softmax-rows'), slug: 'softmax-no-section', coding: undefined };
    expect((await api.gql(CREATE, { input: noSection }, acme.token)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.coding' });
    const duplicate = await api.gql(CREATE, { input: example('coding-softmax-rows') }, acme.token);
    expect(duplicate.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.slug' });
    const notNumeric = example('training-exam-pass');
    notNumeric.slug = 'exam-bad-csv';
    notNumeric.training.dataset.csv = notNumeric.training.dataset.csv.replace(/\n[^\n]+\n/, '\nmany,5,1\n');
    expect((await api.gql(CREATE, { input: notNumeric }, acme.token)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.training.dataset.csv' });
    expect(await prisma.question.count({ where: { companyId: acme.companyId } })).toBe(before);

    // Graders read company questions but do not write them.
    const graderEmail = uniqueEmail('grader');
    await api.gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, { input: { email: graderEmail, name: 'G', role: 'GRADER', password: STRONG_PASSWORD } }, acme.token);
    const grader = (await api.gql(`mutation($input: LogInInput!) { logIn(input: $input) { accessToken } }`, { input: { email: graderEmail, password: STRONG_PASSWORD } })).data?.logIn.accessToken;
    expect(errorCode(await api.gql(CREATE, { input: { ...example('conceptual-explain-dropout'), slug: 'by-grader' } }, grader))).toBe('FORBIDDEN');
  });

  it('imports per row, exports what it imported, archives, and judges a written answer by its rubric', async () => {
    const conceptual = example('conceptual-explain-dropout');
    const broken = { ...example('conceptual-explain-dropout'), slug: 'broken', conceptual: { modelAnswer: { en: 'x' }, rubric: [] } };
    const imported = await api.gql(`mutation($input: ImportQuestionsInput!) { importQuestions(input: $input) { slug question { id status version } error { code field message } } }`, { input: { questions: [conceptual, broken] } }, acme.token);
    expect(imported.errors).toBeUndefined();
    const [ok, bad] = imported.data?.importQuestions;
    expect(ok).toMatchObject({ slug: 'explain-dropout', question: { status: 'READY', version: 1 }, error: null });
    expect(bad).toMatchObject({ slug: 'broken', question: null, error: { code: 'BAD_USER_INPUT', field: 'input.questions[1].conceptual.rubric' } });

    const exported = await api.gql(`query($ids: [ID!]!) { exportQuestions(ids: $ids) }`, { ids: [ok.question.id] }, acme.token);
    expect(exported.data?.exportQuestions).toEqual([conceptual]);
    // Importing the export again makes version 2 of the same question, and exports the same bytes.
    const reimported = await api.gql(`mutation($input: ImportQuestionsInput!) { importQuestions(input: $input) { question { id version } } }`, { input: { questions: exported.data?.exportQuestions } }, acme.token);
    expect(reimported.data?.importQuestions[0].question).toEqual({ id: ok.question.id, version: 2 });
    const again = await api.gql(`query($ids: [ID!]!) { exportQuestions(ids: $ids) }`, { ids: [ok.question.id] }, acme.token);
    expect(JSON.stringify(again.data?.exportQuestions)).toBe(JSON.stringify(exported.data?.exportQuestions));

    // A candidate's answer gets the rubric suggestion from the company's rubric.
    const set = await api.gql(`mutation($input: CreateQuestionSetInput!) { createQuestionSet(input: $input) { id } }`, { input: { title: 'Theory', timeLimitMinutes: 30, items: [{ questionId: ok.question.id, points: 6 }] } }, acme.token);
    const candidate = await api.gql(`mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`, { input: { name: 'Ana', email: uniqueEmail('ana') } }, acme.token);
    const token = (await api.gql(`mutation($input: InviteCandidateInput!) { inviteCandidate(input: $input) { token } }`, { input: { candidateId: candidate.data?.createCandidate.id, questionSetId: set.data?.createQuestionSet.id } }, acme.token)).data?.inviteCandidate.token;
    await api.gql(`mutation { startAttempt { id } }`, {}, token);
    const answer = await api.gql(`mutation($input: SubmitAnswerInput!) { submitAnswer(input: $input) { id verdict } }`, { input: { questionId: ok.question.id, text: conceptual.conceptual.modelAnswer.en } }, token);
    expect(answer.data?.submitAnswer.verdict).toBe('PENDING_REVIEW');
    const graded = await api.gql(`query($id: ID!) { submission(id: $id) { rubricSuggestion { score } } }`, { id: answer.data?.submitAnswer.id }, acme.token);
    expect(graded.data?.submission.rubricSuggestion.score).toBeGreaterThan(0.5);

    // Archived: kept by the set above, refused for a new one.
    const archived = await api.gql(`mutation($id: ID!) { archiveQuestion(id: $id) { id status } }`, { id: ok.question.id }, acme.token);
    expect(archived.data?.archiveQuestion).toEqual({ id: ok.question.id, status: 'ARCHIVED' });
    const refused = await api.gql(`mutation($input: CreateQuestionSetInput!) { createQuestionSet(input: $input) { id } }`, { input: { title: 'y', timeLimitMinutes: 10, items: [{ questionId: ok.question.id, points: 1 }] } }, acme.token);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ARCHIVED' });
  }, 120_000);

  it('trains a candidate\'s model on the company\'s CSV and reports it beside the platform\'s baselines', async () => {
    const created = await api.gql(CREATE, { input: example('training-exam-pass') }, acme.token);
    expect(created.data?.createQuestion).toMatchObject({ kind: 'TRAINING', status: 'VALIDATING' });
    const id = created.data?.createQuestion.id;
    expect((await settled(id)).status).toBe('READY');
    const set = await api.gql(`mutation($input: CreateQuestionSetInput!) { createQuestionSet(input: $input) { id } }`, { input: { title: 'Models', timeLimitMinutes: 30, languages: ['PYTHON'], items: [{ questionId: id, points: 20 }] } }, acme.token);
    const candidate = await api.gql(`mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`, { input: { name: 'Lee', email: uniqueEmail('lee') } }, acme.token);
    const token = (await api.gql(`mutation($input: InviteCandidateInput!) { inviteCandidate(input: $input) { token } }`, { input: { candidateId: candidate.data?.createCandidate.id, questionSetId: set.data?.createQuestionSet.id } }, acme.token)).data?.inviteCandidate.token;
    const attempt = await api.gql(`mutation { startAttempt { questions { id kind title prompt } } }`, {}, token);
    // The candidate reads the statement; the data (and its held-out labels) stay with the platform.
    expect(JSON.stringify(attempt.data)).not.toContain('hours_studied,hours_slept');
    const submit = async (file: string) =>
      (await api.gql(`mutation($input: SubmitCodeInput!) { submitCode(input: $input) { id } }`, { input: { questionId: id, language: 'PYTHON', source: source(file) } }, token)).data?.submitCode.id as string;
    const good = await judged(await submit('exam-pass-logistic.py'), acme.token);
    expect(good).toMatchObject({ verdict: 'ACCEPTED', score: 20 });
    const metrics = (await api.gql(`query($id: ID!) { submission(id: $id) { metrics { name value baseline } } }`, { id: good.id }, acme.token)).data?.submission.metrics;
    const accuracy = metrics.find((m: { name: string }) => m.name === 'accuracy');
    expect(accuracy.value).toBeGreaterThan(0.85);
    expect(accuracy.baseline).toBeGreaterThan(0.85);
    expect(metrics.find((m: { name: string }) => m.name === 'baseline_majority_accuracy').value).toBeLessThan(0.7);
    const constant = await judged(await submit('exam-pass-constant.py'), acme.token);
    expect(constant).toMatchObject({ verdict: 'WRONG_ANSWER', score: 0 });
  }, 180_000);
});
