// Horizontal scale and a worker crash, with real processes: two API replicas and three judge
// workers (the built dist/ files) on one PostgreSQL copy and one Redis namespace. Sixty correct
// submissions go in through both APIs; one worker is SIGKILLed while it judges. Every
// submission must still end JUDGED, exactly once: one JudgeRun each and one JUDGED event each.
// The killed worker's job is recovered by BullMQ's stalled-job check (lock 30 s, check every
// 30 s by default), so the test allows a couple of minutes for it.
import { submissionEventsChannel, type SubmissionEvent } from '@app/platform';
import { Redis } from 'ioredis';
import { PY_SDP_CORRECT } from '../../apps/judge/src/judging/testing/candidate-sources';
import { createTestDatabase } from '../support/database';
import { setUpAssessment, submitCode } from './support/assessment';
import { launchApi, launchWorker, removeWorkerContainers, sharedSettings, waitAllReady, type ApiProcess, type Shared, type WorkerProcess } from './support/cluster';
import { killHard, sleep, stopAll, waitFor } from './support/processes';
import { judgeRunRows, submissionRows } from './support/rows';

const SUBMISSIONS = 60;
const CANDIDATES = 6;
/** Submissions each worker judges at once. */
const CONCURRENCY = 2;

describe('two API replicas and three judge workers, one of them killed mid-run', () => {
  let database: { url: string; drop: () => Promise<void> };
  let shared: Shared;
  let apis: ApiProcess[] = [];
  let workers: WorkerProcess[] = [];
  let subscriber: Redis | undefined;
  const judgedEvents = new Map<string, number>();

  beforeAll(async () => {
    database = await createTestDatabase();
    shared = sharedSettings(database.url, process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    // Every JUDGED announcement on the namespace's channel, counted per submission.
    subscriber = new Redis(shared.redisUrl);
    await subscriber.subscribe(submissionEventsChannel(shared.redisKeyPrefix));
    subscriber.on('message', (_channel, message: string) => {
      const event = JSON.parse(message) as SubmissionEvent;
      if (event.status === 'JUDGED') judgedEvents.set(event.submissionId, (judgedEvents.get(event.submissionId) ?? 0) + 1);
    });
    apis = [await launchApi('api-a', shared), await launchApi('api-b', shared)];
    const run = shared.redisKeyPrefix;
    workers = [await launchWorker(`${run}-w1`, shared, CONCURRENCY), await launchWorker(`${run}-w2`, shared, CONCURRENCY), await launchWorker(`${run}-w3`, shared, CONCURRENCY)];
    await waitAllReady(apis, workers);
  }, 180_000);

  afterAll(async () => {
    await stopAll();
    await removeWorkerContainers(workers.map((w) => w.workerId));
    subscriber?.disconnect();
    await database?.drop();
  }, 60_000);

  it('judges every submission exactly once although a worker dies holding jobs', async () => {
    const started = Date.now();
    const urls = apis.map((a) => a.baseUrl);
    const assessment = await setUpAssessment(urls, CANDIDATES);

    // Meanwhile, kill worker 1 while it holds a job. Each worker judges at most CONCURRENCY at
    // once, so with more RUNNING rows than the two others can hold, one of them is worker 1's.
    const victim = workers[0];
    const killing = (async () => {
      await waitFor(
        `more than ${2 * CONCURRENCY} submissions RUNNING at once`,
        async () => {
          const running = (await submissionRows(database.url)).filter((s) => s.status === 'RUNNING');
          return running.length > 2 * CONCURRENCY ? true : undefined;
        },
        180_000,
        100,
      );
      const runningAtKill = new Set((await submissionRows(database.url)).filter((s) => s.status === 'RUNNING').map((s) => s.id));
      const killedAt = new Date();
      await killHard(victim.child);
      return { runningAtKill, killedAt };
    })();

    // Submissions alternate between the two APIs and spread over the candidates, six at a time.
    const ids: string[] = [];
    for (let batch = 0; batch < SUBMISSIONS; batch += 6) {
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) => submitCode(urls[(batch + i) % 2], assessment.candidateTokens[(batch + i) % CANDIDATES], assessment.questionId, PY_SDP_CORRECT)),
      );
      for (const result of results) {
        expect(result.errors).toBeUndefined();
        ids.push(result.data!.submitCode.id);
      }
    }
    expect(new Set(ids).size).toBe(SUBMISSIONS);
    const submittedMs = Date.now() - started;

    const { runningAtKill, killedAt } = await killing;

    // Everything ends JUDGED (the victim's jobs after BullMQ's stalled check hands them over).
    await waitFor(
      'every submission JUDGED',
      async () => {
        const rows = await submissionRows(database.url);
        return rows.length === SUBMISSIONS && rows.every((s) => s.status === 'JUDGED') ? rows : undefined;
      },
      240_000,
      1_000,
    );
    const judgedMs = Date.now() - started;
    const rows = await submissionRows(database.url);
    // The correct solution is ACCEPTED; on a machine this busy a run may rarely hit its time
    // limit, which is a verdict too. What must never appear is a failure of the judging itself.
    const verdicts = rows.map((s) => s.verdict);
    expect(verdicts.filter((v) => v !== 'ACCEPTED' && v !== 'TIME_LIMIT_EXCEEDED')).toEqual([]);
    expect(verdicts.filter((v) => v === 'ACCEPTED').length).toBeGreaterThanOrEqual(SUBMISSIONS - 3);

    // Exactly one stored run per submission: nothing judged twice, and the killed worker never
    // stored the run it was killed in.
    const runs = await judgeRunRows(database.url);
    const runsPer = new Map<string, number>();
    for (const run of runs) runsPer.set(run.submissionId, (runsPer.get(run.submissionId) ?? 0) + 1);
    expect(ids.filter((id) => runsPer.get(id) !== 1)).toEqual([]);
    expect(runs).toHaveLength(SUBMISSIONS);

    // The victim was really mid-run: some submission RUNNING at the kill was judged from scratch
    // afterwards (once BullMQ saw its job stalled), by a surviving worker.
    const interrupted = runs.filter((r) => runningAtKill.has(r.submissionId) && r.startedAt.getTime() >= killedAt.getTime());
    expect(interrupted.length).toBeGreaterThan(0);
    for (const run of interrupted) expect(run.workerId).not.toBe(victim.workerId);
    expect(runs.filter((r) => r.workerId === victim.workerId && r.startedAt.getTime() >= killedAt.getTime())).toEqual([]);

    // Both surviving workers took a share.
    for (const worker of workers.slice(1)) expect(runs.filter((r) => r.workerId === worker.workerId).length).toBeGreaterThan(0);

    // One JUDGED announcement per submission, none twice.
    await sleep(500);
    expect(ids.filter((id) => judgedEvents.get(id) !== 1)).toEqual([]);

    const perWorker = Object.fromEntries(workers.map((w) => [w.workerId.split('-').pop(), runs.filter((r) => r.workerId === w.workerId).length]));
    console.log(
      `scale-out: ${SUBMISSIONS} submitted in ${submittedMs} ms, all judged after ${judgedMs} ms; runs per worker ${JSON.stringify(perWorker)}; ` +
        `${interrupted.length} interrupted run(s) re-judged after the kill (${interrupted.map((r) => r.startedAt.getTime() - killedAt.getTime()).join(', ')} ms later)`,
    );
  }, 420_000);
});
