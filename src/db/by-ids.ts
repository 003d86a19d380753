import { query } from './sql.js';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { asEntities, columnsOf } from './rows.js';

/** Rows of `entity` (table `table`) by id, as plain rows with the entity's prototype. */
export async function rowsByIds<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T> & (abstract new () => T),
  table: string,
  ids: readonly number[],
): Promise<T[]> {
  const rows: object[] = await query(
    dataSource,
    `SELECT ${columnsOf(dataSource, entity)} FROM ${table} t WHERE t.id = ANY($1)`,
    [ids],
  );
  return asEntities(entity, rows);
}
