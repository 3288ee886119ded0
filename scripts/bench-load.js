#!/usr/bin/env node
// `npm run bench:load`: capacity of one API process under a mixed GraphQL workload.
//
// 80% reads by an ATS integration's API key (the bank listed, the bank searched, a submission,
// an attempt's report) and 20% submitCode calls by candidates, sent at fixed request rates that
// step up (5, 10, 25, 50, 100, ... req/s). For each step it prints the achieved rate, p50/p99 latency,
// GraphQL errors by `extensions.code` and non-2xx responses; then the headline: the highest rate
// whose p99 stays under 200 ms with no errors other than RATE_LIMITED.
//
// Starts the built API (dist/, `npx nx run-many -t build` first) on a loopback port against
// DATABASE_URL and REDIS_URL, in a Redis namespace of its own, and by default one judge worker
// (JUDGE_CONCURRENCY=1) so that submissions are judged in the background as in production; the
// output says whether it ran. Sends traffic only to 127.0.0.1. Its Redis keys (queue, rate
// limits) are deleted at the end, and so is the company it creates, with its candidates and
// submissions: left QUEUED by a run without a worker, they would otherwise be re-added by the next
// API's maintenance sweep and judged by the next run's worker ahead of that run's own.
//
// How autocannon keeps a rate: each connection sends its share of a second's requests as soon
// as the second starts, then waits, and every connection is one request at a time. Arrivals
// are therefore bursts of up to min(rate, BENCH_CONNECTIONS) requests each second, and p99
// includes the wait behind such a burst: a stricter test than evenly spaced arrivals. When
// the server falls behind, the achieved rate drops below the target (closed loop).
//
// Settings (environment):
//   BENCH_SECONDS      total seconds of load, split evenly over the steps (default 60)
//   BENCH_RATES        comma-separated request rates per second (default 5,10,25,50,100,200,300)
//   BENCH_CONNECTIONS  keep-alive connections (default 32; fewer when a rate is lower)
//   BENCH_CANDIDATES   candidates whose invitation tokens share the submissions (default 200)
//   BENCH_WORKER       1: start one judge worker (default); 0: none, submissions stay queued
//   BENCH_BASELINE_REQUESTS  requests of each operation alone before the load (default 20)
//   BENCH_OPERATIONS   comma-separated operations to send (e.g. "questions list" to profile it); all by default
//   BENCH_PORT         API port (default 3902; the worker's health port is the next one)
//   BENCH_P99_MS       the latency goal of the headline (default 200)
//   RATE_LIMIT_SUBMISSIONS_PER_MINUTE  passed to the API (default here 1000, not the API's 10)
//   JWT_SECRET         passed to the API; a random one when unset (tokens live for the run only)
const { randomBytes } = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const { performance } = require('node:perf_hooks');
const autocannon = require('autocannon');
const path = require('node:path');
const { ROOT, graphqlClient, percentile, startProcess, stopProcess, waitForHealth } = require('./lib/bench-processes');

const PORT = Number(process.env.BENCH_PORT ?? 3902);
const WORKER_HEALTH_PORT = PORT + 1;
const TOTAL_SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const RATES = (process.env.BENCH_RATES ?? '5,10,25,50,100,200,300').split(',').map(Number);
const STEP_SECONDS = Math.max(2, Math.round(TOTAL_SECONDS / RATES.length));
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const CANDIDATES = Number(process.env.BENCH_CANDIDATES ?? 200);
const WITH_WORKER = (process.env.BENCH_WORKER ?? '1') !== '0';
const P99_GOAL_MS = Number(process.env.BENCH_P99_MS ?? 200);
// High enough that the per-candidate limit is not what we measure: at 300 req/s, 20% submissions
// over 200 candidates is 18 per candidate per minute.
const SUBMISSIONS_PER_MINUTE = process.env.RATE_LIMIT_SUBMISSIONS_PER_MINUTE ?? '1000';
const REDIS_KEY_PREFIX = `bench-load-${randomBytes(4).toString('hex')}`;
const base = `http://127.0.0.1:${PORT}`;

