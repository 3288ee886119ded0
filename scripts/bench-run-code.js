#!/usr/bin/env node
// `npm run bench:run-code`: how long a candidate waits for `runCode`, from the call to the
// results, on a warm worker: a correct numpy solution of the attention question on its visible
// samples, BENCH_RUNS times one after another (after BENCH_WARMUP runs that are not counted).
// The results arrive by the `codeRunUpdated` subscription, as a front end would get them.
// Beside it, measured in the same run (before and after, median): a cold `docker run --rm` of
// the Python sandbox image importing numpy. Goal (issue #15): p50 at most 0.3 of it.
//
// Starts the built API and one judge worker (dist/: `npx nx run-many -t build` first) on
// loopback ports against DATABASE_URL and REDIS_URL, in a Redis namespace of its own. Sends
// traffic only to 127.0.0.1.
//
// Runs are BENCH_PAUSE_MS (1000) apart, as a candidate reads results before running again: the
// worker's warm pool (JUDGE_CONCURRENCY + 1 containers) then has time to replace the container
// each run used. With 0, back-to-back runs outpace the refill and some start cold (p95 shows it).
//
// Settings: BENCH_RUNS (30), BENCH_WARMUP (3), BENCH_PAUSE_MS (1000), BENCH_BASELINE_RUNS (5
// before and 5 after), BENCH_PORT (3912; the worker's health port is the next one).
const { randomBytes } = require('node:crypto');
const os = require('node:os');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');
const { ROOT, coldDockerRuns, graphqlClient, percentile, pythonImage, startProcess, stopProcess, waitForHealth } = require('./lib/bench-processes');

const PORT = Number(process.env.BENCH_PORT ?? 3912);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const PAUSE_MS = Number(process.env.BENCH_PAUSE_MS ?? 1000);
const BASELINE_RUNS = Number(process.env.BENCH_BASELINE_RUNS ?? 5);
const SLUG = 'code-attention-scaled-dot-product';
const base = `http://127.0.0.1:${PORT}`;
const gql = graphqlClient(base);
const { PY_SDP_CORRECT } = require(path.join(ROOT, 'dist/apps/judge/src/judging/testing/candidate-sources.js'));

const RUN = `mutation($input: RunCodeInput!) { runCode(input: $input) { id status } }`;
const UPDATES = `subscription($id: ID!) { codeRunUpdated(id: $id) { id status tests { name passed } } }`;

async function candidate() {
  const stamp = `${Date.now()}-${randomBytes(3).toString('hex')}`;
  const { signUp } = await gql(`mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }`, {
    input: { companyName: 'Run bench', name: 'Bench', email: `bench-run-${stamp}@example.test`, password: 'bench-password-123' },
  });
  const admin = signUp.accessToken;
  const { questions } = await gql(`query($s: String) { questions(first: 1, filter: {search: $s}) { edges { node { id slug } } } }`, { s: SLUG }, admin);
  const questionId = questions.edges[0]?.node.id;
  if (!questionId) throw new Error(`question ${SLUG} not found: is the database seeded?`);
  const { createQuestionSet } = await gql(
    `mutation($input: CreateQuestionSetInput!) { createQuestionSet(input: $input) { id } }`,
    { input: { title: 'Run bench', timeLimitMinutes: 180, languages: ['PYTHON'], items: [{ questionId, points: 10 }] } },
    admin,
  );
  const { createCandidate } = await gql(`mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`, { input: { name: 'Bench', email: `run-${stamp}@example.test` } }, admin);
  const { inviteCandidate } = await gql(
    `mutation($input: InviteCandidateInput!) { inviteCandidate(input: $input) { token } }`,
    { input: { candidateId: createCandidate.id, questionSetId: createQuestionSet.id } },
    admin,
  );
  await gql(`mutation { startAttempt { id } }`, {}, inviteCandidate.token);
  return { token: inviteCandidate.token, questionId };
}

/**
 * One run as the candidate's front end sees it: the call, then the subscription until DONE.
 * Phases: `accepted` (the mutation answered: checks, row, enqueue), `picked` (RUNNING seen: the
 * worker took the job and read the run), `done` (results seen: reference outputs, sandbox,
 * comparison, the row written and announced).
 */
