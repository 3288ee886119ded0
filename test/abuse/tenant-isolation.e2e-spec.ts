// The tenant-isolation matrix: every operation that takes an id, called by company B with an
// id of company A's, answers NOT_FOUND (never FORBIDDEN, never data); list filters naming A's
// objects return nothing. A test below fails when an operation taking an id is not covered.
import { buildSchema, getNamedType, isInputObjectType } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApiHarness, errorCode, signUpCompany, startApi, uniqueEmail } from '../support/api-harness';
import { collect, wsClient } from '../support/ws-client';

interface CompanyObjects {
  token: string;
  apiKeyId: string;
  questionSetId: string;
  candidateId: string;
  invitationId: string;
  candidateToken: string;
  attemptId: string;
  submissionId: string;
  answerId: string;
  webhookId: string;
  companyQuestionId: string;
  codeRunId: string;
}

async function buildCompany(api: ApiHarness, name: string): Promise<CompanyObjects> {
  const { token } = await signUpCompany(api, name);
  const q = await api.gql(`{ questions(first: 100, filter: {search: "attention"}) { edges { node { id slug } } } }`, {}, token);
  const id = (slug: string) => q.data?.questions.edges.find((e: { node: { slug: string } }) => e.node.slug === slug)?.node.id;
  const apiKey = await api.gql(`mutation { createApiKey(input: {name: "k", role: GRADER}) { apiKey { id } } }`, {}, token);
  const set = await api.gql(
    `mutation($i: CreateQuestionSetInput!) { createQuestionSet(input: $i) { id } }`,
    { i: { title: name, timeLimitMinutes: 30, items: [{ questionId: id('code-attention-scaled-dot-product'), points: 5 }, { questionId: id('s003-4-attention-mechanism'), points: 5 }] } },
    token,
  );
  const candidate = await api.gql(`mutation($i: CreateCandidateInput!) { createCandidate(input: $i) { id } }`, { i: { name: 'C', email: uniqueEmail() } }, token);
  const invitation = await api.gql(
    `mutation($i: InviteCandidateInput!) { inviteCandidate(input: $i) { invitation { id } token } }`,
    { i: { candidateId: candidate.data?.createCandidate.id, questionSetId: set.data?.createQuestionSet.id } },
    token,
  );
  const candidateToken = invitation.data?.inviteCandidate.token;
  const attempt = await api.gql(`mutation { startAttempt { id } }`, {}, candidateToken);
  const submission = await api.gql(
    `mutation($i: SubmitCodeInput!) { submitCode(input: $i) { id } }`,
    { i: { questionId: id('code-attention-scaled-dot-product'), language: 'PYTHON', source: 'def scaled_dot_product(**k): return {}' } },
    candidateToken,
  );
  const answer = await api.gql(
    `mutation($i: SubmitAnswerInput!) { submitAnswer(input: $i) { id } }`,
    { i: { questionId: id('s003-4-attention-mechanism'), text: 'softmax of scaled dot products' } },
    candidateToken,
  );
  const webhook = await api.gql(
    `mutation { createWebhook(input: {url: "http://127.0.0.1:9/hook", events: [SUBMISSION_JUDGED]}) { webhook { id } } }`,
    {},
    token,
  );
  // A company question with its expected outputs given (READY without a worker), and a run.
  const companyQuestion = await api.gql(
    `mutation($i: CreateQuestionInput!) { createQuestion(input: $i) { id } }`,
    { i: { slug: 'double', kind: 'CODING', title: { en: 'Double' }, prompt: { en: 'Return 2n.' }, coding: { entry: 'double', parameters: [{ name: 'n', type: 'JSON' }], tests: [{ name: 's', input: { n: 1 }, expected: 2, hidden: false }] } } },
    token,
  );
  const codeRun = await api.gql(
    `mutation($i: RunCodeInput!) { runCode(input: $i) { id } }`,
    { i: { questionId: id('code-attention-scaled-dot-product'), language: 'PYTHON', source: 'def scaled_dot_product(**k): return {}' } },
    candidateToken,
  );
  const objects = {
    token,
    apiKeyId: apiKey.data?.createApiKey.apiKey.id,
    questionSetId: set.data?.createQuestionSet.id,
    candidateId: candidate.data?.createCandidate.id,
    invitationId: invitation.data?.inviteCandidate.invitation.id,
    candidateToken,
    attemptId: attempt.data?.startAttempt.id,
    submissionId: submission.data?.submitCode.id,
    answerId: answer.data?.submitAnswer.id,
    webhookId: webhook.data?.createWebhook.webhook.id,
    companyQuestionId: companyQuestion.data?.createQuestion.id,
    codeRunId: codeRun.data?.runCode.id,
  };
  for (const [key, value] of Object.entries(objects)) if (!value) throw new Error(`setup of ${name} failed at ${key}`);
  return objects;
}

