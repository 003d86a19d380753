import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { badInput } from '../../errors.js';
import { extractArticle } from '../../ingest/extract/extract.js';
import type { ExtractedArticle } from '../../ingest/types.js';
import { auditMany } from '../audit/audit.service.js';
import {
  parseDate,
  parseUrl,
  prepareIngest,
  preparedFromPage,
  type PreparedArticle,
  type RawIngestInput,
} from '../ingestion/ingest-input.js';
import { articleFromHtml } from '../../ingest/html.js';
import { fetchPage, FetchError, type FetchSettings } from './fetch-page.js';
import {
  lockIngestion,
  storeExtractedArticles,
  type ExtractionCounts,
  type IngestStatus,
} from '../ingestion/ingestion.service.js';
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
  reserveFetchSlot,
  type JobRow,
  type JobStatus,
} from './job.queries.js';
import { enqueueChunks, type ChunkTask } from './job.queue.js';

/** NOTIFY channel of `jobUpdated`: `{ id }` of a job each time its row changes (at commit). */
export const JOB_CHANNEL = 'accord_job_updated';
export interface JobUpdatedPayload {
  id: number;
}
const notifyJob = (manager: EntityManager, id: number) =>
  publish(manager, JOB_CHANNEL, { id } satisfies JobUpdatedPayload);

/** Articles per chunk: one queue task and one storing transaction each. */
export const CHUNK_SIZE = 25;
export const MAX_ARTICLES_PER_JOB = 10_000;

/** Pages per chunk of a job's `urls`: one, so a slow host (3 tries of ACCORD_FETCH_TIMEOUT) stays within ACCORD_JOB_TIMEOUT and pages spread over workers. */
export const URL_CHUNK_SIZE = 1;
export const MAX_URLS_PER_JOB = 1_000;
/** Tries of a URL that failed for a reason that may pass (timeout, HTTP 5xx), 1 s then 2 s apart. */
const FETCH_TRIES = 3;

/** One item of a job, as stored in its chunk: an article ready for extraction, or a page to fetch. */
export type JobItem =
  | { kind: 'article'; index: number; article: PreparedArticle }
  | { kind: 'url'; index: number; position: number; url: string; source: string | null; publishedAt: string | null };

/** The outcome of one stored item, as `IngestResult` shows it. */
export interface JobResult {
  index: number;
  articleId: number;
  status: IngestStatus;
  extracted: ExtractionCounts;
}

export interface RawJobInput extends RawIngestInput {
  urls?: string[] | null;
}

export interface ChunkOptions {
  fetch: Omit<FetchSettings, 'waitForHost'> & { hostIntervalMs: number };
}

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
  const urls = (input.urls ?? []).map((u) => u.trim()).filter(Boolean);
  if (urls.length > MAX_URLS_PER_JOB) {
    throw badInput(`Too many URLs in one job: ${urls.length}; send at most ${MAX_URLS_PER_JOB} per job.`, {
      argument: 'input.urls',
    });
  }
  const hasOther = Boolean(input.articles?.length || input.text?.trim() || input.html?.trim());
  if (!hasOther && !input.urls?.length) {
    throw badInput(
      'Nothing to ingest: give `articles` (title and body each), a raw `text` dump, an `html` page, or `urls` to fetch.',
    );
  }
  if (input.urls && input.urls.length > 0 && urls.length === 0 && !hasOther)
    throw badInput('input.urls holds only empty strings; give http(s) URLs.', { argument: 'input.urls' });
  const prepared = hasOther || urls.length === 0 ? prepareIngest(input, MAX_ARTICLES_PER_JOB) : [];
  const source = input.source?.trim() || null;
  const publishedAt = parseDate(input.publishedAt, 'input');
  const articles: JobItem[] = prepared.map((article, index) => ({ kind: 'article', index, article }));
  const pages: JobItem[] = urls.map((url, i) => ({
    kind: 'url',
    index: articles.length + i,
    position: i,
    url: parseUrl(url, `input.urls[${i}]`)!,
    source,
    publishedAt,
  }));
  const items = [...articles, ...pages];
  const kind = [
    input.articles?.length ? 'articles' : null,
    input.text?.trim() ? 'text' : null,
    input.html?.trim() ? 'html' : null,
    urls.length ? 'urls' : null,
  ]
    .filter(Boolean)
    .join('+');
  const chunks: { firstIndex: number; items: JobItem[] }[] = [];
  for (let i = 0; i < articles.length; i += CHUNK_SIZE)
    chunks.push({ firstIndex: i, items: articles.slice(i, i + CHUNK_SIZE) });
  for (let i = 0; i < pages.length; i += URL_CHUNK_SIZE)
    chunks.push({ firstIndex: articles.length + i, items: pages.slice(i, i + URL_CHUNK_SIZE) });
  const id = await dataSource.transaction(async (manager) => {
    const jobId = await insertJob(manager, { kind, total: items.length, createdBy: who });
    await insertChunks(manager, jobId, chunks);
    await enqueueChunks(
      manager,
      chunks.map((_, seq) => ({ jobId, seq })),
    );
    await notifyJob(manager, jobId);
    return jobId;
  });
  return (await findJobs(dataSource.manager, [id]))[0];
}

