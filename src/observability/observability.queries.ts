import type { DataSource } from 'typeorm';

/** The SQL behind the database-wide gauges of /metrics. */

export async function articleCount(dataSource: DataSource): Promise<number> {
  const [row] = await dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM article');
  return row?.n ?? 0;
}

/** Ingestion jobs per state; empty until the job tables exist. */
export async function jobCountsByState(dataSource: DataSource): Promise<{ state: string; n: number }[]> {
  const [exists] = await dataSource.query<{ ok: boolean }[]>(
    `SELECT to_regclass('public.ingest_job') IS NOT NULL AS ok`,
  );
  if (!exists?.ok) return [];
  return dataSource.query(`SELECT status::text AS state, count(*)::int AS n FROM ingest_job GROUP BY 1`);
}
