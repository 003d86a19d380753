import { query } from '../../db/sql.js';
import { nodeColumns, type JsonList, type JsonTable } from '../../db/json-select.js';
import type { DataSource } from 'typeorm';
import { rowsByIds } from '../../db/by-ids.js';
import { paginateSql, type OrderSpec } from '../../db/keyset.js';
import type { PageArgs } from '../../db/pagination.js';
import { asEntities, columnsOf, entityFrom, positional, prefixedColumnsOf } from '../../db/rows.js';
import type { StatementKind } from '../common/enums.js';
import { ORDERS } from '../common/orders.js';
import { Country } from '../country/country.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { Statement } from './statement.entity.js';

/** The SQL of statements: lists, lookups, the links to what they mention, and filters shared with analytics. */

/** A validated statement filter: global IDs decoded, ISO codes upper-cased. */
export interface StatementWhere {
  search?: string;
  kinds?: StatementKind[];
  speaker?: { column: 'speaker_person_id' | 'speaker_organization_id' | 'speaker_country_id'; id: number };
  /** An ILIKE pattern, wildcards in the name already escaped. */
  speakerNamePattern?: string;
  countries?: string[];
  initiativeIds?: number[];
  articleId?: number;
}

export type StatementOrderBy = { field: 'POSITION' | 'CREATED_AT'; direction: 'ASC' | 'DESC' };

/** SQL conditions (alias `t`) with `:name` parameters for a statement filter. */
export function statementConditions(where: StatementWhere): { sql: string[]; params: Record<string, unknown> } {
  const sql: string[] = [];
  const params: Record<string, unknown> = {};
  if (where.search) {
    sql.push(`t.search_vector @@ (SELECT accord_tsquery(:search))`);
    params.search = where.search;
  }
  if (where.kinds) {
    sql.push('t.kind = ANY(:kinds)');
    params.kinds = where.kinds;
  }
  if (where.speaker) {
    sql.push(`t.${where.speaker.column} = :speakerId`);
    params.speakerId = where.speaker.id;
  }
  if (where.speakerNamePattern) {
    // The attribution as written ("he", "the SCO chief") or the resolved speaker's names.
    sql.push(`(t.speaker_name ILIKE :speakerName
      OR EXISTS (SELECT 1 FROM person sp WHERE sp.id = t.speaker_person_id
                 AND (sp.name ILIKE :speakerName OR EXISTS (SELECT 1 FROM unnest(sp.aliases) AS a(n) WHERE a.n ILIKE :speakerName)))
      OR EXISTS (SELECT 1 FROM organization so WHERE so.id = t.speaker_organization_id
                 AND (so.name ILIKE :speakerName OR so.acronym ILIKE :speakerName
                      OR EXISTS (SELECT 1 FROM unnest(so.aliases) AS a(n) WHERE a.n ILIKE :speakerName)))
      OR EXISTS (SELECT 1 FROM country sc WHERE sc.id = t.speaker_country_id
                 AND (sc.name ILIKE :speakerName OR EXISTS (SELECT 1 FROM unnest(sc.aliases) AS a(n) WHERE a.n ILIKE :speakerName))))`);
    params.speakerName = where.speakerNamePattern;
  }
  if (where.countries) {
    sql.push(
      'EXISTS (SELECT 1 FROM statement_country l JOIN country c ON c.id = l.country_id WHERE l.statement_id = t.id AND c.iso2 = ANY(:countries))',
    );
    params.countries = where.countries;
  }
  if (where.initiativeIds) {
    sql.push(
      'EXISTS (SELECT 1 FROM statement_initiative l WHERE l.statement_id = t.id AND l.initiative_id = ANY(:initiatives))',
    );
    params.initiatives = where.initiativeIds;
  }
  if (where.articleId !== undefined) {
    sql.push('t.article_id = :articleId');
    params.articleId = where.articleId;
  }
  return { sql, params };
}

function statementOrder(orderBy: StatementOrderBy | null | undefined): OrderSpec {
  const direction = orderBy?.direction ?? 'ASC';
  if (orderBy?.field === 'CREATED_AT') {
    return {
      keys: [
        { sql: 't.created_at', type: 'timestamptz' },
        { sql: 't.id', type: 'int' },
      ],
      direction,
    };
  }
  return { keys: ORDERS.statements.keys, direction };
}