const CODING_SLUG = 'code-attention-scaled-dot-product';
// A correct solution, and the same without the 1/sqrt(d) scaling (judged wrong): the worker
// sees both kinds of verdicts, as it would in production.
const { PY_SDP_CORRECT: SDP_CORRECT, PY_SDP_UNSCALED: SDP_UNSCALED } = require(path.join(ROOT, 'dist/apps/judge/src/judging/testing/candidate-sources.js'));

// The GraphQL documents of the workload.
const QUESTIONS_LIST = `query($after: String) { questions(first: 20, after: $after, filter: {kind: CODING}) { totalCount pageInfo { endCursor } edges { node { id slug title(lang: EN) difficulty algorithmIds } } } }`;
const QUESTIONS_SEARCH = `query($s: String) { questions(first: 10, filter: {search: $s}) { totalCount edges { node { id slug kind title(lang: EN) } } } }`;
const SUBMISSION = `query($id: ID!) { submission(id: $id) { id status verdict score maxScore runtimeMs tests { name hidden passed score } } }`;
const ATTEMPT_REPORT = `query($id: ID!) { attempt(id: $id) { id status totalScore maxScore percentile candidate { name } submissions { id status verdict score } questions { question { id } points verdict judgedScore score } } }`;
const SUBMIT_CODE = `mutation($input: SubmitCodeInput!) { submitCode(input: $input) { id status } }`;
const SEARCH_WORDS = ['attention', 'softmax', 'convolution', 'gradient', 'normalization', 'embedding', '注意力', 'loss'];

// ---------------------------------------------------------------- processes

// ---------------------------------------------------------------- data

const gql = graphqlClient(base);

/** RATE_LIMITED is a designed answer (and a timed one), not a failure of the benchmark. */
const onlyRateLimited = (error) => error.graphqlErrors?.every((e) => e.extensions?.code === 'RATE_LIMITED') ?? false;

/** A company with an API key, a one-question set, candidates with started attempts, a few submissions. */
async function prepareData() {
  const stamp = `${Date.now()}-${randomBytes(3).toString('hex')}`;
  const { signUp } = await gql(
    `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken company { id } } }`,
    { input: { companyName: 'Load bench', name: 'Bench', email: `bench-load-${stamp}@example.test`, password: 'bench-password-123' } },
  );
  const { createApiKey } = await gql(
    `mutation { createApiKey(input: {name: "load bench", role: RECRUITER}) { secret } }`,
    {},
    signUp.accessToken,
  );
  const apiKey = createApiKey.secret;
  const { questions } = await gql(QUESTIONS_SEARCH, { s: CODING_SLUG }, apiKey);
  const coding = questions.edges.map((e) => e.node).find((q) => q.slug === CODING_SLUG);
  if (!coding) throw new Error(`question ${CODING_SLUG} not found: is the database seeded?`);
  const { createQuestionSet } = await gql(
    `mutation($input: CreateQuestionSetInput!) { createQuestionSet(input: $input) { id } }`,
    { input: { title: 'Load bench', timeLimitMinutes: 180, languages: ['PYTHON'], items: [{ questionId: coding.id, points: 10 }] } },
    apiKey,
  );

  // Invitations in batches of 100 (the bulk mutation's limit), then every candidate starts.
  const tokens = [];
  for (let start = 0; start < CANDIDATES; start += 100) {
    const rows = [];
    for (let i = start; i < Math.min(CANDIDATES, start + 100); i++) {
      rows.push({ name: `Candidate ${i}`, email: `load-${stamp}-${i}@example.test` });
    }
    const { bulkInviteCandidates } = await gql(
      `mutation($input: BulkInviteCandidatesInput!) { bulkInviteCandidates(input: $input) { row token error { code message } } }`,
      { input: { questionSetId: createQuestionSet.id, rows } },
      apiKey,
    );
    for (const result of bulkInviteCandidates) {
      if (!result.token) throw new Error(`invitation of row ${result.row} failed: ${JSON.stringify(result.error)}`);
      tokens.push(result.token);
    }
  }
  const attemptIds = [];
  for (const token of tokens) attemptIds.push((await gql(`mutation { startAttempt { id } }`, {}, token)).startAttempt.id);

  // A few submissions to read (and, with a worker, to see judged).
  const submissionIds = [];
  for (let i = 0; i < Math.min(10, tokens.length); i++) {
    const input = { questionId: coding.id, language: 'PYTHON', source: i % 2 ? SDP_UNSCALED : SDP_CORRECT };
    submissionIds.push((await gql(SUBMIT_CODE, { input }, tokens[i])).submitCode.id);
  }
  return { companyId: signUp.company.id, apiKey, codingId: coding.id, tokens, attemptIds, submissionIds };
}

