// What a receiver gets: the JSON body and the headers that identify and sign it.
import type { WebhookDelivery } from '@prisma/client';
import { DELIVERY_ID_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signWebhookBody } from '@app/platform';

export interface SignedRequest {
  body: Buffer;
  headers: Record<string, string>;
}

/** `{ id, event, createdAt, data }`, serialized once so the signature covers the bytes sent. */
export function signedDeliveryRequest(delivery: Pick<WebhookDelivery, 'id' | 'event' | 'createdAt' | 'payload'>, secret: string): SignedRequest {
  const body = Buffer.from(
    JSON.stringify({ id: delivery.id, event: delivery.event, createdAt: delivery.createdAt.toISOString(), data: delivery.payload }),
    'utf8',
  );
  return {
    body,
    headers: {
      'Content-Type': 'application/json',
      'User-Agent': 'ml-judge-webhooks/1',
      [SIGNATURE_HEADER]: signWebhookBody(secret, body),
      [EVENT_HEADER]: delivery.event,
      [DELIVERY_ID_HEADER]: delivery.id,
    },
  };
}
