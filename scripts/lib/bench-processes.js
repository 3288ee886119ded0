// What the benchmarks that run the built API and judge as child processes share: start one,
// wait until it answers, stop it, talk GraphQL to it, and the cold `docker run` baseline.
const { execFileSync, spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { performance } = require('node:perf_hooks');

const ROOT = path.resolve(__dirname, '../..');

// BENCH_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") is passed to the API's and the
// worker's node, for profiling them under load (NODE_OPTIONS refuses --cpu-prof).
const NODE_ARGS = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);

/** The local services of scripts/lib/env.sh, for a benchmark run with plain `node`. */
const LOCAL_SERVICES = { DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/mljudge', REDIS_URL: 'redis://127.0.0.1:6379' };

/** Runs a built script of dist/ (relative to the repository) with extra environment. */
function startProcess(script, env) {
  return spawn(process.execPath, [...NODE_ARGS, path.join(ROOT, script)], {
    env: { ...LOCAL_SERVICES, ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function waitForHealth(url, deadlineMs) {
  while (Date.now() < deadlineMs) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

/** SIGTERM, then SIGKILL if it has not exited in time (a worker first finishes its job in hand). */
function stopProcess(child, graceMs) {
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** `gql(query, variables, token)` against `${base}/graphql`; GraphQL errors throw with `graphqlErrors`. */
function graphqlClient(base) {
  return async function gql(query, variables, token) {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors) throw Object.assign(new Error(JSON.stringify(body.errors)), { graphqlErrors: body.errors });
    return body.data;
  };
}

/** The Python sandbox image this checkout built (docker/build-images.sh records it). */
function pythonImage() {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'docker/.images.json'), 'utf8')).python.tag;
}

/** Wall times (ms) of a cold `docker run --rm` of the Python image importing numpy: the baseline. */
function coldDockerRuns(runs) {
  const image = pythonImage();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    execFileSync('docker', ['run', '--rm', '--network', 'none', image, 'python3', '-c', 'import numpy'], { stdio: 'ignore' });
    times.push(performance.now() - started);
  }
  return times;
}

/** The p-th percentile of sorted values (nearest rank); NaN for none. */
function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

module.exports = { ROOT, startProcess, waitForHealth, stopProcess, graphqlClient, pythonImage, coldDockerRuns, percentile };
