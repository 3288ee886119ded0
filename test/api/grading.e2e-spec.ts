// Graders' work and reports: reviews of judged submissions, the graders' lists (anonymised for
// graders when the set says so), attempt reports with totals, percentile and similarity flags,
// and the ADMIN's audit log. Real PostgreSQL copy and Redis over HTTP.
//
// The judge is not running in this suite. To get JUDGED code submissions, `judge()` below writes
// what a judge worker writes when it finishes: one JudgeRun row (tests, metrics, timings) and the
// submission's status, verdict, score and judgedAt. Nothing else about the submission changes.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PrismaService } from '@app/platform';
import { MaintenanceService } from '../../apps/api/src/maintenance/maintenance.service';
import { AttemptTotals } from '../../apps/api/src/reports/attempt-totals';
import { fingerprintRows } from '../../apps/api/src/reports/source-prints';
import type { Verdict } from '@prisma/client';
import { ApiHarness, CompanySession, GraphQLResponse, STRONG_PASSWORD, errorCode, signUpCompany, startApi, uniqueEmail } from '../support/api-harness';

const codingSlug = 'code-attention-scaled-dot-product';
const conceptualSlug = 's003-4-attention-mechanism';

const ORIGINAL = `import numpy as np

def scaled_dot_product(q, k, v, mask=None, causal=False):
    d = q.shape[-1]
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(d)
    if mask is not None:
        scores = np.where(mask, scores, -1e9)
    scores = scores - scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights = weights / weights.sum(axis=-1, keepdims=True)
    return {"output": weights @ v, "weights": weights}
`;

// The same solution with every name changed and the layout and comments rewritten.
const RENAMED_COPY = `import numpy as numeric
# my own attention
def scaled_dot_product(query, key, value, mask=None, causal=False):
    width = query.shape[-1]
    logits = query @ numeric.swapaxes(key, -1, -2) / numeric.sqrt(width)   # scale
    if mask is not None:
        logits = numeric.where(mask, logits, -1e9)
    logits = logits - logits.max(axis=-1, keepdims=True)
    probs = numeric.exp(logits)
    probs = probs / probs.sum(axis=-1, keepdims=True)
    return {"output": probs @ value, "weights": probs}
`;

const REPORT = `query($id: ID!) { attempt(id: $id) {
  id status startedAt deadline finishedAt totalScore maxScore percentile candidate { id name email externalId anonymized }
  questions { question { id slug } points submissionId verdict judgedScore reviewedScore score metrics { name value baseline } timeUsedMs submissionCount
              similarTo { submissionId attemptId similarity } }
  submissions { id question { id } status verdict score maxScore } } }`;
const REVIEW = `mutation($input: ReviewSubmissionInput!) { reviewSubmission(input: $input) { id score comment reviewer { id } createdAt } }`;
const ATTEMPTS = `query($filter: AttemptsFilter) { attempts(first: 10, filter: $filter) { totalCount edges { node { id pendingReviewCount candidate { id name email externalId anonymized } } } } }`;
const TO_REVIEW = `query($filter: SubmissionsToReviewFilter) { submissionsToReview(first: 50, filter: $filter) { totalCount edges { node { id verdict reviews { score } } } } }`;
const AUDIT = `query($filter: AuditLogsFilter, $first: Int) { auditLogs(first: $first, filter: $filter) { totalCount edges { node { actorType actorId action targetType targetId ip metadata createdAt } } } }`;

/** The nodes of a connection in a GraphQL response. */
function nodes<T = Record<string, unknown>>(connection: { edges: Array<{ node: T }> } | undefined): T[] {
  return (connection?.edges ?? []).map((edge) => edge.node);
}

interface Taker {
  name: string;
  email: string;
  token: string;
  attemptId: string;
  codeIds: string[];
  answerId: string;
}

