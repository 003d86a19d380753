import type { DataSource } from 'typeorm';
import { groupedLoader, nestedConnectionLoader } from '../../db/loaders.js';
import type { ByIdLoaders } from '../../graphql/by-id.loaders.js';
import { articlesMentioning } from '../article/article.queries.js';
import { ORDERS } from '../common/orders.js';
import { STATEMENTS_OF } from '../statement/statement.queries.js';
import { partiesOfInitiatives } from './initiative.queries.js';

export function initiativeLoaders(dataSource: DataSource, byId: ByIdLoaders) {
  return {
    articles: nestedConnectionLoader(
      dataSource,
      { from: 'article t', where: articlesMentioning('initiative_id'), order: ORDERS.articles },
      byId.Article,
    ),
    statements: nestedConnectionLoader(
      dataSource,
      { from: 'statement t', where: STATEMENTS_OF.mentioningInitiative, order: ORDERS.statements },
      byId.Statement,
    ),
    parties: groupedLoader(async (ids) =>
      (await partiesOfInitiatives(dataSource, ids)).map((p) => [p.initiativeId, p]),
    ),
  };
}
