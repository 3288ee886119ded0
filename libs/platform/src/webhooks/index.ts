// Webhooks shared by every process that emits events (see emit.ts) and by the API's delivery
// worker (queue contract and signature format).
export * from './queue';
// The signature format lives with the client (receivers verify with it); the API signs with it.
export { DELIVERY_ID_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signWebhookBody, verifyWebhookSignature } from '@app/client';
export * from './emit';
