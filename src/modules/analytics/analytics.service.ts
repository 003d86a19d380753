import type { DataSource } from 'typeorm';
import { badInput } from '../../errors.js';
import { decodeId, type NodeType } from '../common/node.js';
import { statementConditions, type StatementQuery } from '../statement/statement.service.js';
import { Statement } from '../statement/statement.entity.js';

export type Interval = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';
export type EntityKind = 'Country' | 'Organization' | 'Person' | 'Initiative';

const MENTION_COLUMN: Record<EntityKind, string> = {
  Country: 'country_id',
  Organization: 'organization_id',
  Person: 'person_id',
  Initiative: 'initiative_id',
};
const MAX_BUCKETS = 5000;
export const MAX_ANALYTICS_ROWS = 100;

export function entityOf(globalId: string, argument = 'id'): { type: EntityKind; id: number } {
  const decoded = decodeId(globalId);
  if (!decoded || !(decoded.type in MENTION_COLUMN)) {
    throw badInput(`\`${argument}\` must be the ID of a Country, Organization, Person or Initiative.`, { argument });
  }
  return decoded as { type: EntityKind; id: number };
}

function limitOf(first: number | null | undefined, fallback: number): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > MAX_ANALYTICS_ROWS) {
    throw badInput(`\`first\` must be between 1 and ${MAX_ANALYTICS_ROWS}; got ${n}.`, { argument: 'first' });
  }
  return n;
}

/**
 * Articles and mentions per time bucket, with empty buckets filled in. An article's
 * time is its publication date, or when it was ingested if it has none.
 */
export async function mentionTimeline(
  dataSource: DataSource,
  globalId: string,
  interval: Interval,
  from?: Date | null,
  to?: Date | null,
): Promise<{ start: Date; articles: number; mentions: number }[]> {
  const entity = entityOf(globalId);
  if (from && to && from > to) throw badInput('`from` is later than `to`: the range is empty.');
  const unit = interval.toLowerCase();
  const rows: { start: Date; articles: number; mentions: number }[] = await dataSource.query(
    `WITH hits AS (
       SELECT date_trunc('${unit}', coalesce(a.published_at, a.created_at), 'UTC') AS bucket, a.id AS article_id
       FROM mention m JOIN article a ON a.id = m.article_id
       WHERE m.${MENTION_COLUMN[entity.type]} = $1
         AND ($2::timestamptz IS NULL OR coalesce(a.published_at, a.created_at) >= $2)
         AND ($3::timestamptz IS NULL OR coalesce(a.published_at, a.created_at) < $3)
     ), span AS (
       SELECT coalesce(date_trunc('${unit}', $2::timestamptz, 'UTC'), min(bucket)) AS lo,
              coalesce(date_trunc('${unit}', $3::timestamptz, 'UTC'), max(bucket)) AS hi FROM hits
     ), buckets AS (
       SELECT generate_series(lo, hi, '1 ${unit}'::interval) AS start FROM span WHERE lo IS NOT NULL
     )
     SELECT b.start, count(DISTINCT h.article_id)::int AS articles, count(h.article_id)::int AS mentions
     FROM buckets b LEFT JOIN hits h ON h.bucket = b.start
     GROUP BY b.start ORDER BY b.start
     LIMIT ${MAX_BUCKETS + 1}`,
    [entity.id, from ?? null, to ?? null],
  );
  if (rows.length > MAX_BUCKETS) {
    throw badInput(`The timeline has more than ${MAX_BUCKETS} ${unit} buckets; choose a longer interval or a shorter range.`);
  }
  return rows;
}

/** The entities most often mentioned in the same articles as `globalId`, by number of shared articles. */
export async function coMentions(
  dataSource: DataSource,
  globalId: string,
  types: EntityKind[] | null | undefined,
  first: number | null | undefined,
): Promise<{ type: NodeType; id: number; articles: number }[]> {
  const entity = entityOf(globalId);
  const limit = limitOf(first, 10);
  const kinds = types?.length ? types : (Object.keys(MENTION_COLUMN) as EntityKind[]);
  const branches = kinds.map(
    (kind) =>
      `SELECT '${kind}'::text AS type, m.${MENTION_COLUMN[kind]} AS id, m.article_id FROM mention m
       JOIN articles x ON x.article_id = m.article_id WHERE m.${MENTION_COLUMN[kind]} IS NOT NULL`,
  );
  return dataSource.query(
    `WITH articles AS (SELECT DISTINCT article_id FROM mention WHERE ${MENTION_COLUMN[entity.type]} = $1)
     SELECT type, id, count(DISTINCT article_id)::int AS articles FROM (${branches.join(' UNION ALL ')}) c
     WHERE NOT (type = $2 AND id = $1)
     GROUP BY type, id ORDER BY articles DESC, type, id LIMIT ${limit}`,
    [entity.id, entity.type],
  );
}

/** Speakers ranked by statements matching the filter. */
export async function topSpeakers(
  dataSource: DataSource,
  filter: StatementQuery | null | undefined,
  first: number | null | undefined,
): Promise<{ type: NodeType; id: number; statements: number }[]> {
  const limit = limitOf(first, 10);
  const qb = dataSource
    .getRepository(Statement)
    .createQueryBuilder('t')
    .select(
      `CASE WHEN t.speaker_person_id IS NOT NULL THEN 'Person' WHEN t.speaker_organization_id IS NOT NULL THEN 'Organization' ELSE 'Country' END`,
      'type',
    )
    .addSelect('coalesce(t.speaker_person_id, t.speaker_organization_id, t.speaker_country_id)', 'id')
    .addSelect('count(*)::int', 'statements')
    .where('num_nonnulls(t.speaker_person_id, t.speaker_organization_id, t.speaker_country_id) = 1');
  const { sql, params } = statementConditions(filter);
  for (const condition of sql) qb.andWhere(condition);
  return qb
    .setParameters(params)
    .groupBy('1, 2')
    .orderBy('statements', 'DESC')
    .addOrderBy('type')
    .addOrderBy('id')
    .limit(limit)
    .getRawMany();
}
