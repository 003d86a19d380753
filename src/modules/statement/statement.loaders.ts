import type { DataSource } from 'typeorm';
import type DataLoader from 'dataloader';
import { linkedLoader, nestedConnectionLoader } from '../../db/loaders.js';
import type { PageArgs } from '../../db/pagination.js';
import type { ByIdLoaders } from '../../graphql/by-id.loaders.js';
import { ORDERS } from '../common/orders.js';
import type { Statement } from './statement.entity.js';
import { linkedToStatements, statementConditions, type StatementWhere } from './statement.queries.js';

/**
 * A parent's statements (`where` relates alias `t` to `p.parent_id`), optionally
 * filtered like `statements(filter:)`: one statement per page shape and filter for all
 * parents of a response.
 */
export function statementsOfParents(dataSource: DataSource, where: string, byId: DataLoader<number, Statement | null>) {
  const load = nestedConnectionLoader(dataSource, { from: 'statement t', where, order: ORDERS.statements }, byId);
  return (parentId: number, page: PageArgs, filter?: StatementWhere | null) =>
    load(parentId, page, filter ? statementConditions(filter) : undefined);
}

export function statementLoaders(dataSource: DataSource, byId: ByIdLoaders) {
  return {
    countries: linkedLoader(dataSource, linkedToStatements('statement_country', 'country_id'), byId.Country),
    organizations: linkedLoader(dataSource, linkedToStatements('statement_organization', 'organization_id'), byId.Organization),
    initiatives: linkedLoader(dataSource, linkedToStatements('statement_initiative', 'initiative_id'), byId.Initiative),
  };
}
