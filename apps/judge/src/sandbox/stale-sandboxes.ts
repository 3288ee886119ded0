// Removes sandbox containers left behind by a judge process that died (a crash, a kill -9):
// pooled containers otherwise wait on stdin forever, and a run's container is never removed.
import type Dockerode from 'dockerode';
import { SANDBOX_LABEL } from './sandbox-options';

export interface StaleSandboxOptions {
  /**
   * Only containers created longer ago than this. Keep it above the longest run (wall-clock
   * ceiling) and the pool's maximum idle age, so another live worker's containers on the same
   * engine are never touched. Default 30 minutes.
   */
  olderThanMs?: number;
  /** Only containers that also carry these labels (e.g. this worker's id). */
  labels?: Record<string, string>;
}

/** Force-removes stale sandbox containers; returns how many were removed. */
export async function removeStaleSandboxes(docker: Dockerode, options: StaleSandboxOptions = {}): Promise<number> {
  const olderThanMs = options.olderThanMs ?? 30 * 60 * 1000;
  const labels = [`${SANDBOX_LABEL}=1`, ...Object.entries(options.labels ?? {}).map(([k, v]) => `${k}=${v}`)];
  const containers = await docker.listContainers({ all: true, filters: { label: labels } });
  const cutoffSeconds = (Date.now() - olderThanMs) / 1000;
  const stale = containers.filter((c) => c.Created <= cutoffSeconds);
  await Promise.all(stale.map((c) => docker.getContainer(c.Id).remove({ force: true, v: true }).catch(() => undefined)));
  return stale.length;
}
