import type { DataSource } from 'typeorm';
import { badInput } from '../../errors.js';
import { decodeId, type NodeType } from '../common/node.js';
import { statementConditions, type StatementQuery } from '../statement/statement.service.js';
import { Statement } from '../statement/statement.entity.js';

export type Interval = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';
export type EntityKind = 'Country' | 'Organization' | 'Person' | 'Initiative';

/** Codes of `entity_article.entity_type` (see the EntityArticle migration). */
const TYPE_CODE: Record<EntityKind, string> = { Country: 'C', Organization: 'O', Person: 'P', Initiative: 'I' };
const TYPE_OF_CODE = `CASE e.entity_type WHEN 'C' THEN 'Country' WHEN 'O' THEN 'Organization' WHEN 'P' THEN 'Person' ELSE 'Initiative' END`;
const MAX_BUCKETS = 5000;
/** The shortest length of each interval, so that a range's bucket count is never underestimated. */
const MIN_BUCKET_MS: Record<Interval, number> = { DAY: 86_400_000, WEEK: 7 * 86_400_000, MONTH: 28 * 86_400_000, YEAR: 365 * 86_400_000 };
export const MAX_ANALYTICS_ROWS = 100;

export function entityOf(globalId: string, argument = 'id'): { type: EntityKind; id: number } {
  const decoded = decodeId(globalId);
  if (!decoded || !(decoded.type in TYPE_CODE)) {
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
  if (from && to && from > to) throw badInput('`from` is later than `to`: the range is empty.', { argument: 'from' });
  const unit = interval.toLowerCase();
  // Checked before any SQL when the range is given; otherwise the series below stops at the bound.
  if (from && to && (to.getTime() - from.getTime()) / MIN_BUCKET_MS[interval] > MAX_BUCKETS) {
    throw badInput(`The range holds more than ${MAX_BUCKETS} ${unit} buckets; choose a longer interval or a shorter range.`, {
      argument: 'interval',
    });
  }
  const rows: { start: Date; articles: number; mentions: number }[] = await dataSource.query(
    `WITH hits AS (
       SELECT date_trunc('${unit}', e.at, 'UTC') AS bucket, e.mentions FROM entity_article e
       WHERE e.entity_type = $4 AND e.entity_id = $1
         AND ($2::timestamptz IS NULL OR e.at >= $2) AND ($3::timestamptz IS NULL OR e.at < $3)
     ), span AS (
       SELECT coalesce(date_trunc('${unit}', $2::timestamptz, 'UTC'), min(bucket)) AS lo,
              coalesce(date_trunc('${unit}', $3::timestamptz, 'UTC'), max(bucket)) AS hi FROM hits
     ), buckets AS (
       SELECT generate_series(lo, least(hi, lo + ${MAX_BUCKETS} * '1 ${unit}'::interval), '1 ${unit}'::interval) AS start
       FROM span WHERE lo IS NOT NULL
     )
     SELECT b.start, count(h.bucket)::int AS articles, coalesce(sum(h.mentions), 0)::int AS mentions
     FROM buckets b LEFT JOIN hits h ON h.bucket = b.start
     GROUP BY b.start ORDER BY b.start
     LIMIT ${MAX_BUCKETS + 1}`,
    [entity.id, from ?? null, to ?? null, TYPE_CODE[entity.type]],
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
  const kinds = (types?.length ? types : (Object.keys(TYPE_CODE) as EntityKind[])).map((k) => TYPE_CODE[k]);
  return dataSource.query(
    `SELECT ${TYPE_OF_CODE} AS type, e.entity_id AS id, count(*)::int AS articles
     FROM entity_article s JOIN entity_article e ON e.article_id = s.article_id
     WHERE s.entity_type = $2 AND s.entity_id = $1 AND e.entity_type = ANY($3)
       AND NOT (e.entity_type = $2 AND e.entity_id = $1)
     GROUP BY e.entity_type, e.entity_id ORDER BY articles DESC, type, id LIMIT ${limit}`,
    [entity.id, TYPE_CODE[entity.type], kinds],
  );
}

/** Speakers ranked by statements matching the filter. */
export async function topSpeakers(
  dataSource: DataSource,
  filter: StatementQuery | null | undefined,
  first: number | null | undefined,
): Promise<{ type: NodeType; id: number; statements: number }[]> {
  const limit = limitOf(first, 10);
  const { sql, params } = statementConditions(filter);
  if (sql.length === 0) {
    // No filter: the counts kept by the SpeakerStat migration's triggers.
    return dataSource.query(
      `SELECT CASE speaker_type WHEN 'P' THEN 'Person' WHEN 'O' THEN 'Organization' ELSE 'Country' END AS type,
              speaker_id AS id, statements
       FROM speaker_stat ORDER BY statements DESC, type, id LIMIT ${limit}`,
    );
  }
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
