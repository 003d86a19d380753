import type { DataSource } from 'typeorm';

/** The SQL behind the database-wide gauges of /metrics. */

export async function articleCount(dataSource: DataSource): Promise<number> {
  const [row] = (await dataSource.query('SELECT count(*)::int AS n FROM article')) as { n: number }[];
  return row?.n ?? 0;
}

/** Ingestion jobs per state; empty until the job tables exist. */
export async function jobCountsByState(dataSource: DataSource): Promise<{ state: string; n: number }[]> {
  const [exists] = (await dataSource.query(`SELECT to_regclass('public.ingest_job') IS NOT NULL AS ok`)) as { ok: boolean }[];
  if (!exists?.ok) return [];
  return dataSource.query(`SELECT status::text AS state, count(*)::int AS n FROM ingest_job GROUP BY 1`);
}