describe('grading: reviews, reports, anonymised lists, audit log', () => {
  let api: ApiHarness;
  let prisma: PrismaService;
  let admin: CompanySession;
  let grader: { token: string; id: string };
  let recruiter: { token: string; id: string };
  let other: CompanySession;
  let codingId: string;
  let conceptualId: string;
  let setId: string;
  let alice: Taker;
  let bob: Taker;
  const hook = { received: [] as IncomingHttpHeaders[], server: undefined as Server | undefined, url: '' };

  async function member(role: 'GRADER' | 'RECRUITER') {
    const email = uniqueEmail(role.toLowerCase());
    const created = await api.gql(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { email, name: role, role, password: STRONG_PASSWORD } },
      admin.token,
    );
    const login = await api.gql(`mutation($input: LogInInput!) { logIn(input: $input) { accessToken } }`, { input: { email, password: STRONG_PASSWORD } });
    return { id: created.data?.createUser.id as string, token: login.data?.logIn.accessToken as string };
  }

  async function questionId(slug: string): Promise<string> {
    const response = await api.gql(`query($s: String) { questions(first: 1, filter: {search: $s}) { edges { node { id slug } } } }`, { s: slug }, admin.token);
    return response.data?.questions.edges[0].node.id;
  }

  /** Invites a new candidate, who starts, submits the given code versions in order and an answer. */
  async function take(name: string, sources: string[], answer: string): Promise<Taker> {
    const email = uniqueEmail('cand');
    const candidate = await api.gql(`mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`, { input: { name, email, externalId: `ats-${name}` } }, admin.token);
    const invitation = await api.gql(
      `mutation($input: InviteCandidateInput!) { inviteCandidate(input: $input) { token } }`,
      { input: { candidateId: candidate.data?.createCandidate.id, questionSetId: setId } },
      admin.token,
    );
    const token = invitation.data?.inviteCandidate.token as string;
    const started = await api.gql(`mutation { startAttempt { id } }`, {}, token);
    const codeIds: string[] = [];
    for (const source of sources) {
      const submitted = await api.gql(`mutation($input: SubmitCodeInput!) { submitCode(input: $input) { id } }`, { input: { questionId: codingId, language: 'PYTHON', source } }, token);
      expect(submitted.errors).toBeUndefined();
      codeIds.push(submitted.data?.submitCode.id);
    }
    const answered = await api.gql(`mutation($input: SubmitAnswerInput!) { submitAnswer(input: $input) { id } }`, { input: { questionId: conceptualId, text: answer } }, token);
    return { name, email, token, attemptId: started.data?.startAttempt.id, codeIds, answerId: answered.data?.submitAnswer.id };
  }

  /** What a judge worker writes when it has judged a submission (see the note at the top). */
  async function judge(submissionId: string, score: number, verdict: Verdict, accuracy: number) {
    const submission = await prisma.submission.findUniqueOrThrow({ where: { id: submissionId } });
    await prisma.$transaction([
      prisma.judgeRun.create({
        data: {
          companyId: submission.companyId,
          submissionId,
          attemptNumber: (await prisma.judgeRun.count({ where: { submissionId } })) + 1,
          workerId: 'grading-e2e',
          verdict,
          score,
          tests: [{ name: 'shapes', hidden: false, passed: true, score, maxScore: submission.maxScore }],
          metrics: [{ name: 'accuracy', value: accuracy, baseline: 0.95 }],
          timings: { queueWaitMs: 1, containerStartMs: 1, runMs: 12, compareMs: 1 },
          startedAt: new Date(),
        },
      }),
      prisma.submission.update({ where: { id: submissionId }, data: { status: 'JUDGED', verdict, score, judgedAt: new Date() } }),
    ]);
  }

  beforeAll(async () => {
    hook.server = createServer((req, res) => {
      hook.received.push(req.headers);
      req.resume();
      req.on('end', () => res.writeHead(200).end('ok'));
    });
    await new Promise<void>((resolve) => hook.server!.listen(0, '127.0.0.1', resolve));
    hook.url = `http://127.0.0.1:${(hook.server.address() as AddressInfo).port}/hook`;

    api = await startApi();
    prisma = api.app.get(PrismaService);
    admin = await signUpCompany(api, 'Grading Co');
    other = await signUpCompany(api, 'Other Co');
    grader = await member('GRADER');
    recruiter = await member('RECRUITER');
    codingId = await questionId(codingSlug);
    conceptualId = await questionId(conceptualSlug);
    const set = await api.gql(
      `mutation($input: CreateQuestionSetInput!) { createQuestionSet(input: $input) { id totalPoints } }`,
      { input: { title: 'Blind review', timeLimitMinutes: 60, languages: ['PYTHON'], anonymized: true, items: [{ questionId: codingId, points: 10 }, { questionId: conceptualId, points: 5 }] } },
      admin.token,
    );
    expect(set.data?.createQuestionSet.totalPoints).toBe(15);
    setId = set.data?.createQuestionSet.id;
    const webhook = await api.gql(`mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }`, { input: { url: hook.url, events: ['SUBMISSION_REVIEWED'] } }, admin.token);
    expect(webhook.errors).toBeUndefined();

    // Alice submits twice (the second counts; the first is never judged), Bob once, a renamed copy.
    alice = await take('Alice', ['def scaled_dot_product(q, k, v):\n    pass\n', ORIGINAL], 'Attention is softmax(QK^T / sqrt(d_k)) V.');
    bob = await take('Bob', [RENAMED_COPY], 'Scaled dot-product attention with multiple heads.');
    await judge(alice.codeIds[1], 8, 'PARTIAL', 0.9);
    await judge(bob.codeIds[0], 6, 'PARTIAL', 0.7);
  });

  afterAll(async () => {
    await api?.close();
    await new Promise<void>((resolve) => (hook.server ? hook.server.close(() => resolve()) : resolve()));
  });

  it('lets graders and admins review judged submissions within bounds, refusing everyone and everything else', async () => {
    const review = (input: Record<string, unknown>, token = grader.token) => api.gql(REVIEW, { input }, token);

    expect(errorCode(await review({ submissionId: alice.answerId, score: 1, comment: 'ok' }, recruiter.token))).toBe('FORBIDDEN');
    expect(errorCode(await review({ submissionId: alice.answerId, score: 1, comment: 'ok' }, alice.token))).toBe('FORBIDDEN');
    expect(errorCode(await review({ submissionId: alice.answerId, score: 1, comment: 'ok' }, other.token))).toBe('NOT_FOUND');
    expect((await review({ submissionId: alice.answerId, score: 5.5, comment: 'too much' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'score' });
    expect((await review({ submissionId: alice.answerId, score: -1, comment: 'negative' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'score' });
    expect((await review({ submissionId: alice.answerId, score: 1, comment: '' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
    expect((await review({ submissionId: alice.answerId, score: 1, comment: '   ' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
    expect((await review({ submissionId: alice.answerId, score: 1, comment: 'x'.repeat(5001) })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
    const queued = await review({ submissionId: alice.codeIds[0], score: 1, comment: 'not judged yet' });
    expect(queued.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_JUDGED' });

    // Nothing was stored by the refusals: the answer still needs review.
    const pending = await api.gql(TO_REVIEW, { filter: { questionSetId: setId, needsReview: true } }, grader.token);
    expect(nodes<{ id: string }>(pending.data?.submissionsToReview).map((node) => node.id).sort()).toEqual([alice.answerId, bob.answerId].sort());

    const first = await review({ submissionId: alice.answerId, score: 4, comment: 'Good, misses multi-head.' });
    expect(first.errors).toBeUndefined();
    expect(first.data?.reviewSubmission).toMatchObject({ score: 4, comment: 'Good, misses multi-head.', reviewer: { id: grader.id } });
    // A second review: the latest counts.
    const second = await review({ submissionId: alice.answerId, score: 3.5, comment: 'On reflection, 3.5.' });
    expect(second.data?.reviewSubmission.score).toBe(3.5);
    // Admins may review too (Bob's answer in full, and Bob's code above the judge's 6).
    expect((await review({ submissionId: bob.answerId, score: 5, comment: 'Complete.' }, admin.token)).errors).toBeUndefined();
    expect((await review({ submissionId: bob.codeIds[0], score: 7, comment: 'Handles the mask well.' }, admin.token)).errors).toBeUndefined();

    // The judge's verdict and score stand beside the reviews.
    const stored = await api.gql(`query($id: ID!) { submission(id: $id) { verdict score reviews { score comment reviewer { id } } } }`, { id: alice.answerId }, grader.token);
    expect(stored.data?.submission).toEqual({
      verdict: 'PENDING_REVIEW',
      score: null,
      reviews: [
        { score: 3.5, comment: 'On reflection, 3.5.', reviewer: { id: grader.id } },
        { score: 4, comment: 'Good, misses multi-head.', reviewer: { id: grader.id } },
      ],
    });
    // Candidates never see reviews.
    const own = await api.gql(`query($id: ID!) { submission(id: $id) { reviews { score } } }`, { id: alice.answerId }, alice.token);
    expect(own.data?.submission.reviews).toEqual([]);

    const stillPending = await api.gql(TO_REVIEW, { filter: { questionSetId: setId, needsReview: true } }, grader.token);
    expect(stillPending.data?.submissionsToReview.totalCount).toBe(0);
    const reviewable = await api.gql(TO_REVIEW, { filter: { questionSetId: setId } }, recruiter.token);
    // Judged: both answers and the two judged code submissions; Alice's first code stays QUEUED.
    expect(reviewable.data?.submissionsToReview.totalCount).toBe(4);

    // Each review is audited, and announced to the SUBMISSION_REVIEWED webhook.
    const audit = await api.gql(AUDIT, { filter: { action: 'reviewSubmission', targetId: alice.answerId } }, admin.token);
    expect(audit.data?.auditLogs.totalCount).toBe(2);
    expect(audit.data?.auditLogs.edges[0].node).toMatchObject({ actorType: 'USER', actorId: grader.id, targetType: 'Submission', ip: expect.any(String) });
    expect(JSON.parse(audit.data?.auditLogs.edges[0].node.metadata)).toEqual({ reviewId: first.data?.reviewSubmission.id, score: 4 });
    const deliveries = await prisma.webhookDelivery.findMany({ where: { event: 'SUBMISSION_REVIEWED' }, orderBy: { createdAt: 'asc' } });
    expect(deliveries).toHaveLength(4);
    expect(deliveries[0].payload).toMatchObject({ submissionId: alice.answerId, attemptId: alice.attemptId, score: 4, maxScore: 5 });
    const deadline = Date.now() + 15_000;
    while (hook.received.length < 4 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(hook.received.map((headers) => headers['x-event'])).toEqual(Array(4).fill('SUBMISSION_REVIEWED'));
  });

  it('attributes an API key\'s review to the admin who created the key', async () => {
    const key = await api.gql(`mutation { createApiKey(input: {name: "grading bot", role: GRADER}) { secret } }`, {}, admin.token);
    const response = await api.gql(REVIEW, { input: { submissionId: alice.codeIds[1], score: 8, comment: 'Agrees with the judge.' } }, key.data?.createApiKey.secret);
    expect(response.data?.reviewSubmission.reviewer).toEqual({ id: admin.userId });
    const audit = await api.gql(AUDIT, { filter: { action: 'reviewSubmission', targetId: alice.codeIds[1] } }, admin.token);
    expect(audit.data?.auditLogs.edges[0].node.actorType).toBe('API_KEY');
  });

  it('reports per-question scores (the last submission counts, reviews over the judge), totals, percentile and similarity', async () => {
    for (const taker of [alice, bob]) expect((await api.gql(`mutation { finishAttempt { status } }`, {}, taker.token)).errors).toBeUndefined();

    const report = await api.gql(REPORT, { id: alice.attemptId }, recruiter.token);
    expect(report.errors).toBeUndefined();
    const a = report.data?.attempt;
    expect(a).toMatchObject({
      id: alice.attemptId,
      status: 'FINISHED',
      maxScore: 15,
      // 8 (the API key's review of the judged code, equal to the judge's) + 3.5 (the latest review).
      totalScore: 11.5,
      // Bob: 7 (reviewed over the judge's 6) + 5 = 12, above Alice.
      percentile: 0,
      candidate: { name: 'Alice', email: alice.email, externalId: 'ats-Alice', anonymized: false },
    });
    const [code, answer] = a.questions;
    expect(code).toMatchObject({
      question: { id: codingId, slug: codingSlug },
      points: 10,
      submissionId: alice.codeIds[1],
      verdict: 'PARTIAL',
      judgedScore: 8,
      reviewedScore: 8,
      score: 8,
      metrics: [{ name: 'accuracy', value: 0.9, baseline: 0.95 }],
      submissionCount: 2,
    });
    const elapsed = Date.now() - new Date(a.startedAt).getTime();
    expect(code.timeUsedMs).toBeGreaterThanOrEqual(0);
    expect(code.timeUsedMs).toBeLessThanOrEqual(elapsed);
    // Bob's renamed, reformatted copy is flagged.
    expect(code.similarTo).toEqual([{ submissionId: bob.codeIds[0], attemptId: bob.attemptId, similarity: expect.any(Number) }]);
    expect(code.similarTo[0].similarity).toBeGreaterThanOrEqual(0.9);
    expect(answer).toMatchObject({ verdict: 'PENDING_REVIEW', judgedScore: null, reviewedScore: 3.5, score: 3.5, submissionCount: 1, metrics: [], similarTo: [] });
    // The contract's submission list: all of them, oldest first.
    expect((a.submissions as Array<{ id: string; question: { id: string }; status: string }>).map((s) => [s.id, s.question.id, s.status])).toEqual([
      [alice.codeIds[0], codingId, 'QUEUED'],
      [alice.codeIds[1], codingId, 'JUDGED'],
      [alice.answerId, conceptualId, 'JUDGED'],
    ]);

    const bobReport = await api.gql(`query($id: ID!) { attempt(id: $id) { totalScore percentile questions { judgedScore reviewedScore score } } }`, { id: bob.attemptId }, admin.token);
    expect(bobReport.data?.attempt).toEqual({
      totalScore: 12,
      percentile: 100,
      questions: [
        { judgedScore: 6, reviewedScore: 7, score: 7 },
        { judgedScore: null, reviewedScore: 5, score: 5 },
      ],
    });

    expect(errorCode(await api.gql(REPORT, { id: alice.attemptId }, other.token))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(REPORT, { id: alice.attemptId }, alice.token))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(REPORT, { id: alice.attemptId }))).toBe('UNAUTHENTICATED');
  });

  it("updates a percentile when a peer's total changes after it was ranked (stored totals go stale)", async () => {
    const percentile = async () => (await api.gql(`query($id: ID!) { attempt(id: $id) { percentile } }`, { id: alice.attemptId }, recruiter.token)).data?.attempt.percentile;
    expect(await percentile()).toBe(0);
    // A new review takes Bob's code from 7 to 1: his total 6 is now below Alice's 11.5.
    const review = (score: number) => api.gql(REVIEW, { input: { submissionId: bob.codeIds[0], score, comment: `Re-reviewed: ${score}.` } }, admin.token);
    expect((await review(1)).errors).toBeUndefined();
    expect(await percentile()).toBe(100);
    // And a verdict stored as the judge stores it counts too (the database marks the total stale).
    await judge(bob.codeIds[0], 0, 'WRONG_ANSWER', 0.1);
    expect((await review(7)).errors).toBeUndefined();
    expect(await percentile()).toBe(0);
  });

  it('flags a copy however many other candidates submitted after it (every counted submission is compared)', async () => {
    // 600 later attempts of other candidates, each with its own solution: the report used to look
    // at the latest 500 counted submissions only, and so missed Bob's copy behind them.
    const bobRow = await prisma.submission.findUniqueOrThrow({ where: { id: bob.codeIds[0] }, include: { questionVersion: { select: { questionId: true } } } });
    const tag = `fill${Date.now().toString(36)}`;
    const n = 600;
    const ids = (kind: string) => Array.from({ length: n }, (_, i) => `${tag}${kind}${i}`);
    const [candidates, invitations, attempts, submissions] = [ids('c'), ids('i'), ids('a'), ids('s')];
    const companyId = bobRow.companyId;
    const later = (i: number) => new Date(Date.now() + 1000 + i);
    await prisma.candidate.createMany({ data: candidates.map((id, i) => ({ id, companyId, name: `Filler ${i}`, email: `${id}@example.com` })) });
    await prisma.invitation.createMany({
      data: invitations.map((id, i) => ({ id, companyId, candidateId: candidates[i], questionSetId: setId, tokenHash: id, expiresAt: later(i), status: 'STARTED' as const })),
    });
    await prisma.attempt.createMany({
      data: attempts.map((id, i) => ({ id, companyId, invitationId: invitations[i], candidateId: candidates[i], questionSetId: setId, status: 'FINISHED' as const, deadline: later(i), startedAt: later(i) })),
    });
    const scope = { companyId, questionId: bobRow.questionVersion.questionId, language: 'PYTHON' as const };
    const fillerSource = (i: number) => `def scaled_dot_product(q, k, v):\n    total = ${i}\n    for row in q:\n        total += len(row) * ${i % 17} - ${i % 5}\n    return {"output": [[total]] * ${1 + (i % 3)}}\n`;
    const rows = submissions.map((id, i) => ({ id, prints: fingerprintRows(id, scope, fillerSource(i)) }));
    await prisma.submission.createMany({
      data: rows.map((row, i) => ({
        id: row.id,
        companyId,
        attemptId: attempts[i],
        questionSetItemId: bobRow.questionSetItemId,
        questionVersionId: bobRow.questionVersionId,
        kind: 'CODE' as const,
        language: 'PYTHON' as const,
        source: fillerSource(i),
        maxScore: bobRow.maxScore,
        testSeed: 1,
        status: 'JUDGED' as const,
        score: 0,
        fingerprintCount: row.prints.length,
        createdAt: later(i),
      })),
    });
    await prisma.sourceFingerprint.createMany({ data: rows.flatMap((row) => row.prints) });

    const report = await api.gql(REPORT, { id: alice.attemptId }, recruiter.token);
    expect(report.errors).toBeUndefined();
    const code = (report.data?.attempt.questions as Array<{ question: { id: string }; similarTo: Array<{ submissionId: string; similarity: number }> }>).find((q) => q.question.id === codingId)!;
    expect(code.similarTo.map((s) => s.submissionId)).toEqual([bob.codeIds[0]]);
    expect(code.similarTo[0].similarity).toBeGreaterThanOrEqual(0.9);

    // Code stored before fingerprints existed has none: it is not found until the sweep takes them.
    await prisma.$transaction([
      prisma.sourceFingerprint.deleteMany({ where: { submissionId: bob.codeIds[0] } }),
      prisma.submission.update({ where: { id: bob.codeIds[0] }, data: { fingerprintCount: null } }),
    ]);
    const similarOfAlice = async () =>
      ((await api.gql(REPORT, { id: alice.attemptId }, recruiter.token)).data?.attempt.questions as Array<{ question: { id: string }; similarTo: Array<{ submissionId: string }> }>)
        .find((q) => q.question.id === codingId)!
        .similarTo.map((s) => s.submissionId);
    expect(await similarOfAlice()).toEqual([]);
    await api.app.get(MaintenanceService).sweep();
    expect(await similarOfAlice()).toEqual([bob.codeIds[0]]);
    await prisma.candidate.deleteMany({ where: { id: { in: candidates } } });
  });

  it("ranks among a set's attempts by counts kept through inserts, changes, deletions and the sweep's collapse", async () => {
    // What the report must agree with: a direct count of the set's FINISHED attempts by total.
    const direct = async (set: string) =>
      Object.fromEntries(
        (await prisma.attempt.groupBy({ by: ['totalScore'], where: { questionSetId: set, status: 'FINISHED' }, _count: { _all: true } })).map((g) => [String(g.totalScore), g._count._all]),
      );
    const kept = async (set: string) => {
      const rows = await prisma.setTotalDelta.groupBy({ by: ['totalScore'], where: { questionSetId: set }, _sum: { change: true } });
      return Object.fromEntries(rows.filter((r) => r._sum.change !== 0).map((r) => [String(r.totalScore), r._sum.change]));
    };
    const percentileOfAlice = async () => (await api.gql(`query($id: ID!) { attempt(id: $id) { percentile } }`, { id: alice.attemptId }, recruiter.token)).data?.attempt.percentile;
    const aliceTotal = (await prisma.attempt.findUniqueOrThrow({ where: { id: alice.attemptId } })).totalScore!;
    const expectedPercentile = async () => {
      const peers = await prisma.attempt.findMany({ where: { questionSetId: setId, status: 'FINISHED', id: { not: alice.attemptId } }, select: { totalScore: true } });
      return (100 * peers.filter((p) => p.totalScore !== null && p.totalScore < aliceTotal).length) / peers.length;
    };

    const bobRow = await prisma.attempt.findUniqueOrThrow({ where: { id: bob.attemptId } });
    const tag = `rank${Date.now().toString(36)}`;
    const n = 40;
    const ids = (kind: string) => Array.from({ length: n }, (_, i) => `${tag}${kind}${i}`);
    const [candidates, invitations, attempts] = [ids('c'), ids('i'), ids('a')];
    const companyId = bobRow.companyId;
    const later = new Date(Date.now() + 3_600_000);
    await prisma.candidate.createMany({ data: candidates.map((id, i) => ({ id, companyId, name: `Ranked ${i}`, email: `${id}@example.com` })) });
    await prisma.invitation.createMany({ data: invitations.map((id, i) => ({ id, companyId, candidateId: candidates[i], questionSetId: setId, tokenHash: id, expiresAt: later, status: 'STARTED' as const })) });
    // Totals 0..19 twice over, half of them above Alice's; a quarter still in progress.
    await prisma.attempt.createMany({
      data: attempts.map((id, i) => ({ id, companyId, invitationId: invitations[i], candidateId: candidates[i], questionSetId: setId, deadline: later, status: i % 4 === 3 ? ('IN_PROGRESS' as const) : ('FINISHED' as const), totalScore: i % 20 })),
    });
    expect(await kept(setId)).toEqual(await direct(setId));
    expect(await percentileOfAlice()).toBeCloseTo(await expectedPercentile(), 9);

    // Changes of status and total, one made stale (null), and deletions.
    await prisma.attempt.updateMany({ where: { id: { in: attempts.slice(0, 10) } }, data: { totalScore: 15 } });
    await prisma.attempt.updateMany({ where: { id: { in: attempts.slice(10, 20) } }, data: { status: 'FINISHED' } });
    await prisma.attempt.update({ where: { id: attempts[20] }, data: { totalScore: null } });
    await prisma.candidate.deleteMany({ where: { id: { in: candidates.slice(30) } } });
    expect(await kept(setId)).toEqual(await direct(setId));
    expect(await percentileOfAlice()).toBeCloseTo(await expectedPercentile(), 9);

    // The sweep collapses the set's rows to one per total; the counts stay what they were.
    const before = await prisma.setTotalDelta.count({ where: { questionSetId: setId } });
    expect(await api.app.get(AttemptTotals).collapseCounts()).toBeGreaterThan(0);
    const after = await prisma.setTotalDelta.count({ where: { questionSetId: setId } });
    expect(after).toBeLessThan(before);
    expect(after).toBe(Object.keys(await direct(setId)).length);
    expect(await kept(setId)).toEqual(await direct(setId));
    expect(await percentileOfAlice()).toBeCloseTo(await expectedPercentile(), 9);

    // Once no finished attempt is left (here: the fillers' own set, deleted), its rows go.
    const spare = await api.gql(
      `mutation($input: CreateQuestionSetInput!) { createQuestionSet(input: $input) { id } }`,
      { input: { title: 'Spare', timeLimitMinutes: 60, languages: ['PYTHON'], items: [{ questionId: codingId, points: 1 }] } },
      admin.token,
    );
    const spareId = spare.data?.createQuestionSet.id as string;
    await prisma.attempt.updateMany({ where: { id: { in: attempts.slice(0, 30) } }, data: { questionSetId: spareId } });
    await prisma.invitation.updateMany({ where: { id: { in: invitations.slice(0, 30) } }, data: { questionSetId: spareId } });
    expect(await kept(spareId)).toEqual(await direct(spareId));
    expect(await kept(setId)).toEqual(await direct(setId));
    await prisma.questionSet.delete({ where: { id: spareId } });
    await api.app.get(AttemptTotals).collapseCounts();
    expect(await prisma.setTotalDelta.count({ where: { questionSetId: spareId } })).toBe(0);
    await prisma.candidate.deleteMany({ where: { id: { in: candidates } } });
    expect(await kept(setId)).toEqual(await direct(setId));
  });

  it('shows graders "Candidate <n>" in anonymised sets, recruiters the real identity', async () => {
    const graderList = await api.gql(ATTEMPTS, { filter: { questionSetId: setId } }, grader.token);
    expect(graderList.errors).toBeUndefined();
    const byId = (list: GraphQLResponse) => Object.fromEntries(nodes<{ id: string; candidate: unknown }>(list.data?.attempts).map((node) => [node.id, node.candidate]));
    // Alice started first.
    expect(byId(graderList)[alice.attemptId]).toEqual({ id: expect.any(String), name: 'Candidate 1', email: null, externalId: null, anonymized: true });
    expect(byId(graderList)[bob.attemptId]).toMatchObject({ name: 'Candidate 2', email: null, anonymized: true });
    const graderReport = await api.gql(`query($id: ID!) { attempt(id: $id) { candidate { name email } } }`, { id: bob.attemptId }, grader.token);
    expect(graderReport.data?.attempt.candidate).toEqual({ name: 'Candidate 2', email: null });

    const recruiterList = await api.gql(ATTEMPTS, { filter: { questionSetId: setId, status: 'FINISHED' } }, recruiter.token);
    expect(byId(recruiterList)[alice.attemptId]).toMatchObject({ name: 'Alice', email: alice.email, externalId: 'ats-Alice', anonymized: false });
    expect(recruiterList.data?.attempts.totalCount).toBe(2);
    expect((await api.gql(ATTEMPTS, { filter: { needsReview: true } }, grader.token)).data?.attempts.totalCount).toBe(0);
    expect((await api.gql(ATTEMPTS, { filter: { needsReview: false } }, grader.token)).data?.attempts.totalCount).toBe(2);
    expect((await api.gql(ATTEMPTS, {}, other.token)).data?.attempts.totalCount).toBe(0);
  });

  it('lists the audit log to ADMINs only, their own company\'s entries only', async () => {
    const all = await api.gql(AUDIT, { first: 100 }, admin.token);
    expect(all.errors).toBeUndefined();
    const actions = new Set(nodes<{ action: string }>(all.data?.auditLogs).map((node) => node.action));
    for (const action of ['signUp', 'createUser', 'createQuestionSet', 'createCandidate', 'inviteCandidate', 'startAttempt', 'finishAttempt', 'reviewSubmission', 'createApiKey', 'createWebhook']) {
      expect(actions).toContain(action);
    }
    const starts = await api.gql(AUDIT, { filter: { action: 'startAttempt', targetId: alice.attemptId } }, admin.token);
    expect(nodes(starts.data?.auditLogs)).toEqual([
      expect.objectContaining({ actorType: 'CANDIDATE', targetType: 'Attempt', targetId: alice.attemptId }),
    ]);
    const byGrader = await api.gql(AUDIT, { filter: { actorId: grader.id } }, admin.token);
    expect(byGrader.data?.auditLogs.totalCount).toBe(2);

    for (const token of [grader.token, recruiter.token, alice.token]) expect(errorCode(await api.gql(AUDIT, {}, token))).toBe('FORBIDDEN');
    const foreign = await api.gql(AUDIT, { first: 100 }, other.token);
    expect(nodes<{ action: string }>(foreign.data?.auditLogs).map((node) => node.action)).toEqual(['signUp']);
    expect((await api.gql(AUDIT, { filter: { targetId: alice.answerId } }, other.token)).data?.auditLogs.totalCount).toBe(0);
  });
});
