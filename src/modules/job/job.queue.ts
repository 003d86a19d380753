import PgBoss from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import { pgBossExecutor } from '../../db/pg-boss-executor.js';

/** The pg-boss queue: one task per chunk of an ingestion job. */
export const CHUNK_QUEUE = 'ingest-chunk';

export interface ChunkTask {
  jobId: number;
  seq: number;
}

export interface QueueSettings {
  /** Seconds before a running chunk counts as lost and is retried (pg-boss expiration). */
  timeoutSeconds: number;
  retries: number;
}

const retryOptions = (settings: QueueSettings) => ({
  retryLimit: settings.retries,
  retryDelay: 2,
  retryBackoff: true,
  expireInSeconds: settings.timeoutSeconds,
});

/**
 * Creates or upgrades pg-boss's schema (the library versions it itself, under an
 * advisory lock, so concurrent starts are safe) and the chunk queue. Idempotent.
 */
export async function ensureQueue(dataSource: DataSource, settings: QueueSettings): Promise<void> {
  const boss = new PgBoss({ db: pgBossExecutor(dataSource), supervise: false, schedule: false, migrate: true });
  await boss.start();
  try {
    if (!(await boss.getQueue(CHUNK_QUEUE))) {
      await boss
        .createQueue(CHUNK_QUEUE, { name: CHUNK_QUEUE, ...retryOptions(settings) })
        .catch(async (error: Error) => {
          if (!(await boss.getQueue(CHUNK_QUEUE))) throw error; // not a concurrent creation: a real failure
        });
    } else {
      await boss.updateQueue(CHUNK_QUEUE, { name: CHUNK_QUEUE, ...retryOptions(settings) });
    }
  } finally {
    await boss.stop({ graceful: false, close: false, wait: true });
  }
}

/**
 * Adds one task per chunk inside the caller's transaction: no job without its tasks.
 * Retries and timeout come from the queue (set by {@link ensureQueue} from the config).
 */
export async function enqueueChunks(manager: EntityManager, tasks: ChunkTask[]): Promise<void> {
  if (tasks.length === 0) return;
  const boss = new PgBoss({ db: pgBossExecutor(manager), supervise: false, schedule: false, migrate: false });
  await boss.insert(
    tasks.map((data) => ({ name: CHUNK_QUEUE, data })),
    { db: pgBossExecutor(manager) },
  );
}

export interface WorkerQueue {
  stop(): Promise<void>;
}

/**
 * Runs `handle` for chunk tasks, `concurrency` at a time, on a pool of its own. pg-boss
 * retries a failed task with exponential backoff, and a task whose worker died (no
 * completion within the timeout) is expired by the maintenance that every worker runs.
 */
export async function workChunks(
  connectionString: string,
  settings: QueueSettings & { concurrency: number },
  handle: (task: ChunkTask, attempt: { retryCount: number; retryLimit: number }) => Promise<void>,
  onError: (error: Error) => void,
): Promise<WorkerQueue> {
  const boss = new PgBoss({
    connectionString,
    max: settings.concurrency + 2,
    application_name: 'accord-worker',
    schedule: false,
    supervise: true,
    // Lost chunks are noticed within about a quarter of the timeout.
    maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.floor(settings.timeoutSeconds / 4))),
  });
  boss.on('error', onError);
  await boss.start();
  for (let i = 0; i < settings.concurrency; i++) {
    await boss.work<ChunkTask>(
      CHUNK_QUEUE,
      { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: 0.5 },
      async ([job]) => {
        await handle(job.data, { retryCount: job.retryCount, retryLimit: job.retryLimit });
      },
    );
  }
  return {
    async stop() {
      // Waits for the chunks in hand to finish; each one is a transaction, so even a
      // forced stop leaves nothing half-stored.
      await boss.stop({ graceful: true, wait: true, timeout: settings.timeoutSeconds * 1000 });
    },
  };
}
