import type { DataSource, EntityManager } from 'typeorm';
import { paginateQuery, type OrderSpec } from '../../db/keyset.js';
import { badInput } from '../../errors.js';
import type { PageArgs } from '../../graphql/pagination/cursor.js';
import type { StatementKind } from '../common/enums.js';
import { idOf, idsOf, iso2Codes } from '../common/ids.js';
import { decodeId } from '../common/node.js';
import { ORDERS } from '../common/orders.js';
import { Statement } from './statement.entity.js';

export interface StatementQuery {
  search?: string | null;
  kinds?: StatementKind[] | null;
  speaker?: string | null;
  speakerName?: string | null;
  countries?: string[] | null;
  initiatives?: string[] | null;
  article?: string | null;
}

export type StatementOrderBy = { field: 'POSITION' | 'CREATED_AT'; direction: 'ASC' | 'DESC' };

const SPEAKER_COLUMN = { Person: 'speaker_person_id', Organization: 'speaker_organization_id', Country: 'speaker_country_id' } as const;

/** SQL conditions (alias `t`) and parameters for a statement filter; shared with analytics. */
export function statementConditions(filter: StatementQuery | null | undefined): { sql: string[]; params: Record<string, unknown> } {
  const sql: string[] = [];
  const params: Record<string, unknown> = {};
  if (!filter) return { sql, params };
  if (filter.search?.trim()) {
    sql.push(`t.search_vector @@ websearch_to_tsquery('english', :search)`);
    params.search = filter.search;
  }
  if (filter.kinds?.length) {
    sql.push('t.kind = ANY(:kinds)');
    params.kinds = filter.kinds;
  }
  if (filter.speaker) {
    const decoded = decodeId(filter.speaker);
    if (!decoded || !(decoded.type in SPEAKER_COLUMN)) {
      throw badInput('`filter.speaker` expects the ID of a Person, Organization or Country.', { argument: 'filter.speaker' });
    }
    sql.push(`t.${SPEAKER_COLUMN[decoded.type as keyof typeof SPEAKER_COLUMN]} = :speakerId`);
    params.speakerId = decoded.id;
  }
  if (filter.speakerName?.trim()) {
    sql.push(`t.speaker_name ILIKE :speakerName`);
    params.speakerName = `%${filter.speakerName.trim().replace(/[\\%_]/g, '\\$&')}%`;
  }
  if (filter.countries?.length) {
    sql.push(
      'EXISTS (SELECT 1 FROM statement_country l JOIN country c ON c.id = l.country_id WHERE l.statement_id = t.id AND c.iso2 = ANY(:countries))',
    );
    params.countries = iso2Codes(filter.countries, 'filter.countries');
  }
  if (filter.initiatives?.length) {
    sql.push('EXISTS (SELECT 1 FROM statement_initiative l WHERE l.statement_id = t.id AND l.initiative_id = ANY(:initiatives))');
    params.initiatives = idsOf('Initiative', filter.initiatives, 'filter.initiatives');
  }
  if (filter.article) {
    sql.push('t.article_id = :articleId');
    params.articleId = idOf('Article', filter.article, 'filter.article');
  }
  return { sql, params };
}

function statementOrder(orderBy: StatementOrderBy | null | undefined): OrderSpec {
  const direction = orderBy?.direction ?? 'ASC';
  if (orderBy?.field === 'CREATED_AT') {
    return { keys: [{ sql: 't.created_at', type: 'timestamptz' }, { sql: 't.id', type: 'int' }], direction };
  }
  return { keys: ORDERS.statements.keys, direction };
}

export async function listStatements(
  dataSource: DataSource,
  filter: StatementQuery | null | undefined,
  orderBy: StatementOrderBy | null | undefined,
  page: PageArgs,
) {
  const qb = dataSource.getRepository(Statement).createQueryBuilder('t');
  const { sql, params } = statementConditions(filter);
  for (const condition of sql) qb.andWhere(condition);
  qb.setParameters(params);
  return paginateQuery(qb, statementOrder(orderBy), page);
}

/** The statements among `ids` that match `filter`, in reading order (for live updates). */
export async function statementsAmong(dataSource: DataSource, ids: readonly number[], filter: StatementQuery | null | undefined) {
  if (ids.length === 0) return [];
  const qb = dataSource.getRepository(Statement).createQueryBuilder('t').where('t.id = ANY(:ids)', { ids: [...ids] });
  const { sql, params } = statementConditions(filter);
  for (const condition of sql) qb.andWhere(condition);
  qb.setParameters({ ...params, ids: [...ids] });
  return qb.orderBy('t.article_id').addOrderBy('t.start_offset').addOrderBy('t.id').getMany();
}

/** Ids of the statements of these articles, in reading order (to announce an ingest). */
export async function statementIdsOfArticles(manager: EntityManager, articleIds: readonly number[]): Promise<number[]> {
  const rows: { id: number }[] = await manager.query(
    'SELECT id FROM statement WHERE article_id = ANY($1::int[]) ORDER BY article_id, start_offset, id',
    [[...articleIds]],
  );
  return rows.map((r) => r.id);
}
