import type { DataSource } from 'typeorm';
import { rowsByIds } from '../../db/by-ids.js';
import { asEntities, columnsOf } from '../../db/rows.js';
import { Membership } from './membership.entity.js';

/** The SQL of memberships (country, organization, role). */

export function membershipsByIds(dataSource: DataSource, ids: readonly number[]): Promise<Membership[]> {
  return rowsByIds(dataSource, Membership, 'membership', ids);
}

/** Memberships of each country (or organization), by role then id. */
export async function membershipsOf(
  dataSource: DataSource,
  column: 'country_id' | 'organization_id',
  ids: readonly number[],
): Promise<Membership[]> {
  const rows: object[] = await dataSource.query(
    `SELECT ${columnsOf(dataSource, Membership)} FROM membership t WHERE t.${column} = ANY($1) ORDER BY t.role, t.id`,
    [ids],
  );
  return asEntities(Membership, rows);
}
