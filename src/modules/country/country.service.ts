import type { DataSource } from 'typeorm';
import { paginateQuery } from '../../db/keyset.js';
import { badInput } from '../../errors.js';
import type { PageArgs } from '../../graphql/pagination/cursor.js';
import type { MembershipRole } from '../common/enums.js';
import { whereNameMatches } from '../common/name-search.js';
import { ORDERS } from '../common/orders.js';
import { Country } from './country.entity.js';

export interface CountryQuery {
  search?: string | null;
  membership?: { organization: string; roles?: MembershipRole[] | null } | null;
}

export async function listCountries(dataSource: DataSource, filter: CountryQuery | null | undefined, page: PageArgs) {
  const qb = dataSource.getRepository(Country).createQueryBuilder('t');
  whereNameMatches(qb, filter?.search, ['t.official_name', 't.iso2', 't.iso3'], ['t.aliases', 't.demonyms']);
  if (filter?.membership) {
    const organization = filter.membership.organization.trim();
    if (!organization) throw badInput('`filter.membership.organization` needs an acronym or a name, e.g. "SCO".');
    qb.andWhere(
      `EXISTS (SELECT 1 FROM membership ms JOIN organization o ON o.id = ms.organization_id
        WHERE ms.country_id = t.id AND (upper(o.acronym) = upper(:org) OR lower(o.name) = lower(:org))
        ${filter.membership.roles?.length ? 'AND ms.role = ANY(:roles)' : ''})`,
      { org: organization, roles: filter.membership.roles ?? [] },
    );
  }
  return paginateQuery(qb, ORDERS.byName, page);
}

export function findCountryByIso2(dataSource: DataSource, iso2: string) {
  return dataSource.getRepository(Country).findOneBy({ iso2: iso2.trim().toUpperCase() });
}
