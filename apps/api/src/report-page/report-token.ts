// The report link's token: `<attempt id>.<expiry, unix seconds>.<revocation version>.<HMAC>`,
// signed with a key derived from JWT_SECRET. Nothing in it is secret but the signature; a
// revoked link (the attempt's reportLinkVersion moved on) or an expired one fails like a forged one.
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

export interface ReportClaims {
  attemptId: string;
  /** Unix seconds. */
  expiresAt: number;
  version: number;
}

function key(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'ml-judge report link', 32));
}

function signature(secret: string, body: string): string {
  return createHmac('sha256', key(secret)).update(body).digest('base64url');
}

export function signReportToken(claims: ReportClaims, secret: string): string {
  const body = `${claims.attemptId}.${claims.expiresAt}.${claims.version}`;
  return `${body}.${signature(secret, body)}`;
}

/** The claims of a well-signed, unexpired token, or null (never why: a caller learns nothing). */
export function verifyReportToken(token: string, secret: string, now = Date.now()): ReportClaims | null {
  const parts = token.split('.');
  if (parts.length !== 4 || !/^[a-z0-9]{1,64}$/.test(parts[0]) || !/^\d{1,12}$/.test(parts[1]) || !/^\d{1,9}$/.test(parts[2])) return null;
  const body = parts.slice(0, 3).join('.');
  const expected = Buffer.from(signature(secret, body));
  const given = Buffer.from(parts[3]);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const claims = { attemptId: parts[0], expiresAt: Number(parts[1]), version: Number(parts[2]) };
  return claims.expiresAt * 1000 > now ? claims : null;
}
