import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { AppError } from '../errors.js';
import { createLimiterStore, type LimiterOptions } from './rate-limit.store.js';

/**
 * Where counters live: anything that makes a rate-limiter-flexible limiter of `points`
 * per `duration` seconds. The server uses PostgreSQL (rate-limit.store.ts: one limit for
 * every process); process memory is the fallback.
 */
export type LimiterFactory = (options: LimiterOptions) => RateLimiterAbstract;

export const memoryLimiters: LimiterFactory = (options) => new RateLimiterMemory(options);
export const postgresLimiters =
  (dataSource: DataSource): LimiterFactory =>
  (options) =>
    createLimiterStore(options, dataSource);

/** What the client is told in `X-RateLimit-*` headers. */
export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Unix time (seconds) when the window resets. */
  resetAt: number;
}

export interface RateLimits {
  /** Counts one GraphQL request of `caller`; RATE_LIMITED (with `retryAfterSeconds`) over the limit. */
  request(caller: string): Promise<RateLimitState | null>;
  /** Refuses (RATE_LIMITED) an address that failed authentication too often, before looking the key up. */
  checkAuthFailures(address: string): Promise<void>;
  /** Counts a failed authentication from `address`. */
  authFailed(address: string): Promise<void>;
}

function stateOf(res: RateLimiterRes, limit: number): RateLimitState {
  return {
    limit,
    remaining: Math.max(0, res.remainingPoints),
    resetAt: Math.ceil((Date.now() + res.msBeforeNext) / 1000),
  };
}

function limited(res: RateLimiterRes, limit: number, what: string): AppError {
  const seconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
  return new AppError('RATE_LIMITED', `Too many ${what}: the limit is ${limit} per minute; retry in ${seconds} s.`, {
    retryAfterSeconds: seconds,
    rateLimit: stateOf(res, limit),
  });
}

/**
 * Requests per minute per caller (key name, or client address when anonymous), and failed
 * authentications per minute per address (so keys cannot be guessed at speed: past the
 * limit, every request from that address that carries a key is refused until the window
 * ends). 0 disables either.
 */
export function createRateLimits(
  options: { requestsPerMinute: number; authFailuresPerMinute: number },
  makeLimiter: LimiterFactory = memoryLimiters,
): RateLimits {
  const { requestsPerMinute, authFailuresPerMinute } = options;
  const requests =
    requestsPerMinute > 0 ? makeLimiter({ keyPrefix: 'graphql', points: requestsPerMinute, duration: 60 }) : null;
  const failures =
    authFailuresPerMinute > 0
      ? makeLimiter({ keyPrefix: 'auth-failures', points: authFailuresPerMinute, duration: 60 })
      : null;
  return {
    async request(caller) {
      if (!requests) return null;
      try {
        return stateOf(await requests.consume(caller), requestsPerMinute);
      } catch (error) {
        if (error instanceof RateLimiterRes) throw limited(error, requestsPerMinute, 'requests');
        throw error;
      }
    },
    async checkAuthFailures(address) {
      if (!failures) return;
      const res = await failures.get(address);
      if (res && res.consumedPoints >= authFailuresPerMinute)
        throw limited(res, authFailuresPerMinute, 'failed authentications from this address');
    },
    async authFailed(address) {
      if (!failures) return;
      await failures.consume(address).catch((error: unknown) => {
        if (!(error instanceof RateLimiterRes)) throw error;
      });
    },
  };
}

/** Requests per minute per caller only, as a function (the WebSocket side's shape). */
export function createRateLimiter(perMinute: number, dataSource?: DataSource): (caller: string) => Promise<void> {
  const limits = createRateLimits(
    { requestsPerMinute: perMinute, authFailuresPerMinute: 0 },
    dataSource ? postgresLimiters(dataSource) : memoryLimiters,
  );
  return async (caller) => void (await limits.request(caller));
}
