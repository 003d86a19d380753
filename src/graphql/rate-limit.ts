import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../errors.js';

/**
 * Requests per minute per caller (key name, or client address when anonymous), in
 * this process's memory. Over the limit is RATE_LIMITED with the seconds to wait.
 */
export function createRateLimiter(perMinute: number): (caller: string) => Promise<void> {
  if (perMinute === 0) return async () => {};
  const limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
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
