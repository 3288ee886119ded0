import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type Docker from 'dockerode';

/** The Docker engine answers a ping: without it this worker cannot judge anything. */
@Injectable()
export class DockerHealthIndicator {
  constructor(private readonly health: HealthIndicatorService) {}

  async pingCheck(key: string, docker: Docker, timeoutMs = 2000) {
    const indicator = this.health.check(key);
    try {
      const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs).unref());
      await Promise.race([docker.ping(), timeout]);
      return indicator.up();
    } catch {
      return indicator.down({ message: 'Docker engine is not reachable' });
    }
  }
}
