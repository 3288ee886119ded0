// A private Docker engine for the engine-restart fault test, so the machine's own engine (which
// every other suite and the developer's work use) is never restarted. It has its own socket,
// data root, exec root (and so its own containerd), and its own empty bridge interface: with
// `--bridge none` dockerd deletes the machine's docker0, and the default bridge would share it.
// Sandboxes never use a network (NetworkMode none), so the bridge only has to exist.
//
// Needs root (dockerd, `ip link`); the images the judge runs are copied in from the machine's
// engine with `docker save | docker load`, so their ids (recorded in judge runs) are the same.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import Docker from 'dockerode';
import { type Child, killHard, sleep, spawnChild, waitFor } from './processes';

const run = promisify(execFile);

export interface PrivateDockerEngine {
  /** Unix socket of the private engine (the worker's DOCKER_SOCKET). */
  socketPath: string;
  docker: Docker;
  /** Seconds spent copying the images in. */
  imageCopySeconds: number;
  /** Stops the engine (SIGKILL: a crash; SIGTERM: an orderly stop), leaves it down for downMs, starts it again. */
  restart(signal: 'SIGKILL' | 'SIGTERM', downMs: number): Promise<{ downAt: number; upAt: number }>;
  /** Every container it holds (id, state, labels). */
  containers(): Promise<Docker.ContainerInfo[]>;
  /** The engine's own log, for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

export function canRunPrivateEngine(): boolean {
  return process.getuid?.() === 0;
}

/** Starts a private engine and copies `images` (tags on the machine's engine) into it. */
export async function startPrivateEngine(images: string[]): Promise<PrivateDockerEngine> {
  // Short path: containerd's socket lives under the exec root, and socket paths max out at 108 bytes.
  const dir = mkdtempSync('/tmp/mljd-');
  const socketPath = path.join(dir, 'docker.sock');
  const logPath = path.join(dir, 'dockerd.log');
  const bridge = `mljd${randomBytes(4).toString('hex')}`; // 12 characters; interface names max out at 15
  await run('ip', ['link', 'add', 'name', bridge, 'type', 'bridge']);
  await run('ip', ['addr', 'add', '169.254.213.1/30', 'dev', bridge]).catch(() => undefined);
  const args = [
    '--host', `unix://${socketPath}`,
    '--data-root', path.join(dir, 'data'),
    '--exec-root', path.join(dir, 'exec'),
    '--pidfile', path.join(dir, 'docker.pid'),
    '--bridge', bridge,
    '--iptables=false',
    '--ip6tables=false',
    '--ip-masq=false',
    '--userland-proxy=false',
    '--log-level', 'warn',
  ];
  const docker = new Docker({ socketPath });
  let daemon: Child | undefined;

  const start = async () => {
    daemon = spawnChild('dockerd (private)', 'sh', ['-c', `exec dockerd "$@" >>${logPath} 2>&1`, 'dockerd', ...args], {});
    await waitFor('the private Docker engine', async () => ((await docker.ping().then(() => true, () => false)) ? true : undefined), 60_000, 200);
  };
  const log = () => {
    try {
      return readFileSync(logPath, 'utf8').split('\n').slice(-40).join('\n');
    } catch {
      return '';
    }
  };

  async function stopDaemon(signal: 'SIGKILL' | 'SIGTERM'): Promise<void> {
    const stopping = daemon;
    if (!stopping) return;
    daemon = undefined;
    if (signal === 'SIGKILL') await killHard(stopping);
    else {
      stopping.process.kill('SIGTERM');
      const timer = setTimeout(() => void killHard(stopping), 30_000);
      await stopping.exited;
      clearTimeout(timer);
    }
  }

  try {
    await start();
    const copyStarted = Date.now();
    for (const image of images) await copyImage(image, socketPath);
    return {
      socketPath,
      docker,
      imageCopySeconds: (Date.now() - copyStarted) / 1000,
      async restart(signal, downMs) {
        await stopDaemon(signal);
        const downAt = Date.now();
        await sleep(downMs);
        await start();
        return { downAt, upAt: Date.now() };
      },
      containers: () => docker.listContainers({ all: true }),
      log,
      stop: () => teardown(),
    };
  } catch (error) {
    await teardown();
    throw new Error(`private Docker engine: ${(error as Error).message}\n${log()}`);
  }

  async function teardown(): Promise<void> {
    if (daemon) {
      const containers = await docker.listContainers({ all: true }).catch(() => []);
      await Promise.all(containers.map((c) => docker.getContainer(c.Id).remove({ force: true }).catch(() => undefined)));
      await stopDaemon('SIGTERM');
    }
    // A containerd left by a SIGKILLed dockerd, container shims left by either (with the
    // container each one holds), and mounts left under the data root.
    await run('pkill', ['-f', `containerd --config ${path.join(dir, 'exec')}`]).catch(() => undefined);
    const shims = await run('pgrep', ['-f', `containerd-shim-runc-v2 .*-address ${dir}/`]).then((r) => r.stdout.split('\n').filter(Boolean), () => []);
    for (const shim of shims) {
      await run('pkill', ['-KILL', '-P', shim]).catch(() => undefined);
      await run('kill', ['-KILL', shim]).catch(() => undefined);
    }
    const mounts = readFileSync('/proc/mounts', 'utf8')
      .split('\n')
      .map((line) => line.split(' ')[1])
      .filter((mount) => mount?.startsWith(`${dir}/`))
      .sort((a, b) => b.length - a.length);
    for (const mount of mounts) await run('umount', ['-l', mount]).catch(() => undefined);
    await run('ip', ['link', 'delete', bridge]).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `docker save <image> | docker -H <private> load`: same layers, same image id. */
function copyImage(image: string, socketPath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const save = spawn('docker', ['save', image], { stdio: ['ignore', 'pipe', 'pipe'] });
    const load = spawn('docker', ['-H', `unix://${socketPath}`, 'load', '-q'], { stdio: ['pipe', 'ignore', 'pipe'] });
    let errors = '';
    save.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    load.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    save.stdout.pipe(load.stdin);
    let pending = 2;
    const done = (code: number | null) => {
      if (code !== 0) reject(new Error(`copying ${image} failed: ${errors.trim() || `exit ${code}`}`));
      else if (--pending === 0) resolve();
    };
    save.on('exit', done);
    load.on('exit', done);
  });
}
