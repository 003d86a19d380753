import { query } from '../../db/sql.js';
import { nodeColumns, type JsonTable } from '../../db/json-select.js';
import type { DataSource } from 'typeorm';
import { rowsByIds } from '../../db/by-ids.js';
import { entityFrom, prefixedColumnsOf } from '../../db/rows.js';
import { Country } from '../country/country.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Membership } from './membership.entity.js';

/** The SQL of memberships (country, organization, role). */

export function membershipsByIds(dataSource: DataSource, ids: readonly number[]): Promise<Membership[]> {
  return rowsByIds(dataSource, Membership, 'membership', ids);
}

/** Memberships of each country (or organization) with the other side joined in, to prime the by-id loaders. */
export async function membershipsWithPartiesOf(
  dataSource: DataSource,
  column: 'country_id' | 'organization_id',
  ids: readonly number[],
): Promise<{ membership: Membership; country: Country; organization: Organization }[]> {
  const rows: Record<string, unknown>[] = await query(
    dataSource,
    `SELECT ${prefixedColumnsOf(dataSource, Membership, 't')}, ${prefixedColumnsOf(dataSource, Country, 'c')}, ${prefixedColumnsOf(dataSource, Organization, 'o')}
     FROM membership t JOIN country c ON c.id = t.country_id JOIN organization o ON o.id = t.organization_id
     WHERE t.${column} = ANY($1) ORDER BY t.role, t.id`,
    [ids],
  );
  return rows.map((row) => ({
    membership: entityFrom(dataSource, Membership, row, 't')!,
    country: entityFrom(dataSource, Country, row, 'c')!,
    organization: entityFrom(dataSource, Organization, row, 'o')!,
  }));
}

/** Memberships as JSON built in SQL (see db/json-select.ts). */
export const MEMBERSHIP_JSON: JsonTable = {
  typeName: 'Membership',
  table: 'membership',
  columns: nodeColumns('Membership', ['role', 'since', 'until']),
  relations: {
    country: { kind: 'one', target: 'Country', join: (p, c) => `${c}.id = ${p}.country_id` },
    organization: { kind: 'one', target: 'Organization', join: (p, c) => `${c}.id = ${p}.organization_id` },
  },
};
