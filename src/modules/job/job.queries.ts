import type { EntityManager } from 'typeorm';

/** The SQL of ingestion jobs (tables from migrations/1795809000000-IngestJobs.ts). */

export const JOB_STATUSES = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
export type ChunkStatus = 'PENDING' | 'DONE' | 'FAILED';

export interface JobRow {
  id: number;
  status: JobStatus;
  kind: string;
  total: number;
  done: number;
  failedItems: number;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

export interface ChunkRow<Item = unknown, Result = unknown> {
  seq: number;
  firstIndex: number;
  status: ChunkStatus;
  attempts: number;
  items: Item[];
  results: Result[];
  errors: string[];
}

const JOB_COLUMNS = `id::int AS id, status, kind, total, done, failed_items AS "failedItems", created_by AS "createdBy",
  created_at AS "createdAt", updated_at AS "updatedAt", started_at AS "startedAt", finished_at AS "finishedAt"`;

export async function insertJob(
  manager: EntityManager,
  job: { kind: string; total: number; createdBy: string },
): Promise<number> {
  const [row] = await manager.query(
    `INSERT INTO ingest_job (kind, total, created_by) VALUES ($1, $2, $3) RETURNING id::int AS id`,
    [job.kind, job.total, job.createdBy],
  );
  return row.id;
}

export async function insertChunks(
  manager: EntityManager,
  jobId: number,
  chunks: { firstIndex: number; items: unknown[] }[],
): Promise<void> {
  if (chunks.length === 0) return;
  await manager.query(
    `INSERT INTO ingest_job_chunk (job_id, seq, first_index, items)
     SELECT $1, c.seq, c.first_index, c.items FROM unnest($2::int[], $3::int[], $4::jsonb[]) AS c(seq, first_index, items)`,
    [jobId, chunks.map((_, i) => i), chunks.map((c) => c.firstIndex), chunks.map((c) => JSON.stringify(c.items))],
  );
}

export async function findJobs(manager: EntityManager, ids: readonly number[]): Promise<JobRow[]> {
  return manager.query(`SELECT ${JOB_COLUMNS} FROM ingest_job WHERE id = ANY($1::bigint[])`, [ids]);
}

/** Results and errors of the finished chunks of each job, in item order. */
export async function findChunkOutcomes(
  manager: EntityManager,
  jobIds: readonly number[],
): Promise<{ jobId: number; results: unknown[]; errors: string[] }[]> {
  return manager.query(
    `SELECT job_id::int AS "jobId", results, errors FROM ingest_job_chunk
     WHERE job_id = ANY($1::bigint[]) AND status <> 'PENDING' ORDER BY job_id, seq`,
    [jobIds],
  );
}

/** QUEUED -> RUNNING when a first chunk starts; true when this call changed it. */
export async function markRunning(manager: EntityManager, jobId: number): Promise<boolean> {
  const rows = await manager.query(
    `WITH u AS (UPDATE ingest_job SET status = 'RUNNING', started_at = now(), updated_at = now()
       WHERE id = $1 AND status = 'QUEUED' RETURNING id)
     SELECT id FROM u`,
    [jobId],
  );
  return rows.length > 0;
}

/**
 * Locks one chunk until the caller's transaction ends: a second worker given the same
 * chunk (after a timeout) waits here, then sees it DONE and skips it.
 */
export async function lockChunk<Item>(
  manager: EntityManager,
  jobId: number,
  seq: number,
): Promise<ChunkRow<Item> | null> {
  const [row] = await manager.query(
    `WITH c AS (UPDATE ingest_job_chunk SET attempts = attempts + 1 WHERE job_id = $1 AND seq = $2
       RETURNING seq, first_index AS "firstIndex", status, attempts, items, results, errors)
     SELECT * FROM c`,
    [jobId, seq],
  );
  return row ?? null;
}

/** Reads a chunk without locking it (extraction runs before the storing transaction). */
export async function readChunk<Item>(
  manager: EntityManager,
  jobId: number,
  seq: number,
): Promise<ChunkRow<Item> | null> {
  const [row] = await manager.query(
    `SELECT seq, first_index AS "firstIndex", status, attempts, items, results, errors FROM ingest_job_chunk WHERE job_id = $1 AND seq = $2`,
    [jobId, seq],
  );
  return row ?? null;
}

/**
 * Marks a chunk finished and adds it to its job's progress; the job is SUCCEEDED or
 * FAILED once every item is done. Returns the job's new status.
 */
export async function finishChunk(
  manager: EntityManager,
  jobId: number,
  seq: number,
  outcome: { status: 'DONE' | 'FAILED'; results: unknown[]; errors: string[]; items: number; failedItems: number },
): Promise<JobStatus> {
  await manager.query(
    `UPDATE ingest_job_chunk SET status = $3, results = $4::jsonb, errors = $5::text[], updated_at = now() WHERE job_id = $1 AND seq = $2`,
    [jobId, seq, outcome.status, JSON.stringify(outcome.results), outcome.errors],
  );
  const [row] = await manager.query(
    `WITH u AS (UPDATE ingest_job SET
       done = done + $2, failed_items = failed_items + $3, failed_chunks = failed_chunks + $4, updated_at = now(),
       started_at = coalesce(started_at, now()),
       status = CASE WHEN done + $2 < total THEN 'RUNNING'::ingest_job_status
                     WHEN failed_chunks + $4 > 0 OR failed_items + $3 >= total THEN 'FAILED'::ingest_job_status
                     ELSE 'SUCCEEDED'::ingest_job_status END,
       finished_at = CASE WHEN done + $2 >= total THEN now() END
     WHERE id = $1 RETURNING status)
     SELECT status FROM u`,
    [jobId, outcome.items, outcome.failedItems, outcome.status === 'FAILED' ? 1 : 0],
  );
  return row.status;
}

/** Jobs by status, every status present (0 when none), for /metrics. */
export async function countJobsByStatus(manager: EntityManager): Promise<Record<JobStatus, number>> {
  const rows: { status: JobStatus; n: number }[] = await manager.query(
    `SELECT status, count(*)::int AS n FROM ingest_job GROUP BY status`,
  );
  const counts = Object.fromEntries(JOB_STATUSES.map((s) => [s, 0])) as Record<JobStatus, number>;
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}

/**
 * Reserves the next fetch slot for `host`, shared by every worker through the database:
 * returns how many milliseconds to wait before fetching.
 */
export async function reserveFetchSlot(manager: EntityManager, host: string, intervalMs: number): Promise<number> {
  const [row] = await manager.query(
    `INSERT INTO fetch_host AS f (host, next_at) VALUES ($1, clock_timestamp() + make_interval(secs => $2 / 1000.0))
     ON CONFLICT (host) DO UPDATE SET next_at = greatest(f.next_at, clock_timestamp()) + make_interval(secs => $2 / 1000.0)
     RETURNING greatest(0, extract(epoch FROM (next_at - clock_timestamp())) * 1000 - $2)::int AS wait`,
    [host, intervalMs],
  );
  return row.wait;
}