export async function findJob(manager: EntityManager, id: number): Promise<JobRow | null> {
  return (await findJobs(manager, [id]))[0] ?? null;
}

/** Results and errors of the chunks finished so far, in item order. */
export async function jobOutcomes(
  manager: EntityManager,
  id: number,
): Promise<{ results: JobResult[]; errors: string[] }> {
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
  options: ChunkOptions,
  log: Logger,
): Promise<void> {
  const chunk = await readChunk<JobItem>(dataSource.manager, task.jobId, task.seq);
  if (!chunk || chunk.status !== 'PENDING') return;
  await dataSource.transaction(async (manager) => {
    if (await markRunning(manager, task.jobId)) await notifyJob(manager, task.jobId);
  });
  try {
    const known = await loadKnownEntities(dataSource.manager);
    const errors: string[] = [];
    const ready: { index: number; article: PreparedArticle }[] = [];
    for (const item of chunk.items) {
      if (item.kind === 'article') ready.push({ index: item.index, article: item.article });
      else {
        const page = await pageOf(dataSource, item, options);
        if (typeof page === 'string') errors.push(`input.urls[${item.position}] ${item.url}: ${page}`);
        else ready.push({ index: item.index, article: page });
      }
    }
    const extracted: { index: number; article: ExtractedArticle }[] = ready.map(({ index, article }) => ({
      index,
      article: {
        ...extractArticle(article.split, {
          known,
          url: article.url,
          source: article.source,
          publishedAt: article.publishedAt,
        }),
        byline: article.byline ?? null,
      },
    }));
    await dataSource.transaction(async (manager) => {
      const locked = await lockChunk<JobItem>(manager, task.jobId, task.seq);
      if (!locked || locked.status !== 'PENDING') return;
      const [job] = await findJobs(manager, [task.jobId]);
      await lockIngestion(manager);
      const stored = await storeExtractedArticles(
        manager,
        extracted.map((e) => e.article),
      );
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
      await finishChunk(manager, task.jobId, task.seq, {
        status: 'DONE',
        results,
        errors,
        items: chunk.items.length,
        failedItems: errors.length,
      });
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
          errors: [
            `items ${chunk.firstIndex}-${last}: not stored after ${attempt.retryCount + 1} attempts: ${message}`,
          ],
          items: chunk.items.length,
          failedItems: chunk.items.length,
        });
        await notifyJob(manager, task.jobId);
      });
    }
    throw error;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Fetches and reads one page; a string says why it could not be ingested. A failure
 * that may pass (timeout, HTTP 5xx) is tried again, 1 s then 2 s later.
 */
async function pageOf(
  dataSource: DataSource,
  item: Extract<JobItem, { kind: 'url' }>,
  options: ChunkOptions,
): Promise<PreparedArticle | string> {
  const settings: FetchSettings = {
    ...options.fetch,
    waitForHost: async (host) => {
      const wait = await reserveFetchSlot(dataSource.manager, host, options.fetch.hostIntervalMs);
      if (wait > 0) await sleep(wait);
    },
  };
  for (let attempt = 1; ; attempt++) {
    try {
      const fetched = await fetchPage(item.url, settings);
      const page = articleFromHtml(fetched.html);
      if (!page) return 'the page holds no article (no headline with paragraphs of text)';
      return preparedFromPage(page, { url: fetched.url, source: item.source, publishedAt: item.publishedAt });
    } catch (error) {
      if (!(error instanceof FetchError)) throw error;
      if (!error.transient || attempt >= FETCH_TRIES) return error.message;
      await sleep(1000 * attempt);
    }
  }
}
