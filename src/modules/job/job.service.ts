import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { badInput } from '../../errors.js';
import { extractArticle } from '../../ingest/extract/extract.js';
import type { ExtractedArticle } from '../../ingest/types.js';
import { auditMany } from '../audit/audit.service.js';
import { prepareIngest, type PreparedArticle, type RawIngestInput } from '../ingestion/ingest-input.js';
import { lockIngestion, storeExtractedArticles, type ExtractionCounts, type IngestStatus } from '../ingestion/ingestion.service.js';
import { publish, publishIngest } from '../live/live.queries.js';
import { statementIdsOfArticles } from '../statement/statement.queries.js';
import { loadKnownEntities } from '../ingestion/known-entities.js';
import {
  countJobsByStatus,
  findChunkOutcomes,
  findJobs,
  finishChunk,
  insertChunks,
  insertJob,
  lockChunk,
  markRunning,
  readChunk,
  type JobRow,
  type JobStatus,
} from './job.queries.js';
import { enqueueChunks, type ChunkTask } from './job.queue.js';

/** NOTIFY channel of `jobUpdated`: `{ id }` of a job each time its row changes (at commit). */
export const JOB_CHANNEL = 'accord_job_updated';
export interface JobUpdatedPayload {
  id: number;
}
const notifyJob = (manager: EntityManager, id: number) => publish(manager, JOB_CHANNEL, { id } satisfies JobUpdatedPayload);

/** Articles per chunk: one queue task and one storing transaction each. */
export const CHUNK_SIZE = 25;
export const MAX_ARTICLES_PER_JOB = 10_000;

/** One item of a job, as stored in its chunk: an article ready for extraction. */
export type JobItem = { kind: 'article'; index: number; article: PreparedArticle };

/** The outcome of one stored item, as `IngestResult` shows it. */
export interface JobResult {
  index: number;
  articleId: number;
  status: IngestStatus;
  extracted: ExtractionCounts;
}

export type RawJobInput = RawIngestInput;

export interface JobView extends JobRow {
  results: JobResult[];
  errors: string[];
}

/**
 * Validates like `ingestArticles` (the same messages, the same per-article limits, up to
 * {@link MAX_ARTICLES_PER_JOB} articles), then stores the job, its chunks and one queue
 * task per chunk in one transaction. Workers (`npm run worker`) do the rest.
 */
export async function createIngestJob(dataSource: DataSource, input: RawJobInput, who: string): Promise<JobRow> {
  const prepared = prepareIngest(input, MAX_ARTICLES_PER_JOB);
  const items: JobItem[] = prepared.map((article, index) => ({ kind: 'article', index, article }));
  if (items.length === 0) throw badInput('Nothing to ingest.');
  const kind = [input.articles?.length ? 'articles' : null, input.text?.trim() ? 'text' : null].filter(Boolean).join('+');
  const chunks: { firstIndex: number; items: JobItem[] }[] = [];
  for (let i = 0; i < items.length; i += CHUNK_SIZE) chunks.push({ firstIndex: i, items: items.slice(i, i + CHUNK_SIZE) });
  const id = await dataSource.transaction(async (manager) => {
    const jobId = await insertJob(manager, { kind, total: items.length, createdBy: who });
    await insertChunks(manager, jobId, chunks);
    await enqueueChunks(manager, chunks.map((_, seq) => ({ jobId, seq })));
    await notifyJob(manager, jobId);
    return jobId;
  });
  return (await findJobs(dataSource.manager, [id]))[0];
}

export async function findJob(manager: EntityManager, id: number): Promise<JobRow | null> {
  return (await findJobs(manager, [id]))[0] ?? null;
}

/** Results and errors of the chunks finished so far, in item order. */
export async function jobOutcomes(manager: EntityManager, id: number): Promise<{ results: JobResult[]; errors: string[] }> {
  const rows = await findChunkOutcomes(manager, [id]);
  return { results: rows.flatMap((r) => r.results as JobResult[]), errors: rows.flatMap((r) => r.errors) };
}

/** Jobs by status (QUEUED, RUNNING, SUCCEEDED, FAILED), for the metrics endpoint. */
export function countJobs(dataSource: DataSource): Promise<Record<JobStatus, number>> {
  return countJobsByStatus(dataSource.manager);
}

/**
 * Runs one chunk: extraction outside any transaction (pure, the slow part, in parallel
 * across workers), then one transaction that locks the chunk, stores its articles, and
 * marks it DONE with its results. A chunk already DONE (its worker finished it just
 * before dying, or a retry raced it) is skipped; the content hash makes a second store
 * of the same article a DUPLICATE anyway. On the last attempt a failure is recorded in
 * the job before pg-boss gives up.
 */
export async function processChunk(
  dataSource: DataSource,
  task: ChunkTask,
  attempt: { retryCount: number; retryLimit: number },
  log: Logger,
): Promise<void> {
  const chunk = await readChunk<JobItem>(dataSource.manager, task.jobId, task.seq);
  if (!chunk || chunk.status !== 'PENDING') return;
  await dataSource.transaction(async (manager) => {
    if (await markRunning(manager, task.jobId)) await notifyJob(manager, task.jobId);
  });
  try {
    const known = await loadKnownEntities(dataSource.manager);
    const extracted: { index: number; article: ExtractedArticle }[] = chunk.items.map((item) => ({
      index: item.index,
      article: extractArticle(item.article.split, {
        known,
        url: item.article.url,
        source: item.article.source,
        publishedAt: item.article.publishedAt,
      }),
    }));
    await dataSource.transaction(async (manager) => {
      const locked = await lockChunk<JobItem>(manager, task.jobId, task.seq);
      if (!locked || locked.status !== 'PENDING') return;
      const [job] = await findJobs(manager, [task.jobId]);
      await lockIngestion(manager);
      const stored = await storeExtractedArticles(manager, extracted.map((e) => e.article));
      await auditMany(
        manager,
        stored.map((r) => ({
          who: job.createdBy,
          action: 'ingestJob',
          entityType: 'Article',
          entityId: r.article.id,
          after: { job: task.jobId, title: r.article.title, status: r.status, extracted: { ...r.extracted } },
        })),
      );
      const results: JobResult[] = stored.map((r, i) => ({
        index: extracted[i].index,
        articleId: r.article.id,
        status: r.status,
        extracted: { ...r.extracted },
      }));
      await finishChunk(manager, task.jobId, task.seq, { status: 'DONE', results, errors: [], items: chunk.items.length, failedItems: 0 });
      await notifyJob(manager, task.jobId);
      const created = stored.filter((r) => r.status === 'CREATED').map((r) => r.article.id);
      if (created.length > 0) await publishIngest(manager, created, await statementIdsOfArticles(manager, created));
    });
  } catch (error) {
    const message = (error as Error).message;
    log.warn({ job: task.jobId, chunk: task.seq, attempt: attempt.retryCount + 1, err: error }, 'job chunk failed');
    if (attempt.retryCount >= attempt.retryLimit) {
      const last = chunk.firstIndex + chunk.items.length - 1;
      await dataSource.transaction(async (manager) => {
        const locked = await lockChunk(manager, task.jobId, task.seq);
        if (!locked || locked.status !== 'PENDING') return;
        await finishChunk(manager, task.jobId, task.seq, {
          status: 'FAILED',
          results: [],
          errors: [`items ${chunk.firstIndex}-${last}: not stored after ${attempt.retryCount + 1} attempts: ${message}`],
          items: chunk.items.length,
          failedItems: chunk.items.length,
        });
        await notifyJob(manager, task.jobId);
      });
    }
    throw error;
  }
}
