import { RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { AppError } from '../errors.js';
import { createLimiterStore } from './rate-limit.store.js';

/**
 * Requests per minute per caller (key name, or client address when anonymous), counted
 * in PostgreSQL so every API process shares one limit (see rate-limit.store.ts). Over
 * the limit is RATE_LIMITED with the seconds to wait.
 */
export function createRateLimiter(perMinute: number, dataSource?: DataSource): (caller: string) => Promise<void> {
  if (perMinute === 0) return async () => {};
  const limiter = createLimiterStore({ points: perMinute, duration: 60, keyPrefix: 'graphql' }, dataSource);
  return async (caller) => {
    try {
      await limiter.consume(caller);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const seconds = Math.ceil(error.msBeforeNext / 1000);
      throw new AppError('RATE_LIMITED', `Too many requests: the limit is ${perMinute} per minute; retry in ${seconds} s.`, {
        retryAfterSeconds: seconds,
      });
    }
  };
}
