import type { DataSource } from 'typeorm';
import { paginateQuery, type OrderSpec } from '../../db/keyset.js';
import type { PageArgs } from '../../graphql/pagination/cursor.js';
import { badInput } from '../../errors.js';
import { idsOf, iso2Codes } from '../common/ids.js';
import { Article } from './article.entity.js';

export interface ArticleQuery {
  search?: string | null;
  countries?: string[] | null;
  organizations?: string[] | null;
  initiatives?: string[] | null;
  people?: string[] | null;
  publishedAfter?: Date | null;
  publishedBefore?: Date | null;
  source?: string | null;
}

export type ArticleOrderBy = { field: 'PUBLISHED_AT' | 'CREATED_AT' | 'TITLE'; direction: 'ASC' | 'DESC' };

function articleOrder(orderBy: ArticleOrderBy | null | undefined): OrderSpec {
  const direction = orderBy?.direction ?? 'DESC';
  const first =
    orderBy?.field === 'TITLE'
      ? { sql: 't.title', type: 'text' as const }
      : orderBy?.field === 'CREATED_AT'
        ? { sql: 't.created_at', type: 'timestamptz' as const }
        : { sql: `coalesce(t.published_at, '-infinity'::timestamptz)`, type: 'timestamptz' as const };
  return { keys: [first, { sql: 't.id', type: 'int' }], direction };
}

const mentioned = (column: string, param: string) =>
  `EXISTS (SELECT 1 FROM mention m WHERE m.article_id = t.id AND m.${column} = ANY(:${param}))`;

export async function listArticles(
  dataSource: DataSource,
  filter: ArticleQuery | null | undefined,
  orderBy: ArticleOrderBy | null | undefined,
  page: PageArgs,
) {
  const qb = dataSource.getRepository(Article).createQueryBuilder('t');
  if (filter?.search?.trim()) {
    qb.andWhere(
      `t.search_vector @@ websearch_to_tsquery('english', :search)`,
      { search: filter.search },
    );
  }
  if (filter?.countries?.length) {
    qb.andWhere(
      `EXISTS (SELECT 1 FROM mention m JOIN country c ON c.id = m.country_id WHERE m.article_id = t.id AND c.iso2 = ANY(:countries))`,
      { countries: iso2Codes(filter.countries, 'filter.countries') },
    );
  }
  if (filter?.organizations?.length)
    qb.andWhere(mentioned('organization_id', 'orgs'), { orgs: idsOf('Organization', filter.organizations, 'filter.organizations') });
  if (filter?.initiatives?.length)
    qb.andWhere(mentioned('initiative_id', 'inits'), { inits: idsOf('Initiative', filter.initiatives, 'filter.initiatives') });
  if (filter?.people?.length) qb.andWhere(mentioned('person_id', 'people'), { people: idsOf('Person', filter.people, 'filter.people') });
  if (filter?.publishedAfter && filter.publishedBefore && filter.publishedAfter > filter.publishedBefore) {
    throw badInput('`filter.publishedAfter` is later than `filter.publishedBefore`: the range is empty.');
  }
  // Written against the sort expression so that article_published_at_sort serves the range.
  const published = `coalesce(t.published_at, '-infinity'::timestamptz)`;
  if (filter?.publishedAfter) qb.andWhere(`${published} >= :after`, { after: filter.publishedAfter });
  if (filter?.publishedBefore) qb.andWhere(`${published} < :before AND t.published_at IS NOT NULL`, { before: filter.publishedBefore });
  if (filter?.source) qb.andWhere('t.source = :source', { source: filter.source });
  return paginateQuery(qb, articleOrder(orderBy), page);
}
