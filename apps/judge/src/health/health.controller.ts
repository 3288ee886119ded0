import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService, PrismaHealthIndicator } from '@nestjs/terminus';
import { PrismaService, RedisHealthIndicator } from '@app/platform';
import type { Redis } from 'ioredis';
import type Docker from 'dockerode';
import { DOCKER } from '../worker/docker.provider';
import { REDIS } from '../worker/redis.provider';
import { DockerHealthIndicator } from './docker.health';

@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly prismaIndicator: PrismaHealthIndicator,
    private readonly redisIndicator: RedisHealthIndicator,
    private readonly dockerIndicator: DockerHealthIndicator,
    private readonly prisma: PrismaService,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(DOCKER) private readonly docker: Docker,
  ) {}

  /** Liveness: the process answers. */
  @Get('health')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** Readiness: PostgreSQL, Redis and the Docker engine answer. */
  @Get('ready')
  @HealthCheck()
  async ready() {
    return this.health.check([
      () => this.prismaIndicator.pingCheck('database', this.prisma, { timeout: 1000 }),
      () => this.redisIndicator.pingCheck('redis', this.redis),
      () => this.dockerIndicator.pingCheck('docker', this.docker),
    ]);
  }
}
