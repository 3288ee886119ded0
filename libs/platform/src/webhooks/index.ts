// Webhooks shared by every process that emits events (see emit.ts) and by the API's delivery
// worker (queue contract and signature format).
export * from './queue';
export * from './signature';
export * from './emit';
