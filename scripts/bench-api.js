#!/usr/bin/env node
// `npm run bench:api`: throughput and latency of the `me` query authenticated with an API key,
// beside GET /health measured in the same run on the same server. The ratio shows what
// authentication + GraphQL cost. Goal: `me` keeps at least 40% of /health's requests/s.
//
// Starts the built API (dist/) on a loopback port against DATABASE_URL and REDIS_URL
// (run `npm run setup` first). Sends traffic only to 127.0.0.1.
const { spawn } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const path = require('node:path');
const autocannon = require('autocannon');

const ROOT = path.resolve(__dirname, '..');
const PORT = Number(process.env.BENCH_PORT ?? 3901);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const base = `http://127.0.0.1:${PORT}`;

async function waitForHealth(deadlineMs) {
  while (Date.now() < deadlineMs) {
    try {
      if ((await fetch(`${base}/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('API did not start');
}

async function gql(query, variables, token) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

function run(title, options) {
  return new Promise((resolve, reject) => {
    autocannon({ url: base, connections: CONNECTIONS, duration: DURATION, ...options, title }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

async function main() {
  const api = spawn(process.execPath, [path.join(ROOT, 'dist/apps/api/src/main.js')], {
    env: {
      ...process.env,
      PORT: String(PORT),
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      REDIS_KEY_PREFIX: `bench-${randomBytes(4).toString('hex')}`,
      RATE_LIMIT_SIGNUP_PER_HOUR: '1000',
      // A throwaway signing key when none is configured: the benchmark's tokens live for one run.
      JWT_SECRET: process.env.JWT_SECRET ?? randomBytes(32).toString('hex'),
      DATABASE_URL: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/mljudge',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitForHealth(Date.now() + 60_000);
    const email = `bench-${Date.now()}@example.test`;
    const { signUp } = await gql(
      `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }`,
      { input: { companyName: 'Bench', name: 'Bench', email, password: 'bench-password-123' } },
    );
    const { createApiKey } = await gql(
      `mutation { createApiKey(input: {name: "bench", role: RECRUITER}) { secret } }`,
      {},
      signUp.accessToken,
    );
    // Warm-up, then the two measurements back to back.
    await run('warm-up', { duration: 2, url: `${base}/health` });
    const health = await run('GET /health', { url: `${base}/health` });
    const me = await run('me (API key)', {
      url: `${base}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${createApiKey.secret}` },
      body: JSON.stringify({ query: '{ me { id role company { id name } } }' }),
    });
    const rows = [
      ['GET /health (baseline)', health],
      ['me with API key', me],
    ].map(([name, r]) => ({
      endpoint: name,
      'requests/s': Math.round(r.requests.average),
      'p50 ms': r.latency.p50,
      'p99 ms': r.latency.p99,
      errors: r.errors + r.non2xx,
    }));
    console.log(`\n${CONNECTIONS} connections, ${DURATION} s each, node ${process.version}, ${require('node:os').cpus().length} cores`);
    console.table(rows);
    const ratio = me.requests.average / health.requests.average;
    console.log(`me / health throughput: ${(ratio * 100).toFixed(1)}% (goal: at least 40%)`);
  } finally {
    api.kill('SIGTERM');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
