import type { DataSource } from 'typeorm';
import { groupedLoader, linkedLoader } from '../../db/loaders.js';
import type { ByIdLoaders } from '../../graphql/by-id.loaders.js';
import { Mention } from '../mention/mention.entity.js';
import { Statement } from '../statement/statement.entity.js';

/** Entities with a mention in each article, in order of first appearance. */
const mentionedIn = (column: string) =>
  `SELECT article_id AS key, ${column} AS id FROM mention
   WHERE article_id = ANY($1) AND ${column} IS NOT NULL
   GROUP BY article_id, ${column} ORDER BY article_id, min(start)`;

export function articleLoaders(dataSource: DataSource, byId: ByIdLoaders) {
  return {
    statements: groupedLoader<Statement>(async (ids) =>
      (
        await dataSource
          .getRepository(Statement)
          .createQueryBuilder('s')
          .where('s.article_id = ANY(:ids)', { ids })
          .orderBy('s.article_id')
          .addOrderBy('s.start_offset')
          .addOrderBy('s.id')
          .getMany()
      ).map((s) => [s.articleId, s]),
    ),
    mentions: groupedLoader<Mention>(async (ids) =>
      (
        await dataSource
          .getRepository(Mention)
          .createQueryBuilder('m')
          .where('m.article_id = ANY(:ids)', { ids })
          .orderBy('m.article_id')
          .addOrderBy('m.start')
          .addOrderBy('m.id')
          .getMany()
      ).map((m) => [m.articleId, m]),
    ),
    countries: linkedLoader(dataSource, mentionedIn('country_id'), byId.Country),
    organizations: linkedLoader(dataSource, mentionedIn('organization_id'), byId.Organization),
    people: linkedLoader(dataSource, mentionedIn('person_id'), byId.Person),
    initiatives: linkedLoader(dataSource, mentionedIn('initiative_id'), byId.Initiative),
  };
}
