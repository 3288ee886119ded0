// One HTTP request (POST, or PATCH for Greenhouse) of a delivery. Uses node:http(s) rather than fetch because only they accept a
// `lookup` hook, which lets the address check run on the very address the socket connects to
// (see network-policy.ts). Redirects are never followed (a 3xx is just a failed try: a redirect
// could point anywhere), the response body is never read, and the whole try has a deadline.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { type NetworkPolicy, assertDeliverableUrl, guardedLookup } from './network-policy';

export interface WebhookPost {
  url: string;
  /** POST for a company's webhooks; PATCH for Greenhouse's callback. */
  method?: 'POST' | 'PATCH';
  /** The exact bytes that were signed. */
  body: Buffer;
  headers: Record<string, string>;
  timeoutMs: number;
  policy: NetworkPolicy;
}

/** Sends the POST and resolves with the response's status code; rejects on network errors. */
export async function postWebhook(post: WebhookPost): Promise<number> {
  // Checks the form and IP literals (which skip `lookup`); names are checked again on connect.
  const url = await assertDeliverableUrl(post.url, post.policy);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const signal = AbortSignal.timeout(post.timeoutMs);
  return new Promise<number>((resolve, reject) => {
    const request = send(
      url,
      {
        method: post.method ?? 'POST',
        headers: { ...post.headers, 'Content-Length': String(post.body.length) },
        lookup: guardedLookup(post.policy),
        agent: false, // a fresh connection each try: no pooled socket outlives its checked lookup
        signal,
      },
      (response: IncomingMessage) => {
        // Only the status matters; drop the connection rather than read an unbounded body.
        resolve(response.statusCode ?? 0);
        response.destroy();
      },
    );
    request.on('error', (error) => {
      reject(signal.aborted ? new Error(`No response within ${post.timeoutMs} ms`) : error);
    });
    request.end(post.body);
  });
}