// ---------------------------------------------------------------- workload

const pick = (list) => list[Math.floor(Math.random() * list.length)];

/** Operations the mix is limited to (BENCH_OPERATIONS), e.g. to profile one of them; all by default. */
const ONLY_OPERATIONS = process.env.BENCH_OPERATIONS ? new Set(process.env.BENCH_OPERATIONS.split(',')) : null;

/** One request of the mix (of those BENCH_OPERATIONS allows). */
function nextOperation(data) {
  for (;;) {
    const operation = anyOperation(data);
    if (!ONLY_OPERATIONS || ONLY_OPERATIONS.has(operation.op)) return operation;
  }
}

/** One request of the whole mix: 4 reads of 20% each, then 20% submissions over all candidates. */
function anyOperation(data) {
  const roll = Math.random();
  if (roll < 0.2) return { op: 'questions list', token: data.apiKey, query: QUESTIONS_LIST, variables: {} };
  if (roll < 0.4) return { op: 'questions search', token: data.apiKey, query: QUESTIONS_SEARCH, variables: { s: pick(SEARCH_WORDS) } };
  if (roll < 0.6) return { op: 'submission(id)', token: data.apiKey, query: SUBMISSION, variables: { id: pick(data.submissionIds) } };
  if (roll < 0.8) return { op: 'attempt(id) report', token: data.apiKey, query: ATTEMPT_REPORT, variables: { id: pick(data.attemptIds) } };
  const source = Math.random() < 0.5 ? SDP_CORRECT : SDP_UNSCALED;
  return {
    op: 'submitCode',
    token: pick(data.tokens),
    query: SUBMIT_CODE,
    variables: { input: { questionId: data.codingId, language: 'PYTHON', source } },
  };
}

/** What one step observed, beside autocannon's own figures. */
function newTally() {
  return { errorCodes: {}, byOperation: {}, unparsable: 0 };
}

function record(tally, op, status, body, elapsedMs) {
  const entry = (tally.byOperation[op] ??= { count: 0, failed: 0, latencies: [] });
  entry.count++;
  entry.latencies.push(elapsedMs);
  let errors = [];
  try {
    errors = JSON.parse(body).errors ?? [];
  } catch {
    if (status < 300) tally.unparsable++;
  }
  if (errors.length || status >= 300) entry.failed++;
  for (const error of errors) {
    const code = error.extensions?.code ?? 'NO_CODE';
    tally.errorCodes[code] = (tally.errorCodes[code] ?? 0) + 1;
  }
}

/**
 * CPU seconds (user + system) a process has used so far, from /proc (Linux; null elsewhere).
 * CPU per request does not depend on how busy the rest of the machine is, as latency does.
 */
function cpuSeconds(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // After "pid (comm) ": state is field 0, utime field 11, stime field 12 (in clock ticks).
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return null;
  }
}
const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ, 100 on Linux

