import type { DataSource } from 'typeorm';
import type { PageArgs } from '../../db/pagination.js';
import { badInput } from '../../errors.js';
import type { MembershipRole } from '../common/enums.js';
import { countryByIso2, countryByIso2WithMemberships, pageCountries, type CountryWhere } from './country.queries.js';

export interface CountryQuery {
  search?: string | null;
  membership?: { organization: string; roles?: MembershipRole[] | null } | null;
}

/** Checks a client's country filter. */
export function countryWhere(filter: CountryQuery | null | undefined): CountryWhere {
  const where: CountryWhere = { search: filter?.search };
  if (filter?.membership) {
    const organization = filter.membership.organization.trim();
    if (!organization) throw badInput('`filter.membership.organization` needs an acronym or a name, e.g. "SCO".');
    where.membership = { organization, roles: filter.membership.roles ?? [] };
  }
  return where;
}

export function listCountries(dataSource: DataSource, filter: CountryQuery | null | undefined, page: PageArgs) {
  return pageCountries(dataSource, countryWhere(filter), page);
}

export function findCountryByIso2(dataSource: DataSource, iso2: string) {
  return countryByIso2(dataSource, iso2.trim().toUpperCase());
}

/** The country and its memberships with their organizations, in one statement. */
export function findCountryWithMemberships(dataSource: DataSource, iso2: string) {
  return countryByIso2WithMemberships(dataSource, iso2.trim().toUpperCase());
}
