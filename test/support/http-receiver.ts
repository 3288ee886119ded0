// An HTTP server on 127.0.0.1 standing in for an integrator's endpoint (webhooks, Greenhouse's
// callback): it records every request with its raw body bytes and answers as told.
import { type IncomingHttpHeaders, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  rawBody: Buffer;
}

export interface Receiver {
  url: string;
  port: number;
  received: ReceivedRequest[];
  close(): Promise<void>;
}

/** What the receiver does with its n-th request (0-based): a status code, or 'hang' (no answer). */
export type Behaviour = (n: number, request: ReceivedRequest) => number | 'hang' | { status: number; headers: Record<string, string> };

export async function startReceiver(behaviour: Behaviour = () => 200, port = 0): Promise<Receiver> {
  const received: ReceivedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, rawBody: Buffer.concat(chunks) };
      const answer = behaviour(received.length, request);
      received.push(request);
      if (answer === 'hang') return;
      if (typeof answer === 'number') res.writeHead(answer).end('ok');
      else res.writeHead(answer.status, answer.headers).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actualPort = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actualPort}/hook`,
    port: actualPort,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