describe('tenant isolation matrix', () => {
  let api: ApiHarness;
  let a: CompanyObjects;
  let b: CompanyObjects;

  beforeAll(async () => {
    api = await startApi();
    a = await buildCompany(api, 'A');
    b = await buildCompany(api, 'B');
  }, 120_000);
  afterAll(async () => {
    await api.close();
  });

  // operation → how company B (or, third, B's candidate) calls it with company A's id
  const notFoundCases: Record<string, () => [string, Record<string, unknown>, string?]> = {
    'Query.question': () => [`query($id: ID!) { question(id: $id) { id } }`, { id: a.companyQuestionId }],
    'Query.exportQuestions': () => [`query($ids: [ID!]!) { exportQuestions(ids: $ids) }`, { ids: [a.companyQuestionId] }],
    'Query.codeRun': () => [`query($id: ID!) { codeRun(id: $id) { id } }`, { id: a.codeRunId }, b.candidateToken],
    'Mutation.archiveQuestion': () => [`mutation($id: ID!) { archiveQuestion(id: $id) { id } }`, { id: a.companyQuestionId }],
    'Mutation.updateQuestion': () => [
      `mutation($id: ID!) { updateQuestion(id: $id, input: {slug: "double", kind: CONCEPTUAL, title: {en: "x"}, prompt: {en: "x"}, conceptual: {modelAnswer: {en: "x"}, rubric: [{point: {en: "x"}, keywords: {en: ["x"]}}]}}) { id } }`,
      { id: a.companyQuestionId },
    ],
    'Mutation.rejudgeQuestionVersion': () => [`mutation($id: ID!) { rejudgeQuestionVersion(questionId: $id, version: 1) { queued } }`, { id: a.companyQuestionId }],
    'Mutation.rejudgeSubmission': () => [`mutation($id: ID!) { rejudgeSubmission(id: $id) { id } }`, { id: a.submissionId }],
    'Mutation.eraseCandidate': () => [`mutation($id: ID!) { eraseCandidate(id: $id) { id } }`, { id: a.candidateId }],
    'Mutation.extendAttempt': () => [`mutation($id: ID!) { extendAttempt(id: $id, minutes: 5) { id } }`, { id: a.attemptId }],
    'Query.attempt': () => [`query($id: ID!) { attempt(id: $id) { id } }`, { id: a.attemptId }],
    'Query.candidate': () => [`query($id: ID!) { candidate(id: $id) { id } }`, { id: a.candidateId }],
    'Query.questionSet': () => [`query($id: ID!) { questionSet(id: $id) { id } }`, { id: a.questionSetId }],
    'Query.submission': () => [`query($id: ID!) { submission(id: $id) { id } }`, { id: a.submissionId }],
    'Query.webhookDeliveries': () => [`query($id: ID!) { webhookDeliveries(webhookId: $id) { totalCount } }`, { id: a.webhookId }],
    'Mutation.deleteWebhook': () => [`mutation($id: ID!) { deleteWebhook(id: $id) { id } }`, { id: a.webhookId }],
    'Mutation.updateWebhook': () => [`mutation($id: ID!) { updateWebhook(input: {id: $id, active: false}) { id } }`, { id: a.webhookId }],
    'Mutation.inviteCandidate': () => [
      `mutation($c: ID!, $s: ID!) { inviteCandidate(input: {candidateId: $c, questionSetId: $s}) { token } }`,
      { c: a.candidateId, s: b.questionSetId },
    ],
    'Mutation.reviewSubmission': () => [`mutation($id: ID!) { reviewSubmission(input: {submissionId: $id, score: 1, comment: "x"}) { id } }`, { id: a.answerId }],
    'Mutation.revokeApiKey': () => [`mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: a.apiKeyId }],
    'Mutation.revokeInvitation': () => [`mutation($id: ID!) { revokeInvitation(id: $id) { id } }`, { id: a.invitationId }],
    'Mutation.revokeReportLinks': () => [`mutation($id: ID!) { revokeReportLinks(attemptId: $id) { id } }`, { id: a.attemptId }],
    'Mutation.updateQuestionSet': () => [
      `mutation($id: ID!) { updateQuestionSet(id: $id, input: {title: "x", timeLimitMinutes: 5, items: []}) { id } }`,
      { id: a.questionSetId },
    ],
  };

  it.each(Object.keys(notFoundCases))('%s with another company\'s id is NOT_FOUND', async (operation) => {
    const [query, variables, token] = notFoundCases[operation]();
    const response = await api.gql(query, variables, token ?? b.token);
    // updateQuestionSet's empty items are refused before the lookup: give it valid items.
    if (operation === 'Mutation.updateQuestionSet' && errorCode(response) === 'BAD_USER_INPUT') {
      const q = await api.gql(`{ questions(first: 1) { edges { node { id } } } }`, {}, b.token);
      const retry = await api.gql(
        `mutation($id: ID!, $q: ID!) { updateQuestionSet(id: $id, input: {title: "x", timeLimitMinutes: 5, items: [{questionId: $q, points: 1}]}) { id } }`,
        { id: a.questionSetId, q: q.data?.questions.edges[0].node.id },
        b.token,
      );
      expect(errorCode(retry)).toBe('NOT_FOUND');
      return;
    }
    expect(response.data?.[Object.keys(response.data ?? {})[0]] ?? null).toBeNull();
    expect(errorCode(response)).toBe('NOT_FOUND');
  });

  it('inviteCandidate with another company\'s set and bulk invites to it are NOT_FOUND', async () => {
    const single = await api.gql(
      `mutation($c: ID!, $s: ID!) { inviteCandidate(input: {candidateId: $c, questionSetId: $s}) { token } }`,
      { c: b.candidateId, s: a.questionSetId },
      b.token,
    );
    expect(errorCode(single)).toBe('NOT_FOUND');
    const bulk = await api.gql(
      `mutation($s: ID!) { bulkInviteCandidates(input: {questionSetId: $s, rows: [{name: "x", email: "${uniqueEmail()}"}]}) { error { code } invitation { id } } }`,
      { s: a.questionSetId },
      b.token,
    );
    expect(bulk.data?.bulkInviteCandidates).toEqual([{ error: { code: 'NOT_FOUND' }, invitation: null }]);
  });

  it('Subscription.submissionUpdated with another company\'s submission is NOT_FOUND', async () => {
    const client = wsClient(api.baseUrl, b.token);
    await expect(collect(client, `subscription($id: ID!) { submissionUpdated(id: $id) { id } }`, { id: a.submissionId }).done).rejects.toThrow(/NOT_FOUND/);
    await client.dispose();
  });

  it('Subscription.codeRunUpdated with another company\'s run is NOT_FOUND', async () => {
    const client = wsClient(api.baseUrl, b.candidateToken);
    await expect(collect(client, `subscription($id: ID!) { codeRunUpdated(id: $id) { id } }`, { id: a.codeRunId }).done).rejects.toThrow(/NOT_FOUND/);
    await client.dispose();
  });

  it('list filters naming another company\'s objects return nothing of it', async () => {
    const attempts = await api.gql(`query($s: ID) { attempts(filter: {questionSetId: $s}) { totalCount } }`, { s: a.questionSetId }, b.token);
    expect(attempts.data?.attempts.totalCount).toBe(0);
    const toReview = await api.gql(`query($s: ID) { submissionsToReview(filter: {questionSetId: $s}) { totalCount } }`, { s: a.questionSetId }, b.token);
    expect(toReview.data?.submissionsToReview.totalCount).toBe(0);
    const invitations = await api.gql(`query($s: ID) { invitations(questionSetId: $s) { totalCount } }`, { s: a.questionSetId }, b.token);
    expect(invitations.data?.invitations.totalCount).toBe(0);
    const audit = await api.gql(`query($t: ID) { auditLogs(filter: {targetId: $t}) { totalCount } }`, { t: a.questionSetId }, b.token);
    expect(audit.data?.auditLogs.totalCount).toBe(0);
    // ... while A sees its own.
    const own = await api.gql(`query($s: ID) { attempts(filter: {questionSetId: $s}) { totalCount } }`, { s: a.questionSetId }, a.token);
    expect(own.data?.attempts.totalCount).toBe(1);
  });

  it('a candidate cannot run, save or submit for another company\'s question', async () => {
    for (const [op, input] of [
      ['runCode', 'RunCodeInput'],
      ['saveDraft', 'SaveDraftInput'],
      ['submitCode', 'SubmitCodeInput'],
    ] as const) {
      const response = await api.gql(`mutation($i: ${input}!) { ${op}(input: $i) { __typename } }`, { i: { questionId: a.companyQuestionId, language: 'PYTHON', source: 'def double(n): return 2 * n' } }, b.candidateToken);
      expect({ op, reason: response.errors?.[0].extensions?.reason }).toEqual({ op, reason: 'QUESTION_NOT_IN_SET' });
    }
  });

  it('a candidate token reaches nothing of another attempt', async () => {
    expect(errorCode(await api.gql(`query($id: ID!) { submission(id: $id) { id } }`, { id: a.submissionId }, b.candidateToken))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(`query($id: ID!) { attempt(id: $id) { id } }`, { id: a.attemptId }, b.candidateToken))).toBe('FORBIDDEN');
  });

  it('covers every operation that takes an id (the question bank is global)', () => {
    const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../apps/api/schema.graphql'), 'utf8'));
    const covered = new Set([
      ...Object.keys(notFoundCases),
      'Mutation.bulkInviteCandidates',
      'Subscription.submissionUpdated',
      'Subscription.codeRunUpdated',
      'Query.attempts',
      'Query.submissionsToReview',
      'Query.invitations',
      'Query.auditLogs',
      // A candidate's own assessment: a question id outside it is QUESTION_NOT_IN_SET (below).
      'Mutation.submitCode',
      'Mutation.submitAnswer',
      'Mutation.runCode',
      'Mutation.saveDraft',
    ]);
    const takingIds: string[] = [];
    for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
      for (const field of Object.values(type?.getFields() ?? {})) {
        const usesId = field.args.some((arg) => {
          const named = getNamedType(arg.type);
          return named.name === 'ID' || (isInputObjectType(named) && Object.values(named.getFields()).some((f) => getNamedType(f.type).name === 'ID'));
        });
        if (usesId) takingIds.push(`${type?.name}.${field.name}`);
      }
    }
    expect(takingIds.filter((op) => !covered.has(op))).toEqual([]);
  });
});
