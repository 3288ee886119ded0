// Webhook signatures, as the platform sends them and a receiver checks them:
// `X-Signature: sha256=<hex HMAC-SHA256 of the raw body, keyed by the webhook's secret>`. A receiver recomputes it over the bytes it received (before any JSON
// parsing) and compares in constant time; `verifyWebhookSignature` does exactly that.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'X-Signature';
export const EVENT_HEADER = 'X-Event';
export const DELIVERY_ID_HEADER = 'X-Delivery-Id';

/** `sha256=<hex>` for the exact body bytes (a string is taken as UTF-8). */
export function signWebhookBody(secret: string, body: string | Buffer): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** Whether `header` is the signature of `body` under `secret` (constant-time comparison). */
export function verifyWebhookSignature(secret: string, body: string | Buffer, header: string | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(signWebhookBody(secret, body), 'utf8');
  const given = Buffer.from(header, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
