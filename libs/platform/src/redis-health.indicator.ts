import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';

/** Anything with `ping()`: an ioredis client, or a BullMQ queue's client. */
export interface Pingable {
  ping(): Promise<unknown>;
}

/** Terminus has no Redis indicator; a PING with a short timeout is enough for readiness. */
@Injectable()
export class RedisHealthIndicator {
  constructor(private readonly health: HealthIndicatorService) {}

  async pingCheck(key: string, client: Pingable, timeoutMs = 1000) {
    const indicator = this.health.check(key);
    try {
      const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs).unref());
      await Promise.race([client.ping(), timeout]);
      return indicator.up();
    } catch {
      return indicator.down({ message: 'Redis is not reachable' });
    }
  }
}
