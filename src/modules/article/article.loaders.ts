import type { DataSource } from 'typeorm';
import { groupedLoader, linkedLoader } from '../../db/loaders.js';
import type { ByIdLoaders } from '../../graphql/by-id.loaders.js';
import { mentionsOfArticles } from '../mention/mention.queries.js';
import { statementsOfArticles } from '../statement/statement.queries.js';
import { mentionedInArticles } from './article.queries.js';

export function articleLoaders(dataSource: DataSource, byId: ByIdLoaders) {
  return {
    statements: groupedLoader(async (ids) => (await statementsOfArticles(dataSource, ids)).map((s) => [s.articleId, s])),
    mentions: groupedLoader(async (ids) => (await mentionsOfArticles(dataSource, ids)).map((m) => [m.articleId, m])),
    countries: linkedLoader(dataSource, mentionedInArticles('country_id'), byId.Country),
    organizations: linkedLoader(dataSource, mentionedInArticles('organization_id'), byId.Organization),
    people: linkedLoader(dataSource, mentionedInArticles('person_id'), byId.Person),
    initiatives: linkedLoader(dataSource, mentionedInArticles('initiative_id'), byId.Initiative),
  };
}
