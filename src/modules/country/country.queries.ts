import { query } from '../../db/sql.js';
import { nodeColumns, type JsonList, type JsonTable } from '../../db/json-select.js';
import type { DataSource } from 'typeorm';
import { rowsByIds } from '../../db/by-ids.js';
import { paginateSql } from '../../db/keyset.js';
import type { PageArgs } from '../../db/pagination.js';
import { asEntities, columnsOf, entityFrom, prefixedColumnsOf } from '../../db/rows.js';
import { Membership } from '../membership/membership.entity.js';
import { Organization } from '../organization/organization.entity.js';
import type { MembershipRole } from '../common/enums.js';
import { nameMatches } from '../common/name.queries.js';
import { ORDERS } from '../common/orders.js';
import { Country } from './country.entity.js';

/** The SQL of countries. */

export interface CountryWhere {
  search?: string | null;
  /** Acronym or name of the organization, trimmed. */
  membership?: { organization: string; roles: MembershipRole[] };
}

/** The countries a filter selects, by name (alias `t`): for `pageCountries` and JSON connections. */
export function countryList(where: CountryWhere): JsonList {
  const { sql, params } = nameMatches(
    where.search,
    ['t.official_name', 't.iso2', 't.iso3'],
    ['t.aliases', 't.demonyms'],
  );
  if (where.membership) {
    sql.push(
      `EXISTS (SELECT 1 FROM membership ms JOIN organization o ON o.id = ms.organization_id
        WHERE ms.country_id = t.id AND (upper(o.acronym) = upper(:org) OR lower(o.name) = lower(:org))
        ${where.membership.roles.length ? 'AND ms.role = ANY(:roles)' : ''})`,
    );
    params.org = where.membership.organization;
    if (where.membership.roles.length) params.roles = where.membership.roles;
  }
  return { from: 'country t', where: sql, params, order: ORDERS.byName };
}

export function pageCountries(dataSource: DataSource, where: CountryWhere, page: PageArgs) {
  const list = countryList(where);
  return paginateSql(
    dataSource,
    { select: columnsOf(dataSource, Country), from: list.from, where: list.where, params: list.params },
    list.order,
    page,
    (rows) => asEntities(Country, rows),
  );
}

export async function countryByIso2(dataSource: DataSource, iso2: string): Promise<Country | null> {
  const rows: object[] = await query(
    dataSource,
    `SELECT ${columnsOf(dataSource, Country)} FROM country t WHERE t.iso2 = $1`,
    [iso2],
  );
  return asEntities(Country, rows)[0] ?? null;
}

export function countriesByIds(dataSource: DataSource, ids: readonly number[]): Promise<Country[]> {
  return rowsByIds(dataSource, Country, 'country', ids);
}

/**
 * A country by code together with its memberships and their organizations, in one
 * statement (for `country(iso2:) { memberships { organization } }`).
 */
export async function countryByIso2WithMemberships(
  dataSource: DataSource,
  iso2: string,
): Promise<{ country: Country; memberships: { membership: Membership; organization: Organization }[] } | null> {
  const rows: Record<string, unknown>[] = await query(
    dataSource,
    `SELECT ${prefixedColumnsOf(dataSource, Country, 'c')}, ${prefixedColumnsOf(dataSource, Membership, 'm')}, ${prefixedColumnsOf(dataSource, Organization, 'o')}
     FROM country c
     LEFT JOIN membership m ON m.country_id = c.id
     LEFT JOIN organization o ON o.id = m.organization_id
     WHERE c.iso2 = $1 ORDER BY m.role, m.id`,
    [iso2],
  );
  if (rows.length === 0) return null;
  return {
    country: entityFrom(dataSource, Country, rows[0], 'c')!,
    memberships: rows
      .filter((row) => row['m.id'] != null)
      .map((row) => ({
        membership: entityFrom(dataSource, Membership, row, 'm')!,
        organization: entityFrom(dataSource, Organization, row, 'o')!,
      })),
  };
}

/**
 * Rebuilds the search rules that make a country's names, demonyms and adjectives one
 * term (see the SearchSynonyms migration); run after the countries are seeded.
 */
export async function refreshSearchSynonyms(db: Pick<DataSource, 'query'>): Promise<number> {
  const [{ n }]: { n: number }[] = await db.query('SELECT accord_refresh_search_synonyms() AS n');
  return n;
}

/** Countries as JSON built in SQL (see db/json-select.ts). */
export const COUNTRY_JSON: JsonTable = {
  typeName: 'Country',
  table: 'country',
  columns: nodeColumns('Country', [
    'name',
    'officialName',
    'iso2',
    'iso3',
    'region',
    'subregion',
    'demonyms',
    'aliases',
  ]),
  relations: {
    memberships: {
      kind: 'many',
      target: 'Membership',
      join: (p, c) => `${c}.country_id = ${p}.id`,
      order: (c) => `${c}.role, ${c}.id`,
    },
  },
};

/** The country with an ISO 3166-1 alpha-2 code (already upper-cased), for a JSON object. */
export function countryJsonByIso2(iso2: string): Omit<JsonList, 'order'> {
  return { from: 'country t', where: ['t.iso2 = :iso2'], params: { iso2 } };
}
