#!/usr/bin/env node
// `npm run bench:similarity`: an attempt report's similarity check when the question already has
// BENCH_PRIOR (100,000) counted submissions of other candidates, each in an attempt of its own
// (generated: random programs with random constants), with BENCH_COPIES (6) mutated copies of
// the reported candidate's code planted among them at random ages (renamed, reformatted,
// reordered, padded, half copied).
//
// Measures, through the built API's GraphQL (`attempt(id) { questions { similarTo } }`), the
// report's p50/p95 over BENCH_REPORTS (20) reads and how many planted copies it flags. Beside it,
// in the same run and on the same rows, the two ways it is not done any more:
//  - exact comparison with every counted submission (all sources read and tokenised): finds
//    every copy, in time that grows with the submissions;
//  - the latest 500 counted submissions only (the report before fingerprints): cheap, and
//    blind to every copy older than that.
// Goal (issue #17): p50 under 100 ms, every planted copy found.
//
// Starts the built API (dist/: `npx nx run-many -t build` first) on 127.0.0.1:BENCH_PORT (3913)
// against DATABASE_URL, in a company of its own that is deleted at the end.
const { randomBytes } = require('node:crypto');
const os = require('node:os');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { ROOT, graphqlClient, percentile, startProcess, stopProcess, waitForHealth } = require('./lib/bench-processes');

const PORT = Number(process.env.BENCH_PORT ?? 3913);
const PRIOR = Number(process.env.BENCH_PRIOR ?? 100_000);
const REPORTS = Number(process.env.BENCH_REPORTS ?? 20);
const SLUG = 'code-attention-scaled-dot-product';
const base = `http://127.0.0.1:${PORT}`;
const gql = graphqlClient(base);
const { PrismaService } = require(path.join(ROOT, 'dist/libs/platform/src'));
const { fingerprintRows } = require(path.join(ROOT, 'dist/apps/api/src/reports/source-prints.js'));
const { fingerprint, jaccard } = require(path.join(ROOT, 'dist/apps/api/src/reports/similarity.js'));
const { PY_SDP_CORRECT } = require(path.join(ROOT, 'dist/apps/judge/src/judging/testing/candidate-sources.js'));

// A tiny seeded generator, so two runs generate the same rows.
let seed = 20261204;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = (list) => list[Math.floor(random() * list.length)];
const int = (n) => Math.floor(random() * n);

const STATEMENTS = [
  () => `    s = q @ k.T / ${1 + int(64)}.0`,
  () => `    w = np.exp(s - s.max(axis=${pick([-1, 1, 0])}, keepdims=True))`,
  () => `    w = w / (w.sum(axis=-1, keepdims=True) + ${int(9)}e-${1 + int(9)})`,
  () => `    for i in range(${1 + int(20)}):\n        acc = acc * ${int(100)} + i`,
  () => `    if mask is not None:\n        s = np.where(mask, s, -${int(1000)}.0)`,
  () => `    out = [[x * ${int(50)} for x in row] for row in v]`,
  () => `    t = ${int(300)}\n    while t > ${int(30)}:\n        t -= ${1 + int(7)}`,
  () => `    acc = sum(len(r) for r in q) % ${2 + int(97)}`,
  () => `    scale = ${random().toFixed(3)} ** ${1 + int(4)}`,
  () => `    d = {"a": ${int(9)}, "b": [${int(9)}, ${int(9)}], "c": ${int(99)}}`,
  () => `    z = np.zeros((${1 + int(16)}, ${1 + int(16)}))`,
  () => `    res = np.tanh(s * ${random().toFixed(2)}) + ${int(5)}`,
];

/** A random program: an attention-shaped function of 6-14 random statements. */
function generatedSource() {
  const body = Array.from({ length: 6 + int(9) }, () => pick(STATEMENTS)()).join('\n');
  return `import numpy as np\n\ndef scaled_dot_product(q, k, v, mask=None, causal=False):\n    acc = 0\n${body}\n    return {"output": v, "weights": q}\n`;
}

/** The mutated copies of the reported candidate's code a copier would hand in. */
function plantedCopies(original) {
  const renamed = original
    .replace(/scores/g, 'logits')
    .replace(/allowed/g, 'keep')
    .replace(/weights/g, 'probs')
    .replace(/row_max/g, 'peak')
    .replace(/total/g, 'denom');
  const reformatted = original.replace(/\n/g, '  # step\n').replace(/ = /g, '=').replace(/, /g, ',');
  const lines = renamed.split('\n');
  const reordered = [...lines];
  const a = reordered.findIndex((l) => l.includes('tq, tk'));
  [reordered[a], reordered[a + 1]] = [reordered[a + 1], reordered[a]];
  const padded = `import math\n\ndef helper(x):\n    return math.sqrt(x) + 1\n${renamed.replace('    d = q.shape[-1]', '    d = q.shape[-1]\n    print("debug", d)')}`;
  const half = `${lines.slice(0, Math.ceil(lines.length / 2)).join('\n')}\n    out = [[x * 2 for x in row] for row in v]\n    return {"output": out, "weights": q}\n`;
  return [renamed, reformatted, reordered.join('\n'), padded, half, original];
}

