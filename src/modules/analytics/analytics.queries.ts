import { query } from '../../db/sql.js';
import type { DataSource } from 'typeorm';
import type { NodeType } from '../common/node.js';

/** The SQL of analytics: over `entity_article`, one row per entity and article kept by triggers (see its migration). */

const TYPE_OF_CODE = `CASE e.entity_type WHEN 'C' THEN 'Country' WHEN 'O' THEN 'Organization' WHEN 'P' THEN 'Person' ELSE 'Initiative' END`;

/** Articles and mentions per `unit` bucket (empty ones included), at most `limit` buckets. */
export function timelineRows(
  dataSource: DataSource,
  entityId: number,
  typeCode: string,
  unit: string,
  from: Date | null,
  to: Date | null,
  limit: number,
): Promise<{ start: Date; articles: number; mentions: number }[]> {
  if (!/^(day|week|month|year)$/.test(unit)) throw new Error(`unknown interval ${unit}`);
  return query(
    dataSource,
    `WITH hits AS (
       SELECT date_trunc('${unit}', e.at, 'UTC') AS bucket, e.mentions FROM entity_article e
       WHERE e.entity_type = $4 AND e.entity_id = $1
         AND ($2::timestamptz IS NULL OR e.at >= $2) AND ($3::timestamptz IS NULL OR e.at < $3)
     ), span AS (
       SELECT coalesce(date_trunc('${unit}', $2::timestamptz, 'UTC'), min(bucket)) AS lo,
              coalesce(date_trunc('${unit}', $3::timestamptz, 'UTC'), max(bucket)) AS hi FROM hits
     ), buckets AS (
       SELECT generate_series(lo, hi, '1 ${unit}'::interval) AS start FROM span WHERE lo IS NOT NULL
     )
     SELECT b.start, count(h.bucket)::int AS articles, coalesce(sum(h.mentions), 0)::int AS mentions
     FROM buckets b LEFT JOIN hits h ON h.bucket = b.start
     GROUP BY b.start ORDER BY b.start
     LIMIT ${limit}`,
    [entityId, from, to, typeCode],
  );
}

/** Entities sharing the most articles with the given one. */
export function coMentionRows(
  dataSource: DataSource,
  entityId: number,
  typeCode: string,
  kinds: string[],
  limit: number,
): Promise<{ type: NodeType; id: number; articles: number }[]> {
  return query(
    dataSource,
    `SELECT ${TYPE_OF_CODE} AS type, e.entity_id AS id, count(*)::int AS articles
     FROM entity_article s JOIN entity_article e ON e.article_id = s.article_id
     WHERE s.entity_type = $2 AND s.entity_id = $1 AND e.entity_type = ANY($3)
       AND NOT (e.entity_type = $2 AND e.entity_id = $1)
     GROUP BY e.entity_type, e.entity_id ORDER BY articles DESC, type, id LIMIT ${limit}`,
    [entityId, typeCode, kinds],
  );
}

/** Totals of the graph. */
type Totals = Record<'articles' | 'statements' | 'people' | 'organizations' | 'countries' | 'initiatives', number>;

export async function statsRow(dataSource: DataSource): Promise<Totals> {
  const [row] = await query<Totals>(
    dataSource,
    `SELECT (SELECT count(*) FROM article)::int AS articles, (SELECT count(*) FROM statement)::int AS statements,
            (SELECT count(*) FROM person)::int AS people, (SELECT count(*) FROM organization)::int AS organizations,
            (SELECT count(*) FROM country)::int AS countries, (SELECT count(*) FROM initiative)::int AS initiatives`,
  );
  return row;
}
