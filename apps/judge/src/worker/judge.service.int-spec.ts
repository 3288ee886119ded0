// JudgeService against a real PostgreSQL copy, real Redis pub/sub and real Docker sandboxes.
import { randomBytes } from 'node:crypto';
import { PrismaService, submissionEventsChannel, type SubmissionEvent } from '@app/platform';
import { Redis } from 'ioredis';
import { createTestDatabase } from '../../../../test/support/database';
import { createDockerClient, flushSandboxRemovals, SandboxEngineError } from '../sandbox';
import { ReferenceFailure } from '../judging/expected-outputs';
import { PinnedVersionUnavailable } from '../judging/pinned-question';
import type { JudgedTest } from '../judging/judge-result';
import {
  JS_MULTITASK_CORRECT,
  PY_INFINITE_LOOP,
  PY_SDP_CORRECT,
  PY_SDP_UNSCALED,
  PY_SYNTAX_ERROR,
} from '../judging/testing/candidate-sources';
import { SubmissionFixtures } from '../judging/testing/submission-fixtures';
import { JudgeService } from './judge.service';

const SDP = 'code-attention-scaled-dot-product';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('JudgeService (real database, Redis and Docker)', () => {
  let db: { url: string; drop: () => Promise<void> };
  let prisma: PrismaService;
  let redis: Redis;
  let subscriber: Redis;
  let service: JudgeService;
  let fixtures: SubmissionFixtures;
  const events: SubmissionEvent[] = [];
  const prefix = `test-judge-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    db = await createTestDatabase();
    prisma = new PrismaService(db.url);
    await prisma.$connect();
    redis = new Redis(REDIS_URL);
    subscriber = new Redis(REDIS_URL);
    await subscriber.subscribe(submissionEventsChannel(prefix));
    subscriber.on('message', (_channel, message) => events.push(JSON.parse(message) as SubmissionEvent));
    service = new JudgeService(prisma, { JUDGE_WORKER_ID: 'test-worker', JUDGE_GPUS: '', REDIS_KEY_PREFIX: prefix }, createDockerClient(), redis);
    fixtures = new SubmissionFixtures(prisma);
  });

  afterAll(async () => {
    await flushSandboxRemovals();
    subscriber?.disconnect();
    redis?.disconnect();
    await prisma?.$disconnect();
    await db?.drop();
  });

  const judge = (id: string) => service.judgeSubmission(id, { attemptsMade: 0, enqueuedAt: Date.now() - 5 });
  const runsOf = (id: string) => prisma.judgeRun.findMany({ where: { submissionId: id }, orderBy: { attemptNumber: 'asc' } });
  const eventsFor = async (id: string, count: number) => {
    for (let i = 0; i < 50 && events.filter((e) => e.submissionId === id).length < count; i++) await new Promise((r) => setTimeout(r, 20));
    return events.filter((e) => e.submissionId === id);
  };

  it('judges a correct Python scaled_dot_product ACCEPTED with full score, stores the run and announces it', async () => {
    const id = await fixtures.submission({ slug: SDP, source: PY_SDP_CORRECT, maxScore: 10, testSeed: 42 });
    await judge(id);

    const submission = await prisma.submission.findUniqueOrThrow({ where: { id } });
    expect(submission).toMatchObject({ status: 'JUDGED', verdict: 'ACCEPTED', score: 10 });
    expect(submission.judgedAt).not.toBeNull();

    const [run] = await runsOf(id);
    expect(run).toMatchObject({ attemptNumber: 1, verdict: 'ACCEPTED', score: 10, workerId: 'test-worker', gpu: false, internalError: null });
    expect(run.image).toMatch(/^mljudge-python:/);
    expect(run.imageDigest).toMatch(/^sha256:/);
    expect(Number(run.peakMemoryBytes)).toBeGreaterThan(1e6);
    const tests = run.tests as unknown as JudgedTest[];
    expect(tests.length).toBeGreaterThan(5);
    expect(tests.every((t) => t.passed && t.message === null)).toBe(true);
    expect(tests.filter((t) => !t.hidden).map((t) => t.name)).toEqual(['sample-1', 'sample-2']);
    expect(tests.reduce((s, t) => s + t.maxScore, 0)).toBeCloseTo(10, 4);
    const timings = run.timings as Record<string, number>;
    expect(Object.keys(timings).sort()).toEqual(
      ['candidateMs', 'compareMs', 'containerStartMs', 'decodeMs', 'encodeMs', 'harnessMs', 'loadMs', 'queueWaitMs', 'runMs', 'stdinMs'],
    );
    expect(timings.queueWaitMs).toBeGreaterThanOrEqual(5);
    // The harness's own phases fit inside the run.
    expect(timings.loadMs + timings.decodeMs + timings.candidateMs + timings.encodeMs).toBeLessThanOrEqual(timings.harnessMs + 1);
    expect(timings.harnessMs).toBeLessThanOrEqual(timings.runMs + 1);

    const announced = await eventsFor(id, 2);
    expect(announced.map((e) => [e.status, e.verdict, e.score])).toEqual([
      ['RUNNING', null, null],
      ['JUDGED', 'ACCEPTED', 10],
    ]);
    expect(announced[0].companyId).toBe(submission.companyId);

    // Idempotent: judging a JUDGED submission again does nothing.
    await judge(id);
    expect(await runsOf(id)).toHaveLength(1);

    // A rejudge (the API sets the submission back to QUEUED) adds a run, never overwrites one.
    await prisma.submission.update({ where: { id }, data: { status: 'QUEUED' } });
    await judge(id);
    const runs = await runsOf(id);
    expect(runs.map((r) => [r.attemptNumber, r.verdict])).toEqual([
      [1, 'ACCEPTED'],
      [2, 'ACCEPTED'],
    ]);
    expect(runs[0].id).toBe(run.id);
  });

  it('judges a wrong answer PARTIAL or WRONG_ANSWER; hidden messages never carry expected values', async () => {
    const id = await fixtures.submission({ slug: SDP, source: PY_SDP_UNSCALED, maxScore: 10, testSeed: 7 });
    await judge(id);
    const submission = await prisma.submission.findUniqueOrThrow({ where: { id } });
    expect(['PARTIAL', 'WRONG_ANSWER']).toContain(submission.verdict);
    expect(submission.score).toBeLessThan(10);
    const tests = (await runsOf(id))[0].tests as unknown as JudgedTest[];
    const failedHidden = tests.filter((t) => t.hidden && !t.passed);
    expect(failedHidden.length).toBeGreaterThan(0);
    for (const t of failedHidden) {
      expect(t.message).toMatch(/value beyond tolerance|wrong shape|NaN/);
      expect(t.message).not.toMatch(/expected/);
    }
    const failedSample = tests.find((t) => !t.hidden && !t.passed);
    expect(failedSample?.message).toMatch(/got .*, expected /);
  });

  it('judges a syntax error COMPILE_ERROR with score 0', async () => {
    const id = await fixtures.submission({ slug: SDP, source: PY_SYNTAX_ERROR });
    await judge(id);
    expect(await prisma.submission.findUniqueOrThrow({ where: { id } })).toMatchObject({ verdict: 'COMPILE_ERROR', score: 0 });
  });

  it('judges an infinite loop TIME_LIMIT_EXCEEDED', async () => {
    const id = await fixtures.submission({ slug: SDP, source: PY_INFINITE_LOOP });
    await judge(id);
    expect(await prisma.submission.findUniqueOrThrow({ where: { id } })).toMatchObject({ verdict: 'TIME_LIMIT_EXCEEDED', score: 0 });
    const tests = (await runsOf(id))[0].tests as unknown as JudgedTest[];
    expect(tests[0]).toMatchObject({ name: 'sample-1', passed: false });
    expect(tests[0].message).toMatch(/TIME_LIMIT_EXCEEDED/);
  });

  it('judges a JavaScript solution in the node runtime', async () => {
    const id = await fixtures.submission({ slug: 'code-training-multitask-loss', source: JS_MULTITASK_CORRECT, language: 'JAVASCRIPT', maxScore: 5 });
    await judge(id);
    expect(await prisma.submission.findUniqueOrThrow({ where: { id } })).toMatchObject({ verdict: 'ACCEPTED', score: 5 });
    expect((await runsOf(id))[0].image).toMatch(/^mljudge-node:/);
  });

  it('marks a conceptual answer PENDING_REVIEW with the rubric suggestion, running nothing', async () => {
    const { questions } = await import('@app/questions');
    const conceptual = questions.find((q) => q.kind === 'CONCEPTUAL')!;
    const id = await fixtures.submission({ slug: conceptual.slug, source: conceptual.modelAnswer.en, kind: 'ANSWER' });
    await judge(id);
    const submission = await prisma.submission.findUniqueOrThrow({ where: { id } });
    expect(submission).toMatchObject({ status: 'JUDGED', verdict: 'PENDING_REVIEW', score: null });
    expect((submission.rubricSuggestion as { score: number }).score).toBeGreaterThan(0);
    expect(await runsOf(id)).toHaveLength(0);
  });

  it('markFailed sets FAILED / INTERNAL_ERROR and keeps the reason on a run for operators', async () => {
    const id = await fixtures.submission({ slug: SDP, source: PY_SDP_CORRECT });
    await service.markFailed(id, 'docker engine unreachable');
    expect(await prisma.submission.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'FAILED', verdict: 'INTERNAL_ERROR' });
    const [run] = await runsOf(id);
    expect(run).toMatchObject({ attemptNumber: 1, verdict: 'INTERNAL_ERROR', internalError: 'docker engine unreachable' });
    expect((await eventsFor(id, 1)).map((e) => e.status)).toEqual(['FAILED']);
  });

  it('keeps a reference failure, which may describe a hidden input, off everything a candidate can read', async () => {
    const id = await fixtures.submission({ slug: SDP, source: PY_SDP_CORRECT });
    const failure = new ReferenceFailure('attention.scaled_dot_product', 'qv', 7, 'hidden-small-1', 'INVALID_INPUT: mask: expected shape [3, 4]');
    await service.markFailed(id, failure.message);
    const submission = await prisma.submission.findUniqueOrThrow({ where: { id } });
    expect(submission).toMatchObject({ status: 'FAILED', verdict: 'INTERNAL_ERROR', score: null, rubricSuggestion: null });
    const [run] = await runsOf(id);
    expect(run).toMatchObject({ tests: [], metrics: [], internalError: failure.message });
    // The announcement carries the state only: no reason, no message.
    const [event] = await eventsFor(id, 1);
    expect(Object.keys(event).sort()).toEqual(['companyId', 'score', 'status', 'submissionId', 'verdict']);
  });

  it('throws (so BullMQ retries) when the engine is unreachable, leaving no run behind', async () => {
    const broken = new JudgeService(
      prisma,
      { JUDGE_WORKER_ID: 'test-worker', JUDGE_GPUS: '', REDIS_KEY_PREFIX: prefix },
      createDockerClient({ socketPath: '/nonexistent/docker.sock' }),
      redis,
    );
    const id = await fixtures.submission({ slug: SDP, source: PY_SDP_CORRECT });
    await expect(broken.judgeSubmission(id, { attemptsMade: 0, enqueuedAt: Date.now() })).rejects.toThrow(SandboxEngineError);
    expect(await runsOf(id)).toHaveLength(0);
    expect((await prisma.submission.findUniqueOrThrow({ where: { id } })).status).toBe('RUNNING');
  });

  it('refuses to grade a pinned version whose tests this worker\'s code cannot reproduce', async () => {
    // A version stored by code whose generator drew other cases (its fingerprint differs).
    const slug = 'code-compress-quantize';
    const id = await fixtures.submission({ slug, source: PY_SDP_CORRECT });
    const { questionVersionId } = await prisma.submission.findUniqueOrThrow({ where: { id } });
    const version = await prisma.questionVersion.findUniqueOrThrow({ where: { id: questionVersionId } });
    await prisma.questionVersion.update({
      where: { id: questionVersionId },
      data: { content: { ...(version.content as object), judgingFingerprint: 'from-an-edited-generator' } },
    });

    const refused = judge(id);
    await expect(refused).rejects.toThrow(PinnedVersionUnavailable);
    await expect(refused).rejects.toThrow(/pinned version not reproducible: question code-compress-quantize v1 pins judging fingerprint from-an-edited-generator/);
    // Nothing graded, nothing run: the job retries (a worker with that code may take it), then fails.
    expect(await runsOf(id)).toHaveLength(0);
    expect((await prisma.submission.findUniqueOrThrow({ where: { id } })).status).toBe('QUEUED');
    await service.markFailed(id, (await refused.catch((e: Error) => e))!.message);
    const [run] = await runsOf(id);
    expect(run).toMatchObject({ verdict: 'INTERNAL_ERROR', questionVersionId, tests: [] });
    expect(run.internalError).toMatch(/^pinned version not reproducible/);
  });

  it('records the version each run judged by: the pinned one, then the latest when a rejudge asks for it', async () => {
    const id = await fixtures.submission({ slug: SDP, source: PY_SDP_CORRECT, testSeed: 7 });
    const { questionVersionId } = await prisma.submission.findUniqueOrThrow({ where: { id } });
    await judge(id);
    const pinned = await prisma.questionVersion.findUniqueOrThrow({ where: { id: questionVersionId } });
    // Version 2: the same behaviour stored again (e.g. a statement edit), which the worker can reproduce.
    const latest = await prisma.questionVersion.create({
      data: { ...pinned, id: undefined, version: 2, contentHash: `${pinned.contentHash}-2`, content: pinned.content as object, validation: undefined },
    });
    await prisma.submission.update({ where: { id }, data: { status: 'QUEUED', judgeVersionId: latest.id, rejudges: 1 } });
    await judge(id);

    const runs = await runsOf(id);
    expect(runs.map((r) => [r.attemptNumber, r.questionVersionId, r.verdict])).toEqual([
      [1, questionVersionId, 'ACCEPTED'],
      [2, latest.id, 'ACCEPTED'],
    ]);
    // The submission keeps the version it pinned.
    expect(await prisma.submission.findUniqueOrThrow({ where: { id } })).toMatchObject({ questionVersionId, status: 'JUDGED', score: 10 });
  });
});
