import type { Pool, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * Reads straight through the DataSource's pg pool, as named prepared statements: each
 * distinct SQL text is parsed and planned once per connection instead of on every
 * request, and no TypeORM QueryRunner is made per statement. Statements are still
 * reported to the DataSource's logger (the per-request SQL count, trace logs, slow
 * queries). Writes and transactions stay on TypeORM.
 */

const names = new Map<string, string>();
/** Distinct texts kept as prepared statements; filter combinations beyond this run unnamed. */
const MAX_PREPARED = 1000;

function nameOf(text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined && names.size < MAX_PREPARED) {
    name = `accord_${names.size + 1}`;
    names.set(text, name);
  }
  return name;
}

export async function query<T extends QueryResultRow = Record<string, unknown>>(
  dataSource: DataSource,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const pool = (dataSource.driver as unknown as { master?: Pool }).master;
  if (!pool) return dataSource.query(text, values);
  const logger = dataSource.logger;
  logger.logQuery(text, values);
  const started = Date.now();
  const result = await pool.query<T>({ name: nameOf(text), text, values });
  const elapsed = Date.now() - started;
  const slow = dataSource.options.maxQueryExecutionTime;
  if (slow && elapsed > slow) logger.logQuerySlow(elapsed, text, values);
  return result.rows;
}
