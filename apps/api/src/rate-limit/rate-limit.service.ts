import { Inject, Injectable } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../common/app-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { REDIS } from '../redis/redis.module';

export type LimitedAction = 'signUp' | 'logIn';
export type SubjectLimitedAction = 'submit' | 'runCode' | 'badToken';

/** What a spent limit says, per action: the words of the message and its `reason`. */
const SUBJECT_REFUSALS: Record<SubjectLimitedAction, { what: string; reason: string }> = {
  submit: { what: 'submissions', reason: 'SUBMISSION_RATE' },
  runCode: { what: 'code runs', reason: 'RUN_CODE' },
  badToken: { what: 'invalid tokens', reason: 'BAD_TOKEN_RATE' },
};

interface LimitPair {
  perIp: RateLimiterRedis;
  perEmail: RateLimiterRedis;
}

/**
 * Redis-backed limits, so they hold across API replicas. While Redis is unreachable each
 * process falls back to an in-memory limiter of the same size (never unlimited).
 */
@Injectable()
export class RateLimitService {
  private readonly limits: Record<LimitedAction, LimitPair>;
  private readonly subjectLimits: Record<SubjectLimitedAction, RateLimiterRedis>;

  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    const make = (name: string, points: number, duration: number) =>
      new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: `${config.REDIS_KEY_PREFIX}:rl:${name}`,
        points,
        duration,
        insuranceLimiter: new RateLimiterMemory({ points, duration }),
      });
    this.limits = {
      signUp: {
        perIp: make('signup-ip', config.RATE_LIMIT_SIGNUP_PER_HOUR, 3600),
        perEmail: make('signup-email', config.RATE_LIMIT_SIGNUP_PER_HOUR, 3600),
      },
      logIn: {
        perIp: make('login-ip', config.RATE_LIMIT_LOGIN_PER_15MIN, 900),
        perEmail: make('login-email', config.RATE_LIMIT_LOGIN_PER_15MIN, 900),
      },
    };
    this.subjectLimits = {
      submit: make('submit', config.RATE_LIMIT_SUBMISSIONS_PER_MINUTE, 60),
      runCode: make('run-code', config.RATE_LIMIT_RUNS_PER_MINUTE, 60),
      badToken: make('bad-token', config.RATE_LIMIT_BAD_TOKENS_PER_15MIN, 900),
    };
  }

  /** Counts one action of a subject (e.g. a candidate's invitation); RATE_LIMITED once spent. */
  async consumeFor(action: SubjectLimitedAction, subject: string, field?: string): Promise<void> {
    try {
      await this.subjectLimits[action].consume(subject);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        const { what, reason } = SUBJECT_REFUSALS[action];
        throw new AppError('RATE_LIMITED', `Too many ${what}; try again later`, field, {
          reason,
          retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000),
        });
      }
      throw rejection;
    }
  }

  /** Counts one attempt; throws RATE_LIMITED (with retryAfterSeconds) once a limit is spent. */
  async consume(action: LimitedAction, ip: string, email: string): Promise<void> {
    const { perIp, perEmail } = this.limits[action];
    try {
      await Promise.all([perIp.consume(ip), perEmail.consume(email.trim().toLowerCase())]);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        throw new AppError('RATE_LIMITED', 'Too many attempts; try again later', undefined, {
          retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000),
        });
      }
      throw rejection;
    }
  }
}
