// Opaque secrets: API keys (`mlj_<prefix>_<secret>`) and invitation tokens (`inv_<secret>`).
// Both are 256-bit random strings, so a single SHA-256 is a sufficient one-way hash (a slow
// password hash would only cost latency on every request), compared in constant time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const API_KEY_PREFIX = 'mlj_';
export const INVITATION_PREFIX = 'inv_';

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

export function constantTimeEqualHex(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}

export interface NewApiKeySecret {
  /** Shown once to the creator. */
  secret: string;
  /** Stored in clear, unique: finds the row. */
  prefix: string;
  /** Stored: SHA-256 of the secret part. */
  secretHash: string;
}

export function newApiKeySecret(): NewApiKeySecret {
  const prefix = randomBytes(9).toString('base64url');
  const secretPart = randomBytes(32).toString('base64url');
  return { secret: `${API_KEY_PREFIX}${prefix}_${secretPart}`, prefix, secretHash: sha256Hex(secretPart) };
}

/** Splits `mlj_<prefix>_<secret>`; the prefix is 12 base64url characters (which may contain `_`). */
export function parseApiKeySecret(token: string): { prefix: string; secretPart: string } | null {
  if (!token.startsWith(API_KEY_PREFIX)) return null;
  const rest = token.slice(API_KEY_PREFIX.length);
  if (rest.length < 14 || rest[12] !== '_') return null;
  return { prefix: rest.slice(0, 12), secretPart: rest.slice(13) };
}

export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = `${INVITATION_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, tokenHash: sha256Hex(token) };
}