/** Runs one step at a fixed overall rate; autocannon's result, our tally, the API's CPU time. */
async function runStep(data, rate, seconds, apiPid) {
  const cpuBefore = cpuSeconds(apiPid);
  const step = await runAutocannon(data, rate, seconds);
  const cpuAfter = cpuSeconds(apiPid);
  step.apiCpuSeconds = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
  return step;
}

function runAutocannon(data, rate, seconds) {
  const tally = newTally();
  const request = {
    method: 'POST',
    path: '/graphql',
    // Called right before each request is written: choose it and note when it left.
    setupRequest(req, context) {
      const operation = nextOperation(data);
      context.op = operation.op;
      context.sentAt = performance.now();
      return {
        ...req,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${operation.token}` },
        body: JSON.stringify({ query: operation.query, variables: operation.variables }),
      };
    },
    onResponse(status, body, context) {
      record(tally, context.op, status, body, performance.now() - context.sentAt);
    },
  };
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: base,
        connections: Math.min(CONNECTIONS, rate),
        overallRate: rate,
        duration: seconds,
        timeout: 10,
        requests: [request],
        // With a fixed rate, autocannon's coordinated-omission correction records every
        // response with an expected interval of ceil(1/rate) = 1 ms, which fills the
        // histogram with made-up samples (1, 2, ... n-1 ms for an n ms response). The real
        // latencies are what we want; a rate the server cannot keep up with shows in
        // "achieved req/s" instead.
        ignoreCoordinatedOmission: true,
      },
      (error, result) => (error ? reject(error) : resolve({ rate, result, tally })),
    );
  });
}

/**
 * The baseline: each operation alone, one request at a time, on the same server just before
 * the load. What an operation costs without queueing behind others, in latency and in the API
 * process's CPU (measured over its requests together, after a few to warm it up): what to cut.
 */
async function serialBaseline(data, perOperation, apiPid) {
  const byOperation = {};
  const wanted = perOperation + 3;
  const kinds = ONLY_OPERATIONS?.size ?? 5;
  const full = () => Object.keys(byOperation).length === kinds && Object.values(byOperation).every((list) => list.length >= wanted);
  for (let i = 0; i < perOperation * 50 && !full(); i++) {
    const operation = nextOperation(data);
    const list = (byOperation[operation.op] ??= []);
    if (list.length < wanted) list.push(operation);
  }
  const rows = [];
  for (const [op, operations] of Object.entries(byOperation)) {
    const warmUp = operations.splice(0, 3);
    for (const operation of warmUp) await send(operation);
    const latencies = [];
    const cpuBefore = cpuSeconds(apiPid);
    for (const operation of operations) {
      const started = performance.now();
      await send(operation);
      latencies.push(performance.now() - started);
    }
    const cpuAfter = cpuSeconds(apiPid);
    const sorted = latencies.sort((a, b) => a - b);
    rows.push({
      operation: op,
      requests: sorted.length,
      'p50 ms': round1(percentile(sorted, 50)),
      'max ms': round1(sorted[sorted.length - 1]),
      'API CPU ms each': cpuBefore === null || cpuAfter === null || !sorted.length ? null : round1((1000 * (cpuAfter - cpuBefore)) / sorted.length),
    });
  }
  return rows;
}

async function send(operation) {
  await gql(operation.query, operation.variables, operation.token).catch((error) => {
    if (!onlyRateLimited(error)) throw error;
  });
}

// ---------------------------------------------------------------- report

const round1 = (x) => Math.round(x * 10) / 10;

/** Errors that count against a step: everything but RATE_LIMITED (a designed answer). */
function countedErrors({ result, tally }) {
  const graphql = Object.entries(tally.errorCodes)
    .filter(([code]) => code !== 'RATE_LIMITED')
    .reduce((sum, [, n]) => sum + n, 0);
  return graphql + result.non2xx + result.errors + result.timeouts + tally.unparsable;
}

function stepRow(step) {
  const { rate, result, tally } = step;
  const codes = Object.entries(tally.errorCodes).map(([code, n]) => `${code} ${n}`).join(', ');
  return {
    'target req/s': rate,
    'achieved req/s': round1(result.requests.total / result.duration),
    requests: result.requests.total,
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    'max ms': result.latency.max,
    'GraphQL errors': codes || 'none',
    'non-2xx': result.non2xx,
    'socket errors/timeouts': result.errors + result.timeouts,
    'API CPU ms/req': step.apiCpuSeconds === null ? 'n/a' : round1((step.apiCpuSeconds * 1000) / Math.max(1, result.requests.total)),
  };
}

/** Passes: p99 under the goal, at least 90% of the target rate delivered, no counted errors. */
function passes(step) {
  const achieved = step.result.requests.total / step.result.duration;
  return step.result.latency.p99 < P99_GOAL_MS && achieved >= 0.9 * step.rate && countedErrors(step) === 0;
}

/** The server cannot keep up: under half the target delivered, or p99 beyond 5 s. */
function isSaturated(step) {
  return step.result.requests.total / step.result.duration < 0.5 * step.rate || step.result.latency.p99 > 5000;
}

function operationRows(steps) {
  const merged = {};
  for (const { tally } of steps) {
    for (const [op, entry] of Object.entries(tally.byOperation)) {
      const into = (merged[op] ??= { count: 0, failed: 0, latencies: [] });
      into.count += entry.count;
      into.failed += entry.failed;
      into.latencies.push(...entry.latencies);
    }
  }
  return Object.entries(merged).map(([op, entry]) => {
    const sorted = entry.latencies.sort((a, b) => a - b);
    return {
      operation: op,
      requests: entry.count,
      'with errors': entry.failed,
      'p50 ms': round1(percentile(sorted, 50)),
      'p99 ms': round1(percentile(sorted, 99)),
    };
  });
}

async function judgedCounts(companyId) {
  const { PrismaClient } = require('@prisma/client');
  const { PrismaPg } = require('@prisma/adapter-pg');
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL, max: 1 }) });
  try {
    const groups = await prisma.submission.groupBy({ by: ['status'], where: { companyId }, _count: { _all: true } });
    return Object.fromEntries(groups.map((g) => [g.status, g._count._all]));
  } finally {
    await prisma.$disconnect();
  }
}

async function deleteRedisKeys() {
  const Redis = require('ioredis');
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${REDIS_KEY_PREFIX}:*`, 'COUNT', 500);
      if (keys.length) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

// ---------------------------------------------------------------- main

async function main() {
  const shared = {
    REDIS_KEY_PREFIX,
    LOG_LEVEL: 'error',
    NODE_ENV: 'production',
    JWT_SECRET: process.env.JWT_SECRET ?? randomBytes(32).toString('hex'),
  };
  const api = startProcess('dist/apps/api/src/main.js', {
    ...shared,
    PORT: String(PORT),
    RATE_LIMIT_SIGNUP_PER_HOUR: '1000',
    RATE_LIMIT_SUBMISSIONS_PER_MINUTE: SUBMISSIONS_PER_MINUTE,
  });
  let worker;
  let workerRan = false;
  let companyId;
  try {
    if (!(await waitForHealth(`${base}/health`, Date.now() + 60_000))) throw new Error('API did not start');
    if (WITH_WORKER) {
      worker = startProcess('dist/apps/judge/src/main.js', {
        ...shared,
        JUDGE_CONCURRENCY: '1',
        JUDGE_HEALTH_PORT: String(WORKER_HEALTH_PORT),
        JUDGE_WORKER_ID: `bench-load-${process.pid}`,
      });
      workerRan = await waitForHealth(`http://127.0.0.1:${WORKER_HEALTH_PORT}/health`, Date.now() + 60_000);
      if (!workerRan) console.warn('judge worker did not start: submissions stay queued');
    }
    const data = await prepareData();
    companyId = data.companyId;
    console.log(`prepared: ${data.tokens.length} candidates with started attempts, ${data.submissionIds.length} submissions to read`);

    const baseline = await serialBaseline(data, Number(process.env.BENCH_BASELINE_REQUESTS ?? 20), api.pid);

    const loadBefore = os.loadavg();
    const steps = [];
    const skipped = [];
    for (const rate of RATES) {
      // Once the server is saturated, higher rates only queue more: leave them out (the machine
      // may be shared) and say so.
      if (steps.length && isSaturated(steps[steps.length - 1])) {
        skipped.push(rate);
        continue;
      }
      const step = await runStep(data, rate, STEP_SECONDS, api.pid);
      steps.push(step);
      const row = stepRow(step);
      console.log(`${rate} req/s: achieved ${row['achieved req/s']}, p50 ${row['p50 ms']} ms, p99 ${row['p99 ms']} ms, errors: ${row['GraphQL errors']}, non-2xx ${row['non-2xx']}`);
    }
    const loadAfter = os.loadavg();

    // The headline: the highest step such that it and every step below it passed.
    let sustained;
    for (const step of steps) {
      if (!passes(step)) break;
      sustained = step.rate;
    }
    const judged = await judgedCounts(data.companyId);

    console.log(
      `\nMixed workload (80% reads with an API key: questions list, questions search, submission(id), attempt(id) report; ` +
        `20% submitCode over ${data.tokens.length} candidates), ${STEP_SECONDS} s per step, up to ${CONNECTIONS} connections, ` +
        `node ${process.version}, ${os.cpus().length} cores`,
    );
    console.log(
      `judge worker: ${workerRan ? 'one ran (JUDGE_CONCURRENCY=1) during the load' : 'none (submissions stayed queued)'}; ` +
        `submissions of the run by status at the end: ${JSON.stringify(judged)}`,
    );
    console.log(`machine load average (1/5/15 min): before ${loadBefore.map((l) => l.toFixed(2)).join(' ')}, after ${loadAfter.map((l) => l.toFixed(2)).join(' ')}`);
    console.log('Each operation alone, one request at a time, before the load (baseline):');
    console.table(baseline);
    console.log('Fixed-rate steps:');
    console.table(steps.map(stepRow));
    if (skipped.length) console.log(`Skipped (the step before delivered under half its target rate or had p99 over 5 s): ${skipped.join(', ')} req/s`);
    const measured = steps.filter((step) => step.apiCpuSeconds !== null);
    if (measured.length) {
      const cpuMs = (1000 * measured.reduce((sum, step) => sum + step.apiCpuSeconds, 0)) /
        Math.max(1, measured.reduce((sum, step) => sum + step.result.requests.total, 0));
      console.log(
        `API process CPU per request over all steps: ${round1(cpuMs)} ms, so one core given to the API alone ` +
          `would serve at most about ${Math.round(1000 / cpuMs)} req/s of this mix (PostgreSQL, Redis and the worker not counted)`,
      );
    }
    console.log('By operation, all steps (time from writing the request to its parsed response):');
    console.table(operationRows(steps));
    console.log(
      sustained
        ? `Highest rate with p99 < ${P99_GOAL_MS} ms and no errors but RATE_LIMITED: ${sustained} req/s`
        : `No step met p99 < ${P99_GOAL_MS} ms with no errors but RATE_LIMITED (lowest was ${RATES[0]} req/s)`,
    );
  } finally {
    await stopProcess(worker, 30_000);
    await stopProcess(api, 10_000);
    await deleteRedisKeys().catch((error) => console.warn(`could not delete Redis keys ${REDIS_KEY_PREFIX}:*: ${error.message}`));
    if (companyId) await deleteCompany(companyId).catch((error) => console.warn(`could not delete the benchmark's company ${companyId}: ${error.message}`));
  }
}

async function deleteCompany(id) {
  const { PrismaClient } = require('@prisma/client');
  const { PrismaPg } = require('@prisma/adapter-pg');
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL, max: 1 }) });
  try {
    await prisma.company.delete({ where: { id } });
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
