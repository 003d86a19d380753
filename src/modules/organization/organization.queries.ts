import { query } from '../../db/sql.js';
import { nodeColumns, type JsonList, type JsonTable } from '../../db/json-select.js';
import type { DataSource, EntityManager } from 'typeorm';
import { rowsByIds } from '../../db/by-ids.js';
import { paginateSql } from '../../db/keyset.js';
import type { PageArgs } from '../../db/pagination.js';
import { asEntities, columnsOf, positional } from '../../db/rows.js';
import type { OrganizationKind } from '../common/enums.js';
import { nameMatches } from '../common/name.queries.js';
import { ORDERS } from '../common/orders.js';
import { Organization } from './organization.entity.js';

/** The SQL of organizations. */

export interface OrganizationWhere {
  search?: string | null;
  kinds?: OrganizationKind[];
  /** ISO 3166-1 alpha-2 of the seat, upper-cased. */
  country?: string;
}

/** The organizations a filter selects, by name (alias `t`): for `pageOrganizations` and JSON connections. */
export function organizationList(where: OrganizationWhere): JsonList {
  const { sql, params } = nameMatches(where.search, ['t.acronym']);
  if (where.kinds) {
    sql.push('t.kind = ANY(:kinds)');
    params.kinds = where.kinds;
  }
  if (where.country) {
    sql.push('t.country_id = (SELECT id FROM country WHERE iso2 = :iso2)');
    params.iso2 = where.country;
  }
  return { from: 'organization t', where: sql, params, order: ORDERS.byName };
}

export function pageOrganizations(dataSource: DataSource, where: OrganizationWhere, page: PageArgs) {
  const list = organizationList(where);
  return paginateSql(
    dataSource,
    { select: columnsOf(dataSource, Organization), from: list.from, where: list.where, params: list.params },
    list.order,
    page,
    (rows) => asEntities(Organization, rows),
  );
}

/** By acronym (case-insensitive) and/or exact name or alias; the one with the most mentions first. */
export async function findOrganizationRow(
  dataSource: DataSource,
  acronym: string | null,
  name: string | null,
): Promise<Organization | null> {
  const sql: string[] = [];
  if (acronym) sql.push('upper(t.acronym) = upper(:acronym)');
  if (name)
    sql.push(
      '(lower(t.name) = lower(:name) OR EXISTS (SELECT 1 FROM unnest(t.aliases) a WHERE lower(a) = lower(:name)))',
    );
  const { text, values } = positional(
    // An acronym can be shared (CHA); the body with the most mentions is the likely one.
    `SELECT ${columnsOf(dataSource, Organization)} FROM organization t WHERE ${sql.join(' AND ')}
     ORDER BY (SELECT count(*) FROM mention m WHERE m.organization_id = t.id) DESC, t.id ASC LIMIT 1`,
    { ...(acronym ? { acronym } : {}), ...(name ? { name } : {}) },
  );
  const rows: object[] = await query(dataSource, text, values);
  return asEntities(Organization, rows)[0] ?? null;
}

export function organizationsByIds(dataSource: DataSource, ids: readonly number[]): Promise<Organization[]> {
  return rowsByIds(dataSource, Organization, 'organization', ids);
}

/** True when `ancestorId` is `id` or above it in the parent chain. */
export async function isAncestorOrSelf(manager: EntityManager, ancestorId: number, id: number): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `WITH RECURSIVE up(id, parent_id) AS (
       SELECT id, parent_id FROM organization WHERE id = $1
       UNION SELECT o.id, o.parent_id FROM organization o JOIN up ON o.id = up.parent_id
     ) SELECT 1 FROM up WHERE id = $2 LIMIT 1`,
    [id, ancestorId],
  );
  return rows.length > 0;
}

/** Organizations as JSON built in SQL (see db/json-select.ts). */
export const ORGANIZATION_JSON: JsonTable = {
  typeName: 'Organization',
  table: 'organization',
  columns: nodeColumns('Organization', ['name', 'acronym', 'aliases', 'kind']),
  relations: {
    country: { kind: 'one', target: 'Country', join: (p, c) => `${c}.id = ${p}.country_id` },
    parent: { kind: 'one', target: 'Organization', join: (p, c) => `${c}.id = ${p}.parent_id` },
    memberships: {
      kind: 'many',
      target: 'Membership',
      join: (p, c) => `${c}.organization_id = ${p}.id`,
      order: (c) => `${c}.role, ${c}.id`,
    },
  },
};
