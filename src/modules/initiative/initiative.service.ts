import type { DataSource } from 'typeorm';
import { paginateQuery } from '../../db/keyset.js';
import type { PageArgs } from '../../graphql/pagination/cursor.js';
import type { InitiativeKind, InitiativeStatus } from '../common/enums.js';
import { idOf, iso2Codes } from '../common/ids.js';
import { whereNameMatches } from '../common/name-search.js';
import { ORDERS } from '../common/orders.js';
import { Initiative } from './initiative.entity.js';

/**
 * An initiative involves a country (alias `t`, country id `p.parent_id`) when the country,
 * a body seated there or a person from there proposed it or takes part, or when a
 * statement names both ("supports the initiative of Tajikistan to hold the Forum").
 */
export const INVOLVES_COUNTRY = `EXISTS (SELECT 1 FROM initiative_party ip
    LEFT JOIN organization o ON o.id = ip.organization_id
    LEFT JOIN person pe ON pe.id = ip.person_id
    WHERE ip.initiative_id = t.id AND p.parent_id IN (ip.country_id, o.country_id, pe.country_id))
  OR EXISTS (SELECT 1 FROM statement_initiative si JOIN statement_country sc ON sc.statement_id = si.statement_id
    WHERE si.initiative_id = t.id AND sc.country_id = p.parent_id)`;

export interface InitiativeQuery {
  search?: string | null;
  kinds?: InitiativeKind[] | null;
  statuses?: InitiativeStatus[] | null;
  country?: string | null;
  organization?: string | null;
}

export async function listInitiatives(dataSource: DataSource, filter: InitiativeQuery | null | undefined, page: PageArgs) {
  const qb = dataSource.getRepository(Initiative).createQueryBuilder('t');
  whereNameMatches(qb, filter?.search);
  if (filter?.kinds?.length) qb.andWhere('t.kind = ANY(:kinds)', { kinds: filter.kinds });
  if (filter?.statuses?.length) qb.andWhere('t.status = ANY(:statuses)', { statuses: filter.statuses });
  if (filter?.country) {
    qb.andWhere(`(${INVOLVES_COUNTRY.replaceAll('p.parent_id', '(SELECT id FROM country WHERE iso2 = :iso2)')})`, {
      iso2: iso2Codes([filter.country], 'filter.country')[0],
    });
  }
  if (filter?.organization) {
    qb.andWhere('EXISTS (SELECT 1 FROM initiative_party ip WHERE ip.initiative_id = t.id AND ip.organization_id = :org)', {
      org: idOf('Organization', filter.organization, 'filter.organization'),
    });
  }
  return paginateQuery(qb, ORDERS.byName, page);
}
