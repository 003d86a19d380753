import type { DataSource } from 'typeorm';
import { rowsByIds } from '../../db/by-ids.js';
import { paginateSql, type OrderSpec } from '../../db/keyset.js';
import type { PageArgs } from '../../db/pagination.js';
import { asEntities, columnsOf } from '../../db/rows.js';
import { nodeColumns, type JsonList, type JsonTable } from '../../db/json-select.js';
import {
  statementsWithSpeakersSql,
  statementWithSpeakerFrom,
  type StatementWithSpeaker,
} from '../statement/statement.queries.js';
import { Article } from './article.entity.js';

/** The SQL of articles: lists, lookups and the entities an article mentions. */

/** A validated article filter: ISO codes upper-cased, global IDs decoded. */
export interface ArticleWhere {
  search?: string;
  countries?: string[];
  organizationIds?: number[];
  initiativeIds?: number[];
  personIds?: number[];
  publishedAfter?: Date;
  publishedBefore?: Date;
  source?: string;
}

export type ArticleOrderBy = { field: 'PUBLISHED_AT' | 'CREATED_AT' | 'TITLE'; direction: 'ASC' | 'DESC' };

/** Written against the sort expression so that article_published_at_sort serves ranges too. */
const PUBLISHED = `coalesce(t.published_at, '-infinity'::timestamptz)`;

export function articleOrder(orderBy: ArticleOrderBy | null | undefined): OrderSpec {
  const direction = orderBy?.direction ?? 'DESC';
  const first =
    orderBy?.field === 'TITLE'
      ? { sql: 't.title', type: 'text' as const }
      : orderBy?.field === 'CREATED_AT'
        ? { sql: 't.created_at', type: 'timestamptz' as const }
        : { sql: PUBLISHED, type: 'timestamptz' as const };
  return { keys: [first, { sql: 't.id', type: 'int' }], direction };
}

const mentioned = (column: string, param: string) =>
  `EXISTS (SELECT 1 FROM mention m WHERE m.article_id = t.id AND m.${column} = ANY(:${param}))`;

/** SQL conditions (alias `t`) with `:name` parameters for an article filter. */
function articleConditions(where: ArticleWhere): { sql: string[]; params: Record<string, unknown> } {
  const sql: string[] = [];
  const params: Record<string, unknown> = {};
  if (where.search) {
    sql.push(`t.search_vector @@ (SELECT accord_tsquery(:search))`);
    params.search = where.search;
  }
  if (where.countries) {
    sql.push(
      `EXISTS (SELECT 1 FROM mention m JOIN country c ON c.id = m.country_id WHERE m.article_id = t.id AND c.iso2 = ANY(:countries))`,
    );
    params.countries = where.countries;
  }
  if (where.organizationIds) {
    sql.push(mentioned('organization_id', 'orgs'));
    params.orgs = where.organizationIds;
  }
  if (where.initiativeIds) {
    sql.push(mentioned('initiative_id', 'inits'));
    params.inits = where.initiativeIds;
  }
  if (where.personIds) {
    sql.push(mentioned('person_id', 'people'));
    params.people = where.personIds;
  }
  if (where.publishedAfter) {
    sql.push(`${PUBLISHED} >= :after`);
    params.after = where.publishedAfter;
  }
  if (where.publishedBefore) {
    sql.push(`${PUBLISHED} < :before AND t.published_at IS NOT NULL`);
    params.before = where.publishedBefore;
  }
  if (where.source) {
    sql.push('t.source = :source');
    params.source = where.source;
  }
  return { sql, params };
}

export function pageArticles(
  dataSource: DataSource,
  where: ArticleWhere,
  orderBy: ArticleOrderBy | null | undefined,
  page: PageArgs,
  /** Properties left out of the rows (heavy columns the query does not select). */
  omit: readonly string[] = [],
  /** When given: each article's statements (with speakers) come in the same statement, handed over here. */
  withStatements?: (byArticle: Map<number, StatementWithSpeaker[]>) => void,
) {
  const list = articleList(where, orderBy);
  return paginateSql(
    dataSource,
    {
      select: columnsOf(dataSource, Article, 't', omit),
      from: list.from,
      where: list.where,
      params: list.params,
      lateral: withStatements && {
        sql: statementsWithSpeakersSql(dataSource, 't.article_id = p."id"'),
        order: 'x."t.startOffset", x."t.id"',
        children: (parents, groups) => {
          const byArticle = new Map<number, StatementWithSpeaker[]>();
          parents.forEach((parent, i) =>
            byArticle.set(
              parent.id as number,
              groups[i].map((row) => statementWithSpeakerFrom(dataSource, row)),
            ),
          );
          withStatements(byArticle);
        },
      },
    },
    list.order,
    page,
    (rows) => asEntities(Article, rows),
  );
}

export function articlesByIds(dataSource: DataSource, ids: readonly number[]): Promise<Article[]> {
  return rowsByIds(dataSource, Article, 'article', ids);
}

/** Nested relations (alias `t` = article, `p.parent_id` = the parent): articles that mention the parent. */
export const articlesMentioning = (column: 'country_id' | 'organization_id' | 'person_id' | 'initiative_id') =>
  `EXISTS (SELECT 1 FROM mention m WHERE m.article_id = t.id AND m.${column} = p.parent_id)`;

/** `key, id` pairs for a linked loader: entities with a mention in each article, in order of first appearance. */
export const mentionedInArticles = (column: 'country_id' | 'organization_id' | 'person_id' | 'initiative_id') =>
  `SELECT article_id AS key, ${column} AS id FROM mention
   WHERE article_id = ANY($1) AND ${column} IS NOT NULL
   GROUP BY article_id, ${column} ORDER BY article_id, min(start)`;

/** Articles as JSON built in SQL (see db/json-select.ts); `sections` and the mention lists are left to resolvers. */
export const ARTICLE_JSON: JsonTable = {
  typeName: 'Article',
  table: 'article',
  columns: nodeColumns(
    'Article',
    ['title', 'subtitle', 'body', 'url', 'source', 'byline', 'dateline', 'language', 'wordCount', 'contentHash'],
    ['publishedAt'],
  ),
  relations: {
    statements: {
      kind: 'many',
      target: 'Statement',
      join: (p, c) => `${c}.article_id = ${p}.id`,
      order: (c) => `${c}.start_offset, ${c}.id`,
    },
  },
};

/** The articles a filter selects, in the order asked for (alias `t`): for `pageArticles` and JSON connections. */
export function articleList(where: ArticleWhere, orderBy: ArticleOrderBy | null | undefined): JsonList {
  const { sql, params } = articleConditions(where);
  return { from: 'article t', where: sql, params, order: articleOrder(orderBy) };
}
