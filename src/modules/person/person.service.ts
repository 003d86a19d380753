import type { DataSource } from 'typeorm';
import { paginateQuery } from '../../db/keyset.js';
import type { PageArgs } from '../../graphql/pagination/cursor.js';
import { idOf, iso2Codes } from '../common/ids.js';
import { whereNameMatches } from '../common/name-search.js';
import { ORDERS } from '../common/orders.js';
import { Person } from './person.entity.js';

export interface PersonQuery {
  search?: string | null;
  organization?: string | null;
  country?: string | null;
}

export async function listPeople(dataSource: DataSource, filter: PersonQuery | null | undefined, page: PageArgs) {
  const qb = dataSource.getRepository(Person).createQueryBuilder('t');
  whereNameMatches(qb, filter?.search, ['t.title']);
  if (filter?.organization) {
    qb.andWhere('t.organization_id = :org', { org: idOf('Organization', filter.organization, 'filter.organization') });
  }
  if (filter?.country) {
    qb.andWhere('t.country_id = (SELECT id FROM country WHERE iso2 = :iso2)', {
      iso2: iso2Codes([filter.country], 'filter.country')[0],
    });
  }
  return paginateQuery(qb, ORDERS.byName, page);
}
