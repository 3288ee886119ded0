import { signWebhookBody, verifyWebhookSignature } from './webhook-signature';

// Expected value computed independently with OpenSSL 3 on 2026-11-22:
//   printf '%s' '<BODY below>' | openssl dgst -sha256 -hmac 'whsec_test-secret'
//   SHA2-256(stdin)= 0d4ca2f8b83a61c1a12ad614d13ea059f6e4e9ed4dea261e229508923f90a4b4
// The body holds a non-ASCII character, so UTF-8 encoding is covered too.
const SECRET = 'whsec_test-secret';
const BODY = '{"id":"d1","event":"SUBMISSION_JUDGED","createdAt":"2026-11-22T00:00:00.000Z","data":{"score":0.5,"note":"héllo"}}';
const OPENSSL_SIGNATURE = 'sha256=0d4ca2f8b83a61c1a12ad614d13ea059f6e4e9ed4dea261e229508923f90a4b4';

describe('webhook signatures', () => {
  it('is the hex HMAC-SHA256 of the raw body, as openssl computes it', () => {
    expect(signWebhookBody(SECRET, BODY)).toBe(OPENSSL_SIGNATURE);
    expect(signWebhookBody(SECRET, Buffer.from(BODY, 'utf8'))).toBe(OPENSSL_SIGNATURE);
  });

  it('verifies the right signature and refuses a changed body, another secret or a malformed header', () => {
    expect(verifyWebhookSignature(SECRET, BODY, OPENSSL_SIGNATURE)).toBe(true);
    expect(verifyWebhookSignature(SECRET, BODY.replace('0.5', '0.6'), OPENSSL_SIGNATURE)).toBe(false);
    expect(verifyWebhookSignature('whsec_other', BODY, OPENSSL_SIGNATURE)).toBe(false);
    expect(verifyWebhookSignature(SECRET, BODY, OPENSSL_SIGNATURE.slice(7))).toBe(false);
    expect(verifyWebhookSignature(SECRET, BODY, undefined)).toBe(false);
  });
});
