import type { DataSource } from 'typeorm';
import type { PageArgs } from '../../db/pagination.js';
import type { InitiativeKind, InitiativeStatus } from '../common/enums.js';
import { idOf, iso2Codes } from '../common/ids.js';
import { pageInitiatives } from './initiative.queries.js';

export interface InitiativeQuery {
  search?: string | null;
  kinds?: InitiativeKind[] | null;
  statuses?: InitiativeStatus[] | null;
  country?: string | null;
  organization?: string | null;
}

export function listInitiatives(dataSource: DataSource, filter: InitiativeQuery | null | undefined, page: PageArgs) {
  return pageInitiatives(
    dataSource,
    {
      search: filter?.search,
      kinds: filter?.kinds?.length ? filter.kinds : undefined,
      statuses: filter?.statuses?.length ? filter.statuses : undefined,
      country: filter?.country ? iso2Codes([filter.country], 'filter.country')[0] : undefined,
      organizationId: filter?.organization
        ? idOf('Organization', filter.organization, 'filter.organization')
        : undefined,
    },
    page,
  );
}