export function pageStatements(
  dataSource: DataSource,
  where: StatementWhere,
  orderBy: StatementOrderBy | null | undefined,
  page: PageArgs,
) {
  const list = statementList(where, orderBy);
  return paginateSql(
    dataSource,
    { select: columnsOf(dataSource, Statement), from: list.from, where: list.where, params: list.params },
    list.order,
    page,
    (rows) => asEntities(Statement, rows),
  );
}

export function statementsByIds(dataSource: DataSource, ids: readonly number[]): Promise<Statement[]> {
  return rowsByIds(dataSource, Statement, 'statement', ids);
}

/** The statements of each article, in reading order. */
export async function statementsOfArticles(
  dataSource: DataSource,
  articleIds: readonly number[],
): Promise<Statement[]> {
  const rows: object[] = await query(
    dataSource,
    `SELECT ${columnsOf(dataSource, Statement)} FROM statement t WHERE t.article_id = ANY($1) ORDER BY t.article_id, t.start_offset, t.id`,
    [articleIds],
  );
  return asEntities(Statement, rows);
}

export interface StatementWithSpeaker {
  statement: Statement;
  person: Person | null;
  organization: Organization | null;
  country: Country | null;
  /** The organization of the speaking person. */
  personOrganization: Organization | null;
}

/**
 * The statements of each article with their speakers (and a speaking person's
 * organization) joined in: one statement instead of three batches when a query asks
 * for `speaker`.
 */
export async function statementsOfArticlesWithSpeakers(
  dataSource: DataSource,
  articleIds: readonly number[],
): Promise<StatementWithSpeaker[]> {
  const rows: Record<string, unknown>[] = await query(
    dataSource,
    `${statementsWithSpeakersSql(dataSource, 't.article_id = ANY($1)')} ORDER BY t.article_id, t.start_offset, t.id`,
    [articleIds],
  );
  return rows.map((row) => statementWithSpeakerFrom(dataSource, row));
}

/**
 * Statements matching `where` (alias `t`) with their speakers joined; columns are
 * prefixed (`t.`, `sp.`, `so.`, `sc.`, `po.`), `__child` is the statement id. Also the
 * lateral part of an article page that brings its statements along.
 */
export function statementsWithSpeakersSql(dataSource: DataSource, where: string): string {
  return `SELECT t.id AS "__child", ${prefixedColumnsOf(dataSource, Statement, 't')}, ${prefixedColumnsOf(dataSource, Person, 'sp')},
            ${prefixedColumnsOf(dataSource, Organization, 'so')}, ${prefixedColumnsOf(dataSource, Country, 'sc')}, ${prefixedColumnsOf(dataSource, Organization, 'po')}
     FROM statement t
     LEFT JOIN person sp ON sp.id = t.speaker_person_id
     LEFT JOIN organization so ON so.id = t.speaker_organization_id
     LEFT JOIN country sc ON sc.id = t.speaker_country_id
     LEFT JOIN organization po ON po.id = sp.organization_id
     WHERE ${where}`;
}

/** One row of `statementsWithSpeakersSql` as entities. */
export function statementWithSpeakerFrom(dataSource: DataSource, row: Record<string, unknown>): StatementWithSpeaker {
  return {
    statement: entityFrom(dataSource, Statement, row, 't')!,
    person: entityFrom(dataSource, Person, row, 'sp'),
    organization: entityFrom(dataSource, Organization, row, 'so'),
    country: entityFrom(dataSource, Country, row, 'sc'),
    personOrganization: entityFrom(dataSource, Organization, row, 'po'),
  };
}

/** The statements among `ids` that match `where`, in reading order (for live updates). */
export async function statementsAmongIds(
  dataSource: DataSource,
  ids: readonly number[],
  where: StatementWhere,
): Promise<Statement[]> {
  if (ids.length === 0) return [];
  const { sql, params } = statementConditions(where);
  const { text, values } = positional(
    `SELECT ${columnsOf(dataSource, Statement)} FROM statement t WHERE t.id = ANY(:ids) ${sql.map((c) => `AND (${c})`).join(' ')}
     ORDER BY t.article_id, t.start_offset, t.id`,
    { ...params, ids: [...ids] },
  );
  return asEntities(Statement, await dataSource.query(text, values));
}

