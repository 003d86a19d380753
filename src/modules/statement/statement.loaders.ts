import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { linkedLoader, nestedConnectionLoader } from '../../db/loaders.js';
import type { PageArgs } from '../../db/pagination.js';
import type { ByIdLoaders } from '../../graphql/by-id.loaders.js';
import { bodySpans, type BodySpans } from './passage.js';
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
    organizations: linkedLoader(
      dataSource,
      linkedToStatements('statement_organization', 'organization_id'),
      byId.Organization,
    ),
    initiatives: linkedLoader(dataSource, linkedToStatements('statement_initiative', 'initiative_id'), byId.Initiative),
    /**
     * Sentences and paragraphs of an article body, split once per request: the bodies
     * come through the Article by-id loader (one statement for every article of the
     * response, shared with `Statement.article`), so `sentence`/`context` add no query
     * per statement.
     */
    bodySpans: new DataLoader<number, BodySpans | null>(async (articleIds) => {
      const articles = await byId.Article.loadMany(articleIds);
      return articles.map((a) => (a && !(a instanceof Error) ? bodySpans(a.body) : null));
    }),
  };
}
