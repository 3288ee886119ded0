// Which engine failures count as "the engine, not the candidate", against the real engine and a
// socket nothing listens on.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDockerClient } from './docker-client';
import { engineAnswers, engineCall, SandboxEngineError } from './engine-calls';
import { EngineProxy } from './testing/engine-proxy';

describe('engine calls', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mlj-no-engine-'));
  const nowhere = createDockerClient({ socketPath: path.join(dir, 'docker.sock') });
  const engine = createDockerClient();

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('turns a refused connection into a SandboxEngineError that names the call', async () => {
    const error = await engineCall('creating a sandbox', nowhere.createContainer({ Image: 'none' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SandboxEngineError);
    expect((error as Error).message).toMatch(/^creating a sandbox: .*ENOENT/);
  });

  it('leaves an ordinary engine answer alone: a missing container is a 404, not an engine fault', async () => {
    const error = await engineCall('inspecting', engine.getContainer('mljudge-no-such-container').inspect()).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(SandboxEngineError);
    expect((error as { statusCode?: number }).statusCode).toBe(404);
  });

  it('gives up on a call the engine accepted but never answers', async () => {
    // What docker-modem hands back when the engine stops in the middle of a response: a
    // promise that never settles.
    const never = new Promise<never>(() => undefined);
    const started = Date.now();
    const error = await engineCall('reading its state', never, 200).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SandboxEngineError);
    expect((error as Error).message).toBe('reading its state: no answer from the Docker engine within 200 ms');
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('tells whether the engine answers, also through a connection that was cut', async () => {
    expect(await engineAnswers(engine)).toBe(true);
    expect(await engineAnswers(nowhere)).toBe(false);
    const proxy = new EngineProxy();
    await proxy.open();
    try {
      const viaProxy = createDockerClient({ socketPath: proxy.socketPath });
      expect(await engineAnswers(viaProxy)).toBe(true);
      await proxy.cut();
      expect(await engineAnswers(viaProxy)).toBe(false);
      await proxy.open();
      expect(await engineAnswers(viaProxy)).toBe(true);
    } finally {
      await proxy.close();
    }
  });
});
