// The container configuration: every isolation setting must be there on every run.
import { DEFAULT_SANDBOX_LIMITS, deriveWallTimeMs, resolveLimits, SANDBOX_HARD_CEILINGS } from './sandbox-limits';
import { buildContainerOptions, SANDBOX_UID } from './sandbox-options';

describe('buildContainerOptions', () => {
  const limits = resolveLimits({ memoryBytes: 256 * 2 ** 20, cpus: 1.5, pids: 64 });
  const options = buildContainerOptions({ runtime: 'python', image: 'mljudge-python:test', limits });
  const host = options.HostConfig!;

  it('isolates network, file system, privileges and resources', () => {
    expect(host.NetworkMode).toBe('none');
    expect(options.NetworkDisabled).toBe(true);
    expect(host.ReadonlyRootfs).toBe(true);
    expect(host.CapDrop).toEqual(['ALL']);
    expect(host.SecurityOpt).toEqual(['no-new-privileges']);
    expect(host.Privileged).toBe(false);
    expect(host.Memory).toBe(256 * 2 ** 20);
    expect(host.MemorySwap).toBe(host.Memory);
    expect(host.PidsLimit).toBe(64);
    expect(host.NanoCpus).toBe(1.5e9);
    expect(host.Binds).toEqual([]);
    expect(host.LogConfig?.Type).toBe('none');
    expect(options.User).toBe(`${SANDBOX_UID}:${SANDBOX_UID}`);
    expect(host.DeviceRequests).toBeUndefined();
  });

  it('gives the work folder and /tmp their own size-capped tmpfs owned by the sandbox user', () => {
    expect(options.WorkingDir).toBe('/sandbox');
    expect(host.Tmpfs?.['/sandbox']).toContain(`size=${DEFAULT_SANDBOX_LIMITS.workDirBytes}`);
    expect(host.Tmpfs?.['/sandbox']).toContain(`uid=${SANDBOX_UID}`);
    expect(host.Tmpfs?.['/tmp']).toContain(`size=${DEFAULT_SANDBOX_LIMITS.tmpBytes}`);
    expect(host.Tmpfs?.['/tmp']).toContain('noexec');
  });

  it('passes only the variables the runtime needs, never the host environment', () => {
    process.env.SHOULD_NOT_LEAK = 'x';
    const env = buildContainerOptions({ runtime: 'node', image: 'i', limits }).Env!;
    delete process.env.SHOULD_NOT_LEAK;
    expect(env.map((e) => e.split('=')[0]).sort()).toEqual(['HOME', 'LANG', 'NODE_PATH', 'PATH', 'SANDBOX_MEMORY_BYTES', 'UV_THREADPOOL_SIZE']);
    expect(options.Env).toContain('OMP_NUM_THREADS=2');
  });

  it('names a preload in the environment and labels, and refuses one the runtime does not list', () => {
    const torch = buildContainerOptions({ runtime: 'python', image: 'i', limits, preload: 'torch' });
    expect(torch.Env).toContain('MLJUDGE_PRELOAD=torch');
    expect(torch.Labels?.['mljudge.preload']).toBe('torch');
    expect(options.Env!.some((e) => e.startsWith('MLJUDGE_PRELOAD='))).toBe(false);
    expect(() => buildContainerOptions({ runtime: 'python', image: 'i', limits, preload: 'os; rm' })).toThrow(/no preload named/);
    expect(() => buildContainerOptions({ runtime: 'node', image: 'i', limits, preload: 'torch' })).toThrow(/no preload named/);
  });

  it('requests GPUs only when asked', () => {
    const all = buildContainerOptions({ runtime: 'python', image: 'i', limits, gpus: {} }).HostConfig!.DeviceRequests;
    expect(all).toEqual([{ Driver: 'nvidia', Count: -1, Capabilities: [['gpu']] }]);
    const some = buildContainerOptions({ runtime: 'python', image: 'i', limits, gpus: { deviceIds: ['1'] } }).HostConfig!.DeviceRequests;
    expect(some).toEqual([{ Driver: 'nvidia', DeviceIDs: ['1'], Capabilities: [['gpu']] }]);
  });
});

describe('resolveLimits', () => {
  it('fills defaults and clamps to the ceilings', () => {
    expect(resolveLimits()).toMatchObject(DEFAULT_SANDBOX_LIMITS);
    const huge = resolveLimits({ memoryBytes: 1e15, cpus: 64, pids: 1e6, wallTimeMs: 1e9 });
    expect(huge).toMatchObject({
      memoryBytes: SANDBOX_HARD_CEILINGS.memoryBytes,
      cpus: SANDBOX_HARD_CEILINGS.cpus,
      pids: SANDBOX_HARD_CEILINGS.pids,
      wallTimeMs: SANDBOX_HARD_CEILINGS.wallTimeMs,
    });
    const custom = resolveLimits({ memoryBytes: 1e12 }, { ...SANDBOX_HARD_CEILINGS, memoryBytes: 2 ** 30 });
    expect(custom.memoryBytes).toBe(2 ** 30);
  });

  it('derives the wall-clock kill from the cases when none is given', () => {
    expect(deriveWallTimeMs([1000, 2000], 3)).toBe(9000 + 15_000);
    expect(deriveWallTimeMs([1e9], 3, 60_000)).toBe(60_000);
  });
});
