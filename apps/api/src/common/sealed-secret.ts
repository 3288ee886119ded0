// Secrets the platform must send on later but should not keep in clear (Greenhouse's Basic
// credential for its callback): AES-256-GCM under a key derived from JWT_SECRET with HKDF, so a
// copy of the database alone reveals nothing. Rotating JWT_SECRET makes sealed values unreadable
// (their deliveries then fail, saying so) rather than readable with the wrong key.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';

function keyFor(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), `ml-judge sealed secret: ${purpose}`, 32));
}

/** `v1.<iv>.<tag>.<ciphertext>` (base64url); `purpose` binds it to one use. */
export function seal(plain: string, secret: string, purpose: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(secret, purpose), iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), data].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
}

/** The sealed value, or null when it was sealed under another key or purpose, or altered. */
export function unseal(sealed: string, secret: string, purpose: string): string | null {
  const [version, iv, tag, data] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || data === undefined) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFor(secret, purpose), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
