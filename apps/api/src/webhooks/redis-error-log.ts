import type { Logger } from '@nestjs/common';

/**
 * An 'error' listener for a BullMQ Queue or Worker. Without one, an 'error' event (Redis went
 * away) is an uncaught exception that stops the API; BullMQ reconnects on its own, so logging
 * is enough. Repeats of the same message are dropped (they come at every reconnect attempt).
 */
export function redisErrorLogger(logger: Logger, what: string): (error: Error) => void {
  let last = '';
  return (error: Error) => {
    if (error.message === last) return;
    last = error.message;
    logger.warn(`${what}: ${error.message}`);
  };
}