async function main() {
  const stamp = `${Date.now()}-${randomBytes(3).toString('hex')}`;
  const shared = { REDIS_KEY_PREFIX: `bench-sim-${randomBytes(4).toString('hex')}`, LOG_LEVEL: 'error', NODE_ENV: 'production', JWT_SECRET: randomBytes(32).toString('hex') };
  const api = startProcess('dist/apps/api/src/main.js', { ...shared, PORT: String(PORT), RATE_LIMIT_SIGNUP_PER_HOUR: '1000' });
  const prisma = new PrismaService(process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/mljudge');
  let companyId;
  try {
    if (!(await waitForHealth(`${base}/health`, Date.now() + 60_000))) throw new Error('the API did not start');
    const { signUp } = await gql(`mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }`, {
      input: { companyName: 'Similarity bench', name: 'Bench', email: `bench-sim-${stamp}@example.test`, password: 'bench-password-123' },
    });
    const admin = signUp.accessToken;
    const { questions } = await gql(`query($s: String) { questions(first: 1, filter: {search: $s}) { edges { node { id } } } }`, { s: SLUG }, admin);
    const questionId = questions.edges[0]?.node.id;
    if (!questionId) throw new Error(`question ${SLUG} not found: is the database seeded?`);
    const { createQuestionSet } = await gql(
      `mutation($input: CreateQuestionSetInput!) { createQuestionSet(input: $input) { id } }`,
      { input: { title: 'Similarity bench', timeLimitMinutes: 180, languages: ['PYTHON'], items: [{ questionId, points: 10 }] } },
      admin,
    );
    const setId = createQuestionSet.id;
    // The reported candidate submits through the API, as a candidate would.
    const { createCandidate } = await gql(`mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`, { input: { name: 'Reported', email: `sim-${stamp}@example.test` } }, admin);
    const { inviteCandidate } = await gql(`mutation($input: InviteCandidateInput!) { inviteCandidate(input: $input) { token } }`, { input: { candidateId: createCandidate.id, questionSetId: setId } }, admin);
    const { startAttempt } = await gql(`mutation { startAttempt { id } }`, {}, inviteCandidate.token);
    const { submitCode } = await gql(`mutation($input: SubmitCodeInput!) { submitCode(input: $input) { id } }`, { input: { questionId, language: 'PYTHON', source: PY_SDP_CORRECT } }, inviteCandidate.token);
    const own = await prisma.submission.findUniqueOrThrow({ where: { id: submitCode.id } });
    companyId = own.companyId;

    // The prior submissions, written directly (as many attempts as submissions), copies among them.
    const copies = plantedCopies(PY_SDP_CORRECT);
    const copyAt = new Map(copies.map((source) => [int(PRIOR), source]));
    const scope = { companyId, questionId, language: 'PYTHON' };
    const tag = `sb${randomBytes(3).toString('hex')}`;
    const scores = Array.from({ length: PRIOR }, () => int(11));
    const generateStarted = performance.now();
    let printMs = 0;
    const chunk = 5000;
    const start = Date.now() - 400 * 24 * 3600 * 1000;
    for (let from = 0; from < PRIOR; from += chunk) {
      const ids = Array.from({ length: Math.min(chunk, PRIOR - from) }, (_, i) => `${tag}${from + i}`);
      const at = (i) => new Date(start + ((from + i) / PRIOR) * 399 * 24 * 3600 * 1000);
      await prisma.candidate.createMany({ data: ids.map((id) => ({ id: `${id}c`, companyId, name: 'Prior', email: `${id}@example.test` })) });
      await prisma.invitation.createMany({ data: ids.map((id, i) => ({ id: `${id}i`, companyId, candidateId: `${id}c`, questionSetId: setId, tokenHash: `${id}i`, expiresAt: at(i), status: 'STARTED' })) });
      await prisma.attempt.createMany({
        data: ids.map((id, i) => ({
          id: `${id}a`, companyId, invitationId: `${id}i`, candidateId: `${id}c`, questionSetId: setId, status: 'FINISHED', startedAt: at(i), deadline: at(i), finishedAt: at(i),
        })),
      });
      const printStarted = performance.now();
      const rows = ids.map((id, i) => {
        const source = copyAt.get(from + i) ?? generatedSource();
        return { id: `${id}s`, index: from + i, source, prints: fingerprintRows(`${id}s`, scope, source), at: at(i), attemptId: `${id}a` };
      });
      printMs += performance.now() - printStarted;
      await prisma.submission.createMany({
        data: rows.map((r) => ({
          id: r.id, companyId, attemptId: r.attemptId, questionSetItemId: own.questionSetItemId, questionVersionId: own.questionVersionId,
          kind: 'CODE', language: 'PYTHON', source: r.source, maxScore: 10, testSeed: 1, status: 'JUDGED', verdict: 'PARTIAL', score: scores[r.index],
          fingerprintCount: r.prints.length, createdAt: r.at, judgedAt: r.at,
        })),
      });
      // Fingerprints through unnest: one statement of plain arrays (Prisma's createMany of ~150k rows is slow).
      const prints = rows.flatMap((r) => r.prints.map((p) => [r.id, p.hash]));
      await prisma.$executeRaw`
        INSERT INTO "SourceFingerprint" ("submissionId", hash, "companyId", "questionId", language)
        SELECT s, h, ${companyId}, ${questionId}, 'PYTHON'::"Language" FROM unnest(${prints.map((p) => p[0])}::text[], ${prints.map((p) => p[1])}::int[]) AS t(s, h)`;
    }
    // Their totals as the API keeps them (the database marked them stale as the rows came in; the
    // sweep or the first reports would compute them): here, the one submission's score.
    await prisma.$executeRaw`UPDATE "Attempt" a SET "totalScore" = s.score FROM "Submission" s WHERE s."attemptId" = a.id AND a."companyId" = ${companyId} AND a.id LIKE ${`${tag}%`}`;
    // As autovacuum does after a bulk load: statistics, and the visibility map index-only scans need.
    for (const table of ['SourceFingerprint', 'Submission', 'Attempt']) await prisma.$executeRawUnsafe(`VACUUM ANALYZE "${table}"`);
    const planted = new Set([...copyAt.keys()].map((i) => `${tag}${i}s`));
    const generateMs = performance.now() - generateStarted;
    const printRows = await prisma.sourceFingerprint.count({ where: { companyId } });

    // The report, through GraphQL.
    const REPORT = `query($id: ID!) { attempt(id: $id) { questions { similarTo(minSimilarity: 0.5) { submissionId similarity } } } }`;
    const times = [];
    let flagged = [];
    for (let i = 0; i < REPORTS; i++) {
      const started = performance.now();
      const data = await gql(REPORT, { id: startAttempt.id }, admin);
      times.push(performance.now() - started);
      flagged = data.attempt.questions[0].similarTo;
    }
    times.sort((x, y) => x - y);
    const found = flagged.filter((s) => planted.has(s.submissionId)).length;
    // The same report without similarTo: what the rest of it (the percentile among 100,000) costs.
    const PLAIN = `query($id: ID!) { attempt(id: $id) { totalScore percentile questions { score } } }`;
    const plainTimes = [];
    for (let i = 0; i < REPORTS; i++) {
      const started = performance.now();
      await gql(PLAIN, { id: startAttempt.id }, admin);
      plainTimes.push(performance.now() - started);
    }
    plainTimes.sort((x, y) => x - y);

    // Baselines on the same rows: every counted submission compared exactly, and the latest 500.
    const linearStarted = performance.now();
    const mine = fingerprint(PY_SDP_CORRECT, 'PYTHON').grams;
    let linearFound = 0;
    for (let from = 0; from < PRIOR; from += chunk) {
      const batch = await prisma.submission.findMany({ where: { companyId, id: { startsWith: tag } }, orderBy: { id: 'asc' }, skip: from, take: chunk, select: { id: true, source: true } });
      for (const s of batch) if (jaccard(mine, fingerprint(s.source, 'PYTHON').grams) >= 0.5 && planted.has(s.id)) linearFound += 1;
    }
    const linearMs = performance.now() - linearStarted;
    const latest = await prisma.submission.findMany({ where: { companyId, id: { startsWith: tag } }, orderBy: [{ createdAt: 'desc' }], take: 500, select: { id: true, source: true } });
    const windowFound = latest.filter((s) => planted.has(s.id) && jaccard(mine, fingerprint(s.source, 'PYTHON').grams) >= 0.5).length;

    const figures = {
      priorSubmissions: PRIOR,
      fingerprintRows: printRows,
      plantedCopies: planted.size,
      generateSeconds: Math.round(generateMs / 1000),
      fingerprintingMsPerSubmission: Math.round((printMs / PRIOR) * 100) / 100,
      report: { p50Ms: Math.round(percentile(times, 50)), p95Ms: Math.round(percentile(times, 95)), copiesFlagged: found, otherFlagged: flagged.length - found },
      reportWithoutSimilarTo: { p50Ms: Math.round(percentile(plainTimes, 50)), p95Ms: Math.round(percentile(plainTimes, 95)) },
      baselineEveryOneExactly: { ms: Math.round(linearMs), copiesFound: linearFound },
      baselineLatest500: { copiesFound: windowFound },
      loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
    };
    console.log(JSON.stringify(figures, null, 2));
    console.log(`goals: report p50 < 100 ms: ${figures.report.p50Ms < 100 ? 'met' : 'NOT met'}; every planted copy flagged: ${found === planted.size ? 'met' : 'NOT met'}`);
  } finally {
    await stopProcess(api, 10_000);
    // Deleting the company removes the benchmark's rows (candidates, attempts, submissions, fingerprints).
    if (companyId && process.env.BENCH_KEEP === '1') console.log(`kept company ${companyId} (BENCH_KEEP=1)`);
    else if (companyId) await prisma.company.delete({ where: { id: companyId } }).catch((error) => console.error(`cleanup: ${error.message}`));
    await prisma.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
