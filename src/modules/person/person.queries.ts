import type { DataSource } from 'typeorm';
import { nodeColumns, type JsonList, type JsonTable } from '../../db/json-select.js';
import { rowsByIds } from '../../db/by-ids.js';
import { paginateSql } from '../../db/keyset.js';
import type { PageArgs } from '../../db/pagination.js';
import { asEntities, columnsOf } from '../../db/rows.js';
import { nameMatches } from '../common/name.queries.js';
import { ORDERS } from '../common/orders.js';
import { Person } from './person.entity.js';

/** The SQL of people. */

export interface PersonWhere {
  search?: string | null;
  organizationId?: number;
  /** ISO 3166-1 alpha-2, upper-cased. */
  country?: string;
}

/** The people a filter selects, by name (alias `t`): for `pagePeople` and JSON connections. */
export function personList(where: PersonWhere): JsonList {
  const { sql, params } = nameMatches(where.search, ['t.title']);
  if (where.organizationId !== undefined) {
    sql.push('t.organization_id = :org');
    params.org = where.organizationId;
  }
  if (where.country) {
    sql.push('t.country_id = (SELECT id FROM country WHERE iso2 = :iso2)');
    params.iso2 = where.country;
  }
  return { from: 'person t', where: sql, params, order: ORDERS.byName };
}

export function pagePeople(dataSource: DataSource, where: PersonWhere, page: PageArgs) {
  const list = personList(where);
  return paginateSql(
    dataSource,
    { select: columnsOf(dataSource, Person), from: list.from, where: list.where, params: list.params },
    list.order,
    page,
    (rows) => asEntities(Person, rows),
  );
}

export function peopleByIds(dataSource: DataSource, ids: readonly number[]): Promise<Person[]> {
  return rowsByIds(dataSource, Person, 'person', ids);
}

/** Nested relations (alias `t` = person, `p.parent_id` = the parent). */
export const PEOPLE_OF = {
  organization: 't.organization_id = p.parent_id',
};

/** People as JSON built in SQL (see db/json-select.ts). */
export const PERSON_JSON: JsonTable = {
  typeName: 'Person',
  table: 'person',
  columns: nodeColumns('Person', ['name', 'aliases', 'title']),
  relations: {
    organization: { kind: 'one', target: 'Organization', join: (p, c) => `${c}.id = ${p}.organization_id` },
    country: { kind: 'one', target: 'Country', join: (p, c) => `${c}.id = ${p}.country_id` },
  },
};
