// Hostile submissions: each must end with the right outcome within its limit, leave nothing
// behind, and the runner must keep working afterwards. Every test talks to the local Docker
// engine only; the network probes run inside containers that have no network.
import { connect } from 'node:net';
import { flushSandboxRemovals } from '../../apps/judge/src/sandbox';
import { docker, runFunction, SUITE_FILTER, valueOf } from './helpers';

afterAll(() => flushSandboxRemovals());

/** Whether the host itself can open a TCP connection to 127.0.0.1:port (makes the probe meaningful). */
function hostCanReach(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port, timeout: 1000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

async function containerExists(id: string): Promise<boolean> {
  try {
    await docker.getContainer(id).inspect();
    return true;
  } catch {
    return false;
  }
}

describe('resource exhaustion', () => {
  it('a fork bomb is stopped by the pids limit and the time limit, and is gone by the next case', async () => {
    const source = `
import os
def f(bomb):
    if not bomb:
        # live processes (zombies may wait a moment for the init to reap them)
        states = [open("/proc/%s/stat" % p).read().rsplit(")", 1)[1].split()[0] for p in os.listdir("/proc") if p.isdigit()]
        return {"processes": sum(1 for s in states if s != "Z")}
    while True:
        try:
            os.fork()
        except OSError:
            pass
`;
    const started = Date.now();
    const run = await runFunction(
      'python',
      source,
      'f',
      [
        { name: 'bomb', input: { bomb: true } },
        { name: 'after', input: { bomb: false } },
      ],
      { timeMsPerTest: 1000 },
    );
    expect(run.results[0]).toMatchObject({ name: 'bomb', ok: false, error: { type: 'TIME_LIMIT_EXCEEDED' } });
    // Only the init and the harness are left.
    expect(valueOf(run.results[1])).toEqual({ processes: 2 });
    expect(run.exit.oomKilled).toBe(false);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await containerExistsAfterFlush(run.containerId)).toBe(false);
  });

  it('node: a process left running by one case is gone in the next case', async () => {
    const source = `
const { spawn } = require('child_process');
const fs = require('fs');
function f({ leave }) {
  if (leave) {
    spawn('sh', ['-c', 'while :; do :; done'], { detached: true, stdio: 'ignore' }).unref();
    return { left: true };
  }
  const live = fs.readdirSync('/proc').filter((p) => /^\\d+$/.test(p)).filter((p) => {
    try { return fs.readFileSync('/proc/' + p + '/stat', 'utf8').split(') ')[1][0] !== 'Z'; } catch { return false; }
  });
  return { processes: live.length };
}
`;
    const run = await runFunction('node', source, 'f', [
      { name: 'leave', input: { leave: true } },
      { name: 'look', input: { leave: false } },
    ]);
    expect(valueOf(run.results[0])).toEqual({ left: true });
    // The init and the harness only.
    expect(valueOf(run.results[1])).toEqual({ processes: 2 });
  });

  it.each([
    ['python', 'def f():\n    while True:\n        pass\n'],
    ['node', 'function f() {\n  for (;;) {}\n}\n'],
  ] as const)('%s: an infinite loop is TIME_LIMIT_EXCEEDED and the next case still runs', async (runtime, source) => {
    const ok = runtime === 'python' ? '\ndef g():\n    return 1\n' : '\nfunction g() { return 1; }\n';
    const started = Date.now();
    const run = await runFunction(runtime, source + ok, 'f', [{ name: 'loop', input: {} }], { timeMsPerTest: 500 });
    expect(run.results[0]).toMatchObject({ ok: false, error: { type: 'TIME_LIMIT_EXCEEDED' } });
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it.each([
    ['python', 'def f():\n    data = bytearray(4 * 1024 ** 3)\n    return len(data)\n'],
    ['node', 'function f() {\n  const keep = [];\n  for (let i = 0; i < 64; i++) keep.push(Buffer.alloc(64 * 1024 * 1024, 1));\n  return keep.length;\n}\n'],
  ] as const)('%s: allocating 4 GB is MEMORY_LIMIT_EXCEEDED', async (runtime, source) => {
    const run = await runFunction(runtime, source, 'f', [{ name: 'alloc', input: {} }], { timeMsPerTest: 5000 });
    expect(run.results[0]).toMatchObject({ ok: false, error: { type: 'MEMORY_LIMIT_EXCEEDED' } });
    expect(run.peakMemoryBytes ?? 0).toBeLessThanOrEqual(256 * 1024 * 1024);
  });

  it.each([
    ['python', 'def f():\n    line = "x" * (1 << 20)\n    for _ in range(1024):\n        print(line)\n'],
    ['node', 'function f() {\n  const line = "x".repeat(1 << 20);\n  for (let i = 0; i < 1024; i++) process.stdout.write(line);\n}\n'],
  ] as const)('%s: printing 1 GB is OUTPUT_LIMIT_EXCEEDED', async (runtime, source) => {
    const started = Date.now();
    const run = await runFunction(runtime, source, 'f', [{ name: 'flood', input: {} }], { timeMsPerTest: 10_000 });
    expect(run.exit.outputLimitExceeded).toBe(true);
    expect(run.results[0]).toMatchObject({ ok: false, error: { type: 'OUTPUT_LIMIT_EXCEEDED' } });
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('writing 1 GB straight into the result channel is OUTPUT_LIMIT_EXCEEDED too', async () => {
    // The harness writes results to a duplicate of the original stdout; a candidate that finds
    // that descriptor still meets the stdout cap.
    const source = 'import os\ndef f():\n    chunk = b"y" * (1 << 20)\n    for fd in range(3, 10):\n        try:\n            for _ in range(1024):\n                os.write(fd, chunk)\n        except OSError:\n            pass\n';
    const run = await runFunction('python', source, 'f', [{ name: 'flood', input: {} }], { timeMsPerTest: 10_000 });
    expect(run.exit.outputLimitExceeded).toBe(true);
    expect(run.results[0]).toMatchObject({ ok: false, error: { type: 'OUTPUT_LIMIT_EXCEEDED' } });
  });

  it.each([
    ['python', 'import time\ndef f():\n    time.sleep(10 ** 9)\n'],
    ['node', 'async function f() {\n  await new Promise(() => setInterval(() => {}, 1e6));\n}\n'],
  ] as const)('%s: sleeping forever is TIME_LIMIT_EXCEEDED', async (runtime, source) => {
    const started = Date.now();
    const run = await runFunction(runtime, source, 'f', [{ name: 'sleep', input: {} }], { timeMsPerTest: 500 });
    expect(run.results[0]).toMatchObject({ ok: false, error: { type: 'TIME_LIMIT_EXCEEDED' } });
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('disarming the harness timers still ends in the wall-clock kill', async () => {
    const source = `
import signal, time
def f():
    for sig in (signal.SIGALRM, signal.SIGPROF, signal.SIGXCPU):
        signal.signal(sig, signal.SIG_IGN)
    signal.setitimer(signal.ITIMER_REAL, 0)
    signal.setitimer(signal.ITIMER_PROF, 0)
    time.sleep(10 ** 9)
`;
    const started = Date.now();
    const run = await runFunction('python', source, 'f', [{ name: 'sleep', input: {} }], { timeMsPerTest: 500, limits: { wallTimeMs: 4000 } });
    expect(run.exit.timedOut).toBe(true);
    expect(run.results[0]).toMatchObject({ ok: false, error: { type: 'TIME_LIMIT_EXCEEDED' } });
    expect(Date.now() - started).toBeLessThan(12_000);
  });
});

describe('isolation', () => {
  it('services on 127.0.0.1 (Redis, PostgreSQL) are unreachable and the only interface is lo', async () => {
    const hostRedis = await hostCanReach(6379);
    const source = `
import socket
def f():
    attempts = {}
    for host, port in [("127.0.0.1", 6379), ("127.0.0.1", 5432), ("172.17.0.1", 6379), ("172.17.0.1", 5432), ("10.0.0.1", 80)]:
        s = socket.socket()
        s.settimeout(1)
        try:
            s.connect((host, port))
            attempts[host + ":" + str(port)] = "connected"
        except OSError as e:
            attempts[host + ":" + str(port)] = type(e).__name__
        finally:
            s.close()
    try:
        socket.getaddrinfo("example.com", 80)
        dns = "resolved"
    except OSError as e:
        dns = type(e).__name__
    return {"interfaces": [name for _, name in socket.if_nameindex()], "attempts": attempts, "dns": dns}
`;
    const run = await runFunction('python', source, 'f', [{ name: 'net', input: {} }], { timeMsPerTest: 5000 });
    const value = valueOf(run.results[0]) as { interfaces: string[]; attempts: Record<string, string>; dns: string };
    expect(value.interfaces).toEqual(['lo']);
    expect(Object.values(value.attempts)).not.toContain('connected');
    expect(value.dns).not.toBe('resolved');
    // Sanity: the host's Redis does listen, so the sandbox was really cut off from it.
    if (hostRedis) expect(value.attempts['127.0.0.1:6379']).toMatch(/ConnectionRefused|OSError|TimeoutError/);
  });

  it('runs unprivileged: no capabilities, no-new-privileges, a seccomp filter, its own pid namespace', async () => {
    const source = `
import os
def f():
    status = dict(line.split(":", 1) for line in open("/proc/self/status").read().splitlines() if ":" in line)
    return {k: status[k].strip() for k in ["CapEff", "CapPrm", "CapBnd", "NoNewPrivs", "Seccomp"]} | {"pid": os.getpid(), "uid": os.getuid()}
`;
    const run = await runFunction('python', source, 'f', [{ name: 'status', input: {} }]);
    expect(valueOf(run.results[0])).toEqual({
      CapEff: '0000000000000000',
      CapPrm: '0000000000000000',
      CapBnd: '0000000000000000',
      NoNewPrivs: '1',
      Seccomp: '2',
      pid: expect.any(Number),
      uid: 10001,
    });
    // PID 1 is the container's init; the harness is its child, not a host process id.
    expect((valueOf(run.results[0]) as { pid: number }).pid).toBeLessThan(10);
  });

  it('nothing outside the work folder and /tmp is writable', async () => {
    const source = `
import os
def f():
    outcome = {}
    for path in ["/sandbox/ok.txt", "/tmp/ok.txt", "/evil.txt", "/etc/evil.txt", "/opt/harness/harness.py",
                 "/usr/lib/evil.txt", "/var/tmp/evil.txt", "/root/evil.txt", "/dev/shm/evil.txt", "/proc/evil.txt"]:
        try:
            with open(path, "a") as fh:
                fh.write("x")
            outcome[path] = "written"
        except OSError as e:
            outcome[path] = type(e).__name__
    return {"outcome": outcome, "uid": os.getuid(), "gid": os.getgid()}
`;
    const run = await runFunction('python', source, 'f', [{ name: 'write', input: {} }]);
    const value = valueOf(run.results[0]) as { outcome: Record<string, string>; uid: number; gid: number };
    expect(value.uid).toBe(10001);
    expect(value.gid).toBe(10001);
    const written = Object.entries(value.outcome).filter(([, o]) => o === 'written').map(([p]) => p);
    expect(written.sort()).toEqual(['/sandbox/ok.txt', '/tmp/ok.txt']);
  });

  it("neither /proc/1/environ nor the process environment shows the host's variables", async () => {
    const secret = `host-secret-${process.pid}-${Date.now()}`;
    process.env.MLJUDGE_TEST_HOST_SECRET = secret;
    try {
      const source = `
import os
def f():
    seen = {}
    for path in ["/proc/1/environ", "/proc/self/environ", "/proc/1/cmdline"]:
        try:
            with open(path, "rb") as fh:
                seen[path] = fh.read().decode("utf-8", "replace")
        except OSError as e:
            seen[path] = type(e).__name__
    return {"files": seen, "env": dict(os.environ)}
`;
      const run = await runFunction('python', source, 'f', [{ name: 'env', input: {} }]);
      const value = valueOf(run.results[0]) as { files: Record<string, string>; env: Record<string, string> };
      expect(JSON.stringify(value)).not.toContain(secret);
      expect(JSON.stringify(value)).not.toContain('MLJUDGE_TEST_HOST_SECRET');
      // Only the variables the sandbox sets on purpose.
      const allowed = ['PATH', 'HOME', 'LANG', 'HOSTNAME', 'OMP_NUM_THREADS', 'OPENBLAS_NUM_THREADS', 'MKL_NUM_THREADS', 'PYTHONDONTWRITEBYTECODE', 'PYTHONUNBUFFERED', 'PYTHONNOUSERSITE'];
      expect(Object.keys(value.env).filter((k) => !allowed.includes(k))).toEqual([]);
    } finally {
      delete process.env.MLJUDGE_TEST_HOST_SECRET;
    }
  });

  it("the judge's files (this repository, the Docker socket) are not there", async () => {
    const repo = process.cwd();
    const source = `
import os
def f(paths):
    found = {p: os.path.exists(p) for p in paths}
    with open("/proc/self/mountinfo") as fh:
        mounts = fh.read()
    return {"found": found, "mounts": mounts}
`;
    const paths = [repo, `${repo}/package.json`, '/var/run/docker.sock', '/run/docker.sock', '/work/main', '/root/.ssh'];
    const run = await runFunction('python', source, 'f', [{ name: 'files', input: { paths } }]);
    const value = valueOf(run.results[0]) as { found: Record<string, boolean>; mounts: string };
    expect(Object.entries(value.found).filter(([, exists]) => exists)).toEqual([]);
    expect(value.mounts).not.toContain(repo);
    expect(value.mounts).not.toContain('docker.sock');
  });

  it.each([
    ['python', 'import os, signal\ndef f():\n    for pid in (1, os.getppid()):\n        try:\n            os.kill(pid, signal.SIGKILL)\n        except OSError:\n            pass\n    os.kill(os.getpid(), signal.SIGKILL)\n'],
    ['node', 'function f() {\n  for (const pid of [1, process.ppid]) { try { process.kill(pid, "SIGKILL"); } catch {} }\n  process.kill(process.pid, "SIGKILL");\n}\n'],
  ] as const)('%s: killing the harness (and pid 1) is a RUNTIME_ERROR; later cases are NOT_RUN', async (runtime, source) => {
    const run = await runFunction(runtime, source, 'f', [{ name: 'kill', input: {} }, { name: 'next', input: {} }]);
    expect(run.results[0]).toMatchObject({ name: 'kill', ok: false, error: { type: 'RUNTIME_ERROR' } });
    expect(run.results[1]).toMatchObject({ name: 'next', ok: false, error: { type: 'NOT_RUN' } });
    expect(run.exit.timedOut).toBe(false);
  });

  it("a background process and the previous submission's files are gone in the next run", async () => {
    const first = `
import os, subprocess
def f():
    with open("/sandbox/marker.txt", "w") as fh:
        fh.write("submission one")
    with open("/tmp/marker.txt", "w") as fh:
        fh.write("submission one")
    child = subprocess.Popen(["sleep", "1000"], start_new_session=True)
    if os.fork() == 0:
        import time
        while True:
            time.sleep(1)
    return {"child": child.pid}
`;
    const run1 = await runFunction('python', first, 'f', [{ name: 'leave', input: {} }]);
    expect(valueOf(run1.results[0])).toMatchObject({ child: expect.any(Number) });
    expect(run1.exit.code).toBe(0);
    expect(await containerExistsAfterFlush(run1.containerId)).toBe(false);

    const second = `
import os
def f():
    procs = []
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                with open("/proc/%s/cmdline" % pid, "rb") as fh:
                    procs.append(fh.read().replace(b"\\0", b" ").decode().strip())
            except OSError:
                pass
    markers = {p: os.path.exists(p) for p in ["/sandbox/marker.txt", "/tmp/marker.txt"]}
    return {"procs": procs, "markers": markers, "work": sorted(os.listdir("/sandbox"))}
`;
    const run2 = await runFunction('python', second, 'f', [{ name: 'look', input: {} }]);
    const value = valueOf(run2.results[0]) as { procs: string[]; markers: Record<string, boolean>; work: string[] };
    expect(value.procs.filter((p) => p.includes('sleep'))).toEqual([]);
    // Only the init, the harness itself: nothing inherited.
    expect(value.procs.length).toBeLessThanOrEqual(2);
    expect(value.markers).toEqual({ '/sandbox/marker.txt': false, '/tmp/marker.txt': false });
    expect(value.work).toEqual(['solution.py']);
  });
});

describe('after all that', () => {
  it('the runner still judges a correct solution', async () => {
    const run = await runFunction('python', 'def add(a, b):\n    return {"sum": a + b}\n', 'add', [{ name: 'x', input: { a: [1, 2], b: [3, 4] } }]);
    expect(valueOf(run.results[0])).toEqual({ sum: [4, 6] });
    const leftovers = await docker.listContainers({ all: true, filters: { label: ['mljudge.sandbox=1', ...SUITE_FILTER] } });
    // Only containers still being removed in the background may remain.
    await flushSandboxRemovals();
    const after = await docker.listContainers({ all: true, filters: { label: ['mljudge.sandbox=1', ...SUITE_FILTER] } });
    expect(after.length).toBeLessThanOrEqual(leftovers.length);
    expect(after.filter((c) => c.State === 'running')).toEqual([]);
  });
});

async function containerExistsAfterFlush(id: string): Promise<boolean> {
  await flushSandboxRemovals();
  return containerExists(id);
}
