import type { DataSource } from 'typeorm';
import type { PageArgs } from '../../db/pagination.js';
import { idOf, iso2Codes } from '../common/ids.js';
import { pagePeople } from './person.queries.js';

export interface PersonQuery {
  search?: string | null;
  organization?: string | null;
  country?: string | null;
}

export function listPeople(dataSource: DataSource, filter: PersonQuery | null | undefined, page: PageArgs) {
  return pagePeople(
    dataSource,
    {
      search: filter?.search,
      organizationId: filter?.organization
        ? idOf('Organization', filter.organization, 'filter.organization')
        : undefined,
      country: filter?.country ? iso2Codes([filter.country], 'filter.country')[0] : undefined,
    },
    page,
  );
}
