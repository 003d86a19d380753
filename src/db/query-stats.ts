import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as TypeOrmLogger, QueryRunner } from 'typeorm';
import type { Logger } from 'pino';

interface QueryStats {
  statements: number;
}

const storage = new AsyncLocalStorage<QueryStats>();

/** Runs `fn` counting the SQL statements it sends (used per GraphQL request). */
export function withQueryStats<T>(fn: () => T): { stats: QueryStats; result: T } {
  const stats: QueryStats = { statements: 0 };
  return { stats, result: storage.run(stats, fn) };
}

export function currentQueryStats(): QueryStats | undefined {
  return storage.getStore();
}

/**
 * TypeORM logger that counts statements for the request in progress (the N+1 test
 * reads the count) and forwards to pino: queries at trace, slow queries at warn.
 */
export class CountingLogger implements TypeOrmLogger {
  constructor(private readonly pino: Logger) {}

  logQuery(query: string, parameters?: unknown[], _runner?: QueryRunner): void {
    const stats = storage.getStore();
    if (stats) stats.statements += 1;
    if (this.pino.isLevelEnabled('trace')) this.pino.trace({ query, parameters }, 'sql');
  }

  logQueryError(error: string | Error, query: string, parameters?: unknown[]): void {
    this.pino.debug({ err: error, query, parameters }, 'sql error');
  }

  logQuerySlow(time: number, query: string): void {
    this.pino.warn({ ms: time, query: query.slice(0, 500) }, 'slow query');
  }

  logSchemaBuild(message: string): void {
    this.pino.debug(message);
  }

  logMigration(message: string): void {
    this.pino.info(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    // At shutdown the embedded server may stop before the pool; that is expected, not a warning.
    if (level === 'warn' && !String(message).includes('administrator command')) this.pino.warn(String(message));
    else this.pino.debug(String(message));
  }
}
