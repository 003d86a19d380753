import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { linkedLoader } from '../../db/loaders.js';
import type { ByIdLoaders } from '../../graphql/by-id.loaders.js';
import { bodySpans, type BodySpans } from './passage.js';
import { linkedToStatements } from './statement.queries.js';

export function statementLoaders(dataSource: DataSource, byId: ByIdLoaders) {
  return {
    countries: linkedLoader(dataSource, linkedToStatements('statement_country', 'country_id'), byId.Country),
    organizations: linkedLoader(dataSource, linkedToStatements('statement_organization', 'organization_id'), byId.Organization),
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