/** Ids of the statements of these articles, in reading order (to announce an ingest, inside its transaction). */
export async function statementIdsOfArticles(
  db: Pick<DataSource, 'query'>,
  articleIds: readonly number[],
): Promise<number[]> {
  const rows: { id: number }[] = await db.query(
    'SELECT id FROM statement WHERE article_id = ANY($1::int[]) ORDER BY article_id, start_offset, id',
    [[...articleIds]],
  );
  return rows.map((r) => r.id);
}

/** `key, id` pairs for a linked loader: what each statement mentions, through a link table. */
export const linkedToStatements = (
  table: 'statement_country' | 'statement_organization' | 'statement_initiative',
  column: string,
) =>
  `SELECT statement_id AS key, ${column} AS id FROM ${table} WHERE statement_id = ANY($1) ORDER BY statement_id, ${column}`;

/** Nested relations (alias `t` = statement, `p.parent_id` = the parent). */
export const STATEMENTS_OF = {
  mentioningCountry:
    'EXISTS (SELECT 1 FROM statement_country l WHERE l.statement_id = t.id AND l.country_id = p.parent_id)',
  mentioningInitiative:
    'EXISTS (SELECT 1 FROM statement_initiative l WHERE l.statement_id = t.id AND l.initiative_id = p.parent_id)',
  byOrganization: 't.speaker_organization_id = p.parent_id',
  byPerson: 't.speaker_person_id = p.parent_id',
};

/**
 * Speakers ranked by statements matching the conditions (from `statementConditions`).
 * Without conditions: the counts kept by the SpeakerStat migration's triggers.
 */
export function topSpeakerRows(
  dataSource: DataSource,
  conditions: { sql: string[]; params: Record<string, unknown> },
  limit: number,
): Promise<{ type: 'Person' | 'Organization' | 'Country'; id: number; statements: number }[]> {
  if (conditions.sql.length === 0) {
    return query(
      dataSource,
      `SELECT CASE speaker_type WHEN 'P' THEN 'Person' WHEN 'O' THEN 'Organization' ELSE 'Country' END AS type,
              speaker_id AS id, statements
       FROM speaker_stat ORDER BY statements DESC, type, id LIMIT $1`,
      [limit],
    );
  }
  const { text, values } = positional(
    `SELECT CASE WHEN t.speaker_person_id IS NOT NULL THEN 'Person' WHEN t.speaker_organization_id IS NOT NULL THEN 'Organization' ELSE 'Country' END AS type,
            coalesce(t.speaker_person_id, t.speaker_organization_id, t.speaker_country_id) AS id,
            count(*)::int AS statements
     FROM statement t
     WHERE num_nonnulls(t.speaker_person_id, t.speaker_organization_id, t.speaker_country_id) = 1
       ${conditions.sql.map((c) => `AND (${c})`).join(' ')}
     GROUP BY 1, 2 ORDER BY statements DESC, type, id LIMIT :limit`,
    { ...conditions.params, limit },
  );
  return query(dataSource, text, values);
}

/** Statements as JSON built in SQL (see db/json-select.ts); passages and mention lists are left to resolvers. */
export const STATEMENT_JSON: JsonTable = {
  typeName: 'Statement',
  table: 'statement',
  columns: nodeColumns('Statement', ['text', 'kind', 'verb', 'speakerName', 'paragraph', 'startOffset', 'endOffset']),
  relations: {
    article: { kind: 'one', target: 'Article', join: (p, c) => `${c}.id = ${p}.article_id` },
    // The resolver's order: a person, else an organization, else a country.
    speaker: {
      kind: 'union',
      members: [
        {
          target: 'Person',
          when: (p) => `${p}.speaker_person_id IS NOT NULL`,
          join: (p, c) => `${c}.id = ${p}.speaker_person_id`,
        },
        {
          target: 'Organization',
          when: (p) => `${p}.speaker_organization_id IS NOT NULL`,
          join: (p, c) => `${c}.id = ${p}.speaker_organization_id`,
        },
        {
          target: 'Country',
          when: (p) => `${p}.speaker_country_id IS NOT NULL`,
          join: (p, c) => `${c}.id = ${p}.speaker_country_id`,
        },
      ],
    },
  },
};

/** The statements a filter selects, in the order asked for (alias `t`): for `pageStatements` and JSON connections. */
export function statementList(where: StatementWhere, orderBy: StatementOrderBy | null | undefined): JsonList {
  const { sql, params } = statementConditions(where);
  return { from: 'statement t', where: sql, params, order: statementOrder(orderBy) };
}
