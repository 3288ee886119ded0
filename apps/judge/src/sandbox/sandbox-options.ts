// The container configuration of a sandbox run: every isolation setting in one place.
import { runtimeDefinition, type WarmPreload } from '@app/definitions';
import type Dockerode from 'dockerode';
import type { SandboxLimits } from './sandbox-limits';
import type { SandboxRuntime } from './sandbox-protocol';

/** The unprivileged user baked into the runtime images (docker/runtimes/<runtime>/Dockerfile). */
export const SANDBOX_UID = 10001;
export const SANDBOX_GID = 10001;
/** The candidate's work folder: a size-capped tmpfs, the file lands here (its language's `sourceFile`). */
export const SANDBOX_WORK_DIR = '/sandbox';
/** Label on every sandbox container, so leftovers (e.g. after a judge crash) can be found. */
export const SANDBOX_LABEL = 'mljudge.sandbox';

/** GPUs for one run, given only when the worker is configured with GPUs and the question allows it. */
export interface SandboxGpus {
  /** Number of GPUs; -1 for all. Ignored when deviceIds is given. */
  count?: number;
  /** Specific GPU ids or UUIDs (NVIDIA_VISIBLE_DEVICES style). */
  deviceIds?: string[];
}

export interface SandboxContainerSpec {
  runtime: SandboxRuntime;
  image: string;
  limits: SandboxLimits;
  gpus?: SandboxGpus;
  /**
   * A module the harness imports before its header arrives (a warm container for PyTorch answers);
   * only names from the runtime's `preloads` in libs/definitions are accepted.
   */
  preload?: string;
  /** Extra labels (e.g. the worker id); the sandbox label is always set. */
  labels?: Record<string, string>;
}

/**
 * The container's whole environment: nothing from the judge's own environment, only what the
 * interpreter and the numeric libraries need (thread counts follow the CPU quota, so a candidate
 * does not lose time to oversubscription).
 */
export function sandboxEnv(runtime: SandboxRuntime, limits: SandboxLimits, preload?: string): string[] {
  const threads = Math.max(1, Math.ceil(limits.cpus));
  const common = ['PATH=/usr/local/bin:/usr/bin:/bin', `HOME=${SANDBOX_WORK_DIR}`, 'LANG=C.UTF-8'];
  const definition = runtimeDefinition(runtime);
  if (preload !== undefined && !(definition.preloads as readonly WarmPreload[]).some((p) => p.module === preload)) {
    throw new Error(`the ${runtime} runtime has no preload named ${preload}`);
  }
  return [
    ...common,
    ...definition.sandboxEnv({ threads, memoryBytes: limits.memoryBytes }),
    ...(preload !== undefined ? [`MLJUDGE_PRELOAD=${preload}`] : []),
  ];
}

function tmpfsOptions(bytes: number, mode: string): string {
  // uid/gid make the mount writable by the sandbox user: a tmpfs is otherwise root-owned 0755
  // whatever mode is asked. noexec/nosuid/nodev: nothing written there can be run as a program.
  return `rw,noexec,nosuid,nodev,size=${bytes},uid=${SANDBOX_UID},gid=${SANDBOX_GID},mode=${mode}`;
}

/** Docker's create options for one sandbox container. */
export function buildContainerOptions(spec: SandboxContainerSpec): Dockerode.ContainerCreateOptions {
  const { runtime, image, limits, gpus } = spec;
  const hostConfig: Dockerode.HostConfig & { CgroupnsMode?: string } = {
    // No network at all: only a loopback interface of its own (host services unreachable).
    NetworkMode: 'none',
    ReadonlyRootfs: true,
    Tmpfs: {
      [SANDBOX_WORK_DIR]: tmpfsOptions(limits.workDirBytes, '0700'),
      '/tmp': tmpfsOptions(limits.tmpBytes, '1777'),
    },
    CapDrop: ['ALL'],
    SecurityOpt: ['no-new-privileges'],
    Privileged: false,
    // No /dev/shm (a writable place outside the work folder) and no IPC with anyone.
    IpcMode: 'none',
    CgroupnsMode: 'private',
    Memory: limits.memoryBytes,
    MemorySwap: limits.memoryBytes,
    MemorySwappiness: 0,
    OomKillDisable: false,
    // Under host memory pressure, sandboxes die first.
    OomScoreAdj: 1000,
    PidsLimit: limits.pids,
    NanoCpus: Math.round(limits.cpus * 1e9),
    Ulimits: [
      { Name: 'nofile', Soft: 256, Hard: 256 },
      { Name: 'core', Soft: 0, Hard: 0 },
    ],
    // A tiny init as PID 1: reaps zombies, and when the harness exits every process left
    // behind (e.g. a detached background job) dies with the container.
    Init: true,
    // Nothing is logged by Docker: output is read (and capped) through attach only, so a flood
    // of prints cannot fill the host's disk.
    LogConfig: { Type: 'none', Config: {} },
    AutoRemove: false,
    Binds: [],
    ...(gpus ? { DeviceRequests: [gpuRequest(gpus)] } : {}),
  };
  return {
    Image: image,
    Cmd: [...runtimeDefinition(runtime).harnessCommand],
    User: `${SANDBOX_UID}:${SANDBOX_GID}`,
    WorkingDir: SANDBOX_WORK_DIR,
    Env: sandboxEnv(runtime, limits, spec.preload),
    Hostname: 'sandbox',
    NetworkDisabled: true,
    AttachStdin: true,
    AttachStdout: true,
    AttachStderr: true,
    OpenStdin: true,
    // stdin closes when the one attached client (the runner) disconnects.
    StdinOnce: true,
    Tty: false,
    StopTimeout: 1,
    Labels: { ...spec.labels, [SANDBOX_LABEL]: '1', 'mljudge.runtime': runtime, ...(spec.preload ? { 'mljudge.preload': spec.preload } : {}) },
    HostConfig: hostConfig,
  };
}

function gpuRequest(gpus: SandboxGpus): Dockerode.DeviceRequest {
  return gpus.deviceIds && gpus.deviceIds.length > 0
    ? { Driver: 'nvidia', DeviceIDs: gpus.deviceIds, Capabilities: [['gpu']] }
    : { Driver: 'nvidia', Count: gpus.count ?? -1, Capabilities: [['gpu']] };
}
