import type { DataSource } from 'typeorm';
import type { PageArgs } from '../../db/pagination.js';
import { badInput } from '../../errors.js';
import { idsOf, iso2Codes } from '../common/ids.js';
import type { StatementWithSpeaker } from '../statement/statement.queries.js';
import { pageArticles, type ArticleOrderBy, type ArticleWhere } from './article.queries.js';

export type { ArticleOrderBy } from './article.queries.js';

/** Columns worth leaving out of a list that does not show them (TOASTed text, parsed JSON). */
const HEAVY = ['body', 'sections'];

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

/** Checks a client's filter (IDs of the right type, ISO codes, a non-empty date range). */
export function articleWhere(filter: ArticleQuery | null | undefined): ArticleWhere {
  if (!filter) return {};
  if (filter.publishedAfter && filter.publishedBefore && filter.publishedAfter > filter.publishedBefore) {
    throw badInput('`filter.publishedAfter` is later than `filter.publishedBefore`: the range is empty.');
  }
  return {
    search: filter.search?.trim() ? filter.search : undefined,
    countries: filter.countries?.length ? iso2Codes(filter.countries, 'filter.countries') : undefined,
    organizationIds: filter.organizations?.length
      ? idsOf('Organization', filter.organizations, 'filter.organizations')
      : undefined,
    initiativeIds: filter.initiatives?.length
      ? idsOf('Initiative', filter.initiatives, 'filter.initiatives')
      : undefined,
    personIds: filter.people?.length ? idsOf('Person', filter.people, 'filter.people') : undefined,
    publishedAfter: filter.publishedAfter ?? undefined,
    publishedBefore: filter.publishedBefore ?? undefined,
    source: filter.source ?? undefined,
  };
}

export function listArticles(
  dataSource: DataSource,
  filter: ArticleQuery | null | undefined,
  orderBy: ArticleOrderBy | null | undefined,
  page: PageArgs,
  /** Node fields the query selects: the body and sections are read only when asked for. */
  fields?: ReadonlySet<string>,
  withStatements?: (byArticle: Map<number, StatementWithSpeaker[]>) => void,
) {
  return pageArticles(
    dataSource,
    articleWhere(filter),
    orderBy,
    page,
    HEAVY.filter((f) => fields && !fields.has(f)),
    withStatements,
  );
}
