// The Docker engine connection used by the sandbox.
import { Agent } from 'node:http';
import Dockerode from 'dockerode';

export interface DockerClientOptions {
  /** Unix socket of the engine; default DOCKER_HOST's unix:// path or /var/run/docker.sock. */
  socketPath?: string;
}

/** A dockerode client for the local engine (the judge's host or a mounted socket). */
export function createDockerClient(options: DockerClientOptions = {}): Dockerode {
  const fromEnv = process.env.DOCKER_HOST?.startsWith('unix://') ? process.env.DOCKER_HOST.slice('unix://'.length) : undefined;
  // A fresh connection per call (cheap on a Unix socket): an engine that is shutting down closes
  // its listener but may keep serving kept-alive connections, which would hide that it is going.
  // (docker-modem honours `agent`; @types/dockerode does not list it.)
  const settings = { socketPath: options.socketPath ?? fromEnv ?? '/var/run/docker.sock', agent: new Agent({ keepAlive: false }) };
  return new Dockerode(settings as Dockerode.DockerOptions);
}
