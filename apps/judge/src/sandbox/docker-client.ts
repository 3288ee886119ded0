// The Docker engine connection used by the sandbox.
import Dockerode from 'dockerode';

export interface DockerClientOptions {
  /** Unix socket of the engine; default DOCKER_HOST's unix:// path or /var/run/docker.sock. */
  socketPath?: string;
}

/** A dockerode client for the local engine (the judge's host or a mounted socket). */
export function createDockerClient(options: DockerClientOptions = {}): Dockerode {
  const fromEnv = process.env.DOCKER_HOST?.startsWith('unix://') ? process.env.DOCKER_HOST.slice('unix://'.length) : undefined;
  return new Dockerode({ socketPath: options.socketPath ?? fromEnv ?? '/var/run/docker.sock' });
}

/** True when the engine answers a ping (e.g. to skip or fail fast at start-up). */
export async function dockerIsReachable(docker: Dockerode): Promise<boolean> {
  try {
    await docker.ping();
    return true;
  } catch {
    return false;
  }
}
