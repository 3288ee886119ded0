// Infrastructure shared by the API and the judge workers (never by the other libs).
export * from './prisma.service';
export * from './redis-health.indicator';
export * from './redis';
export * from './queues';
export * from './nest-queues';
export * from './config';
export * from './logging';
export * from './webhooks';
