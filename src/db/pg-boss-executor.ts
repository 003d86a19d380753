import type { DataSource, EntityManager } from 'typeorm';

/** What pg-boss calls to run its SQL when it is not given a pool of its own. */
export interface PgBossExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[]; rowCount: number }>;
}

/**
 * pg-boss's SQL on a TypeORM connection: the caller's transaction (an EntityManager
 * from `dataSource.transaction`), so a job's queue tasks commit or roll back with it, or
 * a connection borrowed from the pool.
 */
export function pgBossExecutor(on: EntityManager | DataSource): PgBossExecutor {
  return {
    async executeSql(text, values = []) {
      const inTransaction = 'queryRunner' in on ? on.queryRunner : undefined;
      const runner = inTransaction ?? (on as DataSource).createQueryRunner();
      try {
        const result = await runner.query(text, values, true);
        return { rows: result.records ?? [], rowCount: result.affected ?? 0 };
      } finally {
        if (!inTransaction) await runner.release();
      }
    },
  };
}
