import type { DataSource } from 'typeorm';
import { rowsByIds } from '../../db/by-ids.js';
import { paginateSql } from '../../db/keyset.js';
import type { PageArgs } from '../../db/pagination.js';
import { asEntities, columnsOf } from '../../db/rows.js';
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

export function pageCountries(dataSource: DataSource, where: CountryWhere, page: PageArgs) {
  const { sql, params } = nameMatches(where.search, ['t.official_name', 't.iso2', 't.iso3'], ['t.aliases', 't.demonyms']);
  if (where.membership) {
    sql.push(
      `EXISTS (SELECT 1 FROM membership ms JOIN organization o ON o.id = ms.organization_id
        WHERE ms.country_id = t.id AND (upper(o.acronym) = upper(:org) OR lower(o.name) = lower(:org))
        ${where.membership.roles.length ? 'AND ms.role = ANY(:roles)' : ''})`,
    );
    params.org = where.membership.organization;
    if (where.membership.roles.length) params.roles = where.membership.roles;
  }
  return paginateSql(
    dataSource,
    { select: columnsOf(dataSource, Country), from: 'country t', where: sql, params },
    ORDERS.byName,
    page,
    (rows) => asEntities(Country, rows),
  );
}

export async function countryByIso2(dataSource: DataSource, iso2: string): Promise<Country | null> {
  const rows: object[] = await dataSource.query(`SELECT ${columnsOf(dataSource, Country)} FROM country t WHERE t.iso2 = $1`, [iso2]);
  return asEntities(Country, rows)[0] ?? null;
}

export function countriesByIds(dataSource: DataSource, ids: readonly number[]): Promise<Country[]> {
  return rowsByIds(dataSource, Country, 'country', ids);
}

/**
 * Rebuilds the search rules that make a country's names, demonyms and adjectives one
 * term (see the SearchSynonyms migration); run after the countries are seeded.
 */
export async function refreshSearchSynonyms(db: Pick<DataSource, 'query'>): Promise<number> {
  const [{ n }]: { n: number }[] = await db.query('SELECT accord_refresh_search_synonyms() AS n');
  return n;
}
