// For tests: a Unix socket that forwards to the real Docker engine, and can be cut and restored.
// Pointing a dockerode client at it lets a test take the engine away from one judge (every
// open connection, hijacked attach streams included, is dropped and new ones are refused) without
// touching the engine that the rest of the machine uses.
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export class EngineProxy {
  /** Where clients connect (a fresh temporary directory). */
  readonly socketPath: string;
  private readonly dir: string;
  private server?: net.Server;
  private readonly sockets = new Set<net.Socket>();

  constructor(private readonly enginePath = '/var/run/docker.sock') {
    this.dir = mkdtempSync(path.join(tmpdir(), 'mlj-engine-proxy-'));
    this.socketPath = path.join(this.dir, 'docker.sock');
  }

  /** Starts forwarding (again). */
  async open(): Promise<void> {
    if (this.server) return;
    // Half-open both ways: the judge closes the sandbox's stdin (its write side) and then
    // still reads the output, so one side's end must not close the other.
    const server = net.createServer({ allowHalfOpen: true }, (client) => {
      const engine = net.connect({ path: this.enginePath, allowHalfOpen: true });
      for (const socket of [client, engine]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(engine);
      engine.pipe(client);
      client.on('close', () => engine.destroy());
      engine.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.socketPath, resolve);
    });
    this.server = server;
  }

  /** Drops every connection and stops listening: to its clients, the engine is gone. */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  async close(): Promise<void> {
    await this.cut();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
