import type { DataSource } from 'typeorm';
import { nestedConnectionLoader } from '../../db/loaders.js';
import type { ByIdLoaders } from '../../graphql/by-id.loaders.js';
import { articlesMentioning } from '../article/article.queries.js';
import { ORDERS } from '../common/orders.js';
import { statementsOfParents } from '../statement/statement.loaders.js';
import { STATEMENTS_OF } from '../statement/statement.queries.js';

export function personLoaders(dataSource: DataSource, byId: ByIdLoaders) {
  return {
    statements: statementsOfParents(dataSource, STATEMENTS_OF.byPerson, byId.Statement),
    articles: nestedConnectionLoader(
      dataSource,
      { from: 'article t', where: articlesMentioning('person_id'), order: ORDERS.articles },
      byId.Article,
    ),
  };
}