async function timedRun(ws, token, questionId) {
  const started = performance.now();
  const { runCode } = await gql(RUN, { input: { questionId, language: 'PYTHON', source: PY_SDP_CORRECT } }, token);
  const accepted = performance.now() - started;
  let picked;
  const last = await new Promise((resolve, reject) => {
    let latest;
    ws.subscribe({ query: UPDATES, variables: { id: runCode.id } }, {
      next: (value) => {
        if (value.errors) return reject(new Error(JSON.stringify(value.errors)));
        latest = value.data.codeRunUpdated;
        if (latest.status === 'RUNNING') picked = performance.now() - started;
      },
      error: reject,
      complete: () => resolve(latest),
    });
  });
  const total = performance.now() - started;
  if (last?.status !== 'DONE' || !last.tests.every((t) => t.passed)) throw new Error(`run ${runCode.id} ended ${JSON.stringify(last)}`);
  return { total, accepted, picked };
}

const median = (values) => percentile([...values].sort((a, b) => a - b), 50);
const round = (x) => Math.round(x);

async function main() {
  const shared = { REDIS_KEY_PREFIX: `bench-run-${randomBytes(4).toString('hex')}`, LOG_LEVEL: 'error', NODE_ENV: 'production', JWT_SECRET: randomBytes(32).toString('hex') };
  console.log(`baseline: docker run --rm ${pythonImage()} python3 -c "import numpy" (${BASELINE_RUNS} runs)`);
  const baselines = coldDockerRuns(BASELINE_RUNS);
  const api = startProcess('dist/apps/api/src/main.js', { ...shared, PORT: String(PORT), RATE_LIMIT_SIGNUP_PER_HOUR: '1000', RATE_LIMIT_RUNS_PER_MINUTE: '10000' });
  const worker = startProcess('dist/apps/judge/src/main.js', { ...shared, JUDGE_CONCURRENCY: '1', JUDGE_HEALTH_PORT: String(PORT + 1), JUDGE_WORKER_ID: `bench-run-${process.pid}` });
  let ws;
  try {
    if (!(await waitForHealth(`${base}/health`, Date.now() + 60_000))) throw new Error('API did not start');
    if (!(await waitForHealth(`http://127.0.0.1:${PORT + 1}/health`, Date.now() + 60_000))) throw new Error('judge worker did not start');
    const { token, questionId } = await candidate();
    ws = createClient({ url: `ws://127.0.0.1:${PORT}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
    for (let i = 0; i < WARMUP; i++) await timedRun(ws, token, questionId);
    const loadBefore = os.loadavg()[0];
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
      runs.push(await timedRun(ws, token, questionId));
    }
    const times = runs.map((r) => r.total);
    // A run can be picked before the subscription is open: RUNNING is then never seen.
    const pickedRuns = runs.filter((r) => r.picked !== undefined);
    const loadAfter = os.loadavg()[0];
    baselines.push(...coldDockerRuns(BASELINE_RUNS));

    const sorted = [...times].sort((a, b) => a - b);
    const cold = median(baselines);
    const p50 = percentile(sorted, 50);
    console.log(`\nrunCode on the attention question's samples (correct numpy solution), ${RUNS} runs ${PAUSE_MS} ms apart after ${WARMUP} warm-up, one worker, node ${process.version}, ${os.cpus().length} cores, load ${loadBefore.toFixed(2)} → ${loadAfter.toFixed(2)}`);
    console.table([
      { path: 'runCode → results (subscription)', 'p50 ms': round(p50), 'p95 ms': round(percentile(sorted, 95)), 'min ms': round(sorted[0]), 'max ms': round(sorted[sorted.length - 1]) },
      { path: 'cold docker run, python3 -c "import numpy" (median)', 'p50 ms': round(cold), 'p95 ms': round(percentile([...baselines].sort((a, b) => a - b), 95)), 'min ms': round(Math.min(...baselines)), 'max ms': round(Math.max(...baselines)) },
    ]);
    console.log(
      `phases (p50): call answered ${round(median(runs.map((r) => r.accepted)))} ms; RUNNING seen ${pickedRuns.length ? round(median(pickedRuns.map((r) => r.picked))) : 'n/a'} ms ` +
        `(${pickedRuns.length}/${RUNS} runs); results ${round(p50)} ms`,
    );
    console.log(`runCode p50 / cold docker run = ${(p50 / cold).toFixed(2)} (goal ≤ 0.30)`);
  } finally {
    await ws?.dispose();
    await stopProcess(worker, 15_000);
    await stopProcess(api, 10_000);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
