import type { DataSource } from 'typeorm';
import type { PageArgs } from '../../db/pagination.js';
import { idOf, iso2Codes } from '../common/ids.js';
import { pagePeople, type PersonWhere } from './person.queries.js';

export interface PersonQuery {
  search?: string | null;
  organization?: string | null;
  country?: string | null;
}

/** Checks a client's person filter (an organization's ID, a country code). */
export function personWhere(filter: PersonQuery | null | undefined): PersonWhere {
  return {
    search: filter?.search,
    organizationId: filter?.organization ? idOf('Organization', filter.organization, 'filter.organization') : undefined,
    country: filter?.country ? iso2Codes([filter.country], 'filter.country')[0] : undefined,
  };
}

export function listPeople(dataSource: DataSource, filter: PersonQuery | null | undefined, page: PageArgs) {
  return pagePeople(dataSource, personWhere(filter), page);
}
