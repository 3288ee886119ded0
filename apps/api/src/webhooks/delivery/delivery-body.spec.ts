import { signedDeliveryRequest } from './delivery-body';

// The same body and secret as libs/platform/src/webhooks/signature.spec.ts, whose signature was
// computed with `openssl dgst -sha256 -hmac 'whsec_test-secret'`.
const OPENSSL_SIGNATURE = 'sha256=0d4ca2f8b83a61c1a12ad614d13ea059f6e4e9ed4dea261e229508923f90a4b4';

describe('signedDeliveryRequest', () => {
  const delivery = {
    id: 'd1',
    event: 'SUBMISSION_JUDGED' as const,
    createdAt: new Date('2026-11-22T00:00:00.000Z'),
    payload: { score: 0.5, note: 'héllo' },
  };

  it('serializes { id, event, createdAt, data } and signs exactly those bytes', () => {
    const { body, headers } = signedDeliveryRequest(delivery, 'whsec_test-secret');
    expect(body.toString('utf8')).toBe(
      '{"id":"d1","event":"SUBMISSION_JUDGED","createdAt":"2026-11-22T00:00:00.000Z","data":{"score":0.5,"note":"héllo"}}',
    );
    expect(headers).toMatchObject({
      'Content-Type': 'application/json',
      'X-Signature': OPENSSL_SIGNATURE,
      'X-Event': 'SUBMISSION_JUDGED',
      'X-Delivery-Id': 'd1',
    });
  });
});
