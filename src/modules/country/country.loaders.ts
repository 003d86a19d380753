import type { DataSource } from 'typeorm';
import { groupedLoader, nestedConnectionLoader } from '../../db/loaders.js';
import type { ByIdLoaders } from '../../graphql/by-id.loaders.js';
import { articlesMentioning } from '../article/article.queries.js';
import { ORDERS } from '../common/orders.js';
import { INVOLVES_COUNTRY } from '../initiative/initiative.queries.js';
import { membershipsOf } from '../membership/membership.queries.js';
import { statementsOfParents } from '../statement/statement.loaders.js';
import { STATEMENTS_OF } from '../statement/statement.queries.js';

export function countryLoaders(dataSource: DataSource, byId: ByIdLoaders) {
  return {
    articles: nestedConnectionLoader(dataSource, { from: 'article t', where: articlesMentioning('country_id'), order: ORDERS.articles }, byId.Article),
    statements: statementsOfParents(dataSource, STATEMENTS_OF.mentioningCountry, byId.Statement),
    initiatives: nestedConnectionLoader(dataSource, { from: 'initiative t', where: INVOLVES_COUNTRY, order: ORDERS.byName }, byId.Initiative),
    memberships: groupedLoader(async (ids) => (await membershipsOf(dataSource, 'country_id', ids)).map((m) => [m.countryId, m])),
  };
}
