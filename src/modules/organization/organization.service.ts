import type { DataSource } from 'typeorm';
import { paginateQuery } from '../../db/keyset.js';
import { badInput } from '../../errors.js';
import type { PageArgs } from '../../graphql/pagination/cursor.js';
import type { OrganizationKind } from '../common/enums.js';
import { iso2Codes } from '../common/ids.js';
import { whereNameMatches } from '../common/name-search.js';
import { ORDERS } from '../common/orders.js';
import { Organization } from './organization.entity.js';

export interface OrganizationQuery {
  search?: string | null;
  kinds?: OrganizationKind[] | null;
  country?: string | null;
}

export async function listOrganizations(dataSource: DataSource, filter: OrganizationQuery | null | undefined, page: PageArgs) {
  const qb = dataSource.getRepository(Organization).createQueryBuilder('t');
  whereNameMatches(qb, filter?.search, ['t.acronym']);
  if (filter?.kinds?.length) qb.andWhere('t.kind = ANY(:kinds)', { kinds: filter.kinds });
  if (filter?.country) {
    qb.andWhere('t.country_id = (SELECT id FROM country WHERE iso2 = :iso2)', {
      iso2: iso2Codes([filter.country], 'filter.country')[0],
    });
  }
  return paginateQuery(qb, ORDERS.byName, page);
}

/** By acronym (case-insensitive) or exact name / alias; with both, both must match. */
export async function findOrganization(dataSource: DataSource, acronym?: string | null, name?: string | null) {
  if (!acronym?.trim() && !name?.trim()) throw badInput('Pass `acronym` or `name`, e.g. organization(acronym: "SCO").');
  const qb = dataSource.getRepository(Organization).createQueryBuilder('t');
  if (acronym?.trim()) qb.andWhere('upper(t.acronym) = upper(:acronym)', { acronym: acronym.trim() });
  if (name?.trim()) {
    qb.andWhere('(lower(t.name) = lower(:name) OR EXISTS (SELECT 1 FROM unnest(t.aliases) a WHERE lower(a) = lower(:name)))', {
      name: name.trim(),
    });
  }
  // An acronym can be shared (CHA); the body with the most mentions is the likely one.
  qb.orderBy('(SELECT count(*) FROM mention m WHERE m.organization_id = t.id)', 'DESC').addOrderBy('t.id', 'ASC');
  return qb.getOne();
}
