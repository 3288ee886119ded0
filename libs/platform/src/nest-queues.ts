// The Nest side of ./queues: @nestjs/bullmq as it is, given the declared options. A process
// imports `bullQueues(config, ...names)` for the queues it uses, and provides each worker with
// `queueWorker(...)`; both attach the one Redis error listener (./redis).
import { BullModule, getQueueToken, OnWorkerEvent, Processor, type WorkerHost } from '@nestjs/bullmq';
import { type ClassProvider, type DynamicModule, type FactoryProvider, Logger, type Type } from '@nestjs/common';
import type { Queue, WorkerOptions } from 'bullmq';
import { type QueueConnectionConfig, type QueueName, queueOptions, workerOptions } from './queues';
import { logRedisErrors, redisErrorListener } from './redis';

/**
 * The named queues (inject with `@InjectQueue(name)`), each with its declared job options, the
 * deployment's prefix and a fail-fast connection. @nestjs/bullmq closes them on shutdown.
 */
export function bullQueues(config: QueueConnectionConfig, ...names: QueueName[]): DynamicModule {
  const registered = BullModule.registerQueue(...names.map((name) => ({ name, ...queueOptions(name, config) })));
  // Nest instantiates every provider of a module, so each queue gets its listener at start-up.
  const errorListeners: FactoryProvider[] = names.map((name) => ({
    provide: Symbol(`${name} queue error listener`),
    inject: [getQueueToken(name)],
    useFactory: (queue: Queue) => logRedisErrors(queue, new Logger('Queues'), `${name} queue`),
  }));
  return { ...registered, providers: [...(registered.providers ?? []), ...errorListeners] };
}

/**
 * Provides `host` (a WorkerHost) as the consumer of `queue`, with a connection that waits for
 * Redis, the deployment's prefix and `settings` (concurrency, lock duration...). @nestjs/bullmq
 * reads worker options from the @Processor decorator only, so a subclass carries the configured
 * ones, and the error listener as an @OnWorkerEvent('error') handler. The queue must be
 * registered too (bullQueues): @nestjs/bullmq looks its options up.
 */
export function queueWorker<T extends WorkerHost>(
  host: Type<T>,
  queue: QueueName,
  config: QueueConnectionConfig,
  settings: Omit<WorkerOptions, 'connection' | 'prefix'> = {},
): ClassProvider<T> {
  // `process` is the host's own; the subclass only adds options and the listener.
  const Host = host as unknown as new (...args: unknown[]) => { worker: WorkerHost['worker'] };
  class ConfiguredWorker extends Host {
    private readonly redisErrors = redisErrorListener(new Logger(host.name), `${queue} worker`);

    onRedisError(error: Error): void {
      this.redisErrors(error);
    }
  }
  Object.defineProperty(ConfiguredWorker, 'name', { value: `Configured${host.name}` });
  OnWorkerEvent('error')(ConfiguredWorker.prototype, 'onRedisError', Object.getOwnPropertyDescriptor(ConfiguredWorker.prototype, 'onRedisError')!);
  Processor(queue, workerOptions(config, settings))(ConfiguredWorker);
  return { provide: host, useClass: ConfiguredWorker as unknown as Type<T> };
}
