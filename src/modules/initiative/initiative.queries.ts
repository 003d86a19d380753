import { query } from '../../db/sql.js';
import type { DataSource } from 'typeorm';
import { rowsByIds } from '../../db/by-ids.js';
import { paginateSql } from '../../db/keyset.js';
import type { PageArgs } from '../../db/pagination.js';
import { asEntities, columnsOf } from '../../db/rows.js';
import type { InitiativeKind, InitiativeStatus } from '../common/enums.js';
import { nameMatches } from '../common/name.queries.js';
import { ORDERS } from '../common/orders.js';
import { InitiativeParty } from './initiative-party.entity.js';
import { Initiative } from './initiative.entity.js';

/** The SQL of initiatives and their parties. */

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

export interface InitiativeWhere {
  search?: string | null;
  kinds?: InitiativeKind[];
  statuses?: InitiativeStatus[];
  /** ISO 3166-1 alpha-2, upper-cased. */
  country?: string;
  organizationId?: number;
}

export function pageInitiatives(dataSource: DataSource, where: InitiativeWhere, page: PageArgs) {
  const { sql, params } = nameMatches(where.search);
  if (where.kinds) {
    sql.push('t.kind = ANY(:kinds)');
    params.kinds = where.kinds;
  }
  if (where.statuses) {
    sql.push('t.status = ANY(:statuses)');
    params.statuses = where.statuses;
  }
  if (where.country) {
    sql.push(`(${INVOLVES_COUNTRY.replaceAll('p.parent_id', '(SELECT id FROM country WHERE iso2 = :iso2)')})`);
    params.iso2 = where.country;
  }
  if (where.organizationId !== undefined) {
    sql.push('EXISTS (SELECT 1 FROM initiative_party ip WHERE ip.initiative_id = t.id AND ip.organization_id = :org)');
    params.org = where.organizationId;
  }
  return paginateSql(
    dataSource,
    { select: columnsOf(dataSource, Initiative), from: 'initiative t', where: sql, params },
    ORDERS.byName,
    page,
    (rows) => asEntities(Initiative, rows),
  );
}

export function initiativesByIds(dataSource: DataSource, ids: readonly number[]): Promise<Initiative[]> {
  return rowsByIds(dataSource, Initiative, 'initiative', ids);
}

/** The parties of each initiative, in the order they were recorded. */
export async function partiesOfInitiatives(
  dataSource: DataSource,
  initiativeIds: readonly number[],
): Promise<InitiativeParty[]> {
  const rows: object[] = await query(
    dataSource,
    `SELECT ${columnsOf(dataSource, InitiativeParty)} FROM initiative_party t WHERE t.initiative_id = ANY($1) ORDER BY t.id`,
    [initiativeIds],
  );
  return asEntities(InitiativeParty, rows);
}
