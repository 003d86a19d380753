import type { DataSource } from 'typeorm';
import { groupedLoader, nestedConnectionLoader } from '../../db/loaders.js';
import type { ByIdLoaders } from '../../graphql/by-id.loaders.js';
import { articlesMentioning } from '../article/article.queries.js';
import { ORDERS } from '../common/orders.js';
import { membershipsOf } from '../membership/membership.queries.js';
import { PEOPLE_OF } from '../person/person.queries.js';
import { statementsOfParents } from '../statement/statement.loaders.js';
import { STATEMENTS_OF } from '../statement/statement.queries.js';

export function organizationLoaders(dataSource: DataSource, byId: ByIdLoaders) {
  return {
    articles: nestedConnectionLoader(
      dataSource,
      { from: 'article t', where: articlesMentioning('organization_id'), order: ORDERS.articles },
      byId.Article,
    ),
    statements: statementsOfParents(dataSource, STATEMENTS_OF.byOrganization, byId.Statement),
    people: nestedConnectionLoader(dataSource, { from: 'person t', where: PEOPLE_OF.organization, order: ORDERS.byName }, byId.Person),
    memberships: groupedLoader(async (ids) => (await membershipsOf(dataSource, 'organization_id', ids)).map((m) => [m.organizationId, m])),
  };
}
