import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';

export interface LimiterOptions {
  /** Points per window. */
  points: number;
  /** Window length in seconds. */
  duration: number;
  /** Names the counter family inside the shared table (one row per prefix and caller). */
  keyPrefix: string;
}

/** The UNLOGGED table created by the RateLimit migration; counters are safe to lose in a crash. */
export const RATE_LIMIT_TABLE = 'rate_limit';

/**
 * Where rate-limit counters live. With a database, in PostgreSQL, so every API
 * process (cluster workers, replicas of the container, other machines) counts against
 * one limit; a process-memory limiter is the insurance when the database cannot
 * answer, so a database hiccup degrades to per-process limits instead of failing the
 * request. Without a database (unit use), process memory only.
 */
export function createLimiterStore(options: LimiterOptions, dataSource?: DataSource): RateLimiterAbstract {
  const memory = new RateLimiterMemory(options);
  if (!dataSource) return memory;
  return new RateLimiterPostgres({
    ...options,
    // TypeORM's pg pool (the primary's, when read replicas are configured): counters are writes.
    storeClient: dataSource,
    storeType: 'typeorm',
    tableName: RATE_LIMIT_TABLE,
    tableCreated: true,
    clearExpiredByTimeout: true,
    insuranceLimiter: memory,
  });
}
