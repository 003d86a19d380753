import { InvalidArgumentError, type Command } from 'commander';
import { config } from '../config.js';
import { releaseEmbeddedSignalHooks } from '../db/embedded-postgres.js';
import { createLogger } from '../logger.js';
import { workChunks } from '../modules/job/job.queue.js';
import { processChunk } from '../modules/job/job.service.js';
import { withDatabase } from './context.js';

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('give a whole number from 1 to 64');
  return n;
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description(
      'run ingestion job workers (what `ingestJob` queues) until SIGTERM or Ctrl-C; start any number, on any machine that reaches the database',
    )
    .option(
      '--concurrency <n>',
      'chunks this process works on at once (extraction runs in parallel, storing one at a time)',
      positiveInt,
      2,
    )
    .addHelpText(
      'after',
      '\nA job is split into chunks of 25 articles, each stored in one transaction. A failed chunk is retried\n' +
        '(ACCORD_JOB_RETRIES, exponential backoff from 2 s); a chunk whose worker died is retried once\n' +
        'ACCORD_JOB_TIMEOUT seconds have passed. SIGTERM finishes the chunks in hand, then exits 0.\n\n' +
        'Examples:\n  npm run worker\n  DATABASE_URL=postgres://user:pass@db:5432/accord npm run worker -- --concurrency 4',
    )
    .action(async (opts: { concurrency: number }) => {
      await withDatabase(async (dataSource) => {
        const settings = config();
        const log = createLogger(settings.LOG_LEVEL, false).child({ worker: process.pid });
        const url = (dataSource.options as { url: string }).url;
        const queue = await workChunks(
          url,
          {
            timeoutSeconds: settings.ACCORD_JOB_TIMEOUT,
            retries: settings.ACCORD_JOB_RETRIES,
            concurrency: opts.concurrency,
          },
          (task, attempt) =>
            processChunk(
              dataSource,
              task,
              attempt,
              {
                fetch: {
                  allowPrivate: settings.ACCORD_FETCH_ALLOW_PRIVATE,
                  timeoutMs: settings.ACCORD_FETCH_TIMEOUT * 1000,
                  maxBytes: settings.ACCORD_FETCH_MAX_BYTES,
                  maxRedirects: 5,
                  hostIntervalMs: settings.ACCORD_FETCH_HOST_INTERVAL_MS,
                },
              },
              log,
            ),
          (error) => log.error({ err: error }, 'job queue error'),
        );
        // embedded-postgres' exit hook exits on the first signal (code 143) once its cluster
        // is stopped; here the chunks in hand finish first, and withDatabase then stops the
        // cluster (when this process started it) and exits 0.
        releaseEmbeddedSignalHooks();
        log.info({ concurrency: opts.concurrency }, 'worker ready: waiting for ingestion jobs');
        const signal = await new Promise<string>((resolve) => {
          process.once('SIGTERM', () => resolve('SIGTERM'));
          process.once('SIGINT', () => resolve('SIGINT'));
        });
        log.info({ signal }, 'stopping: finishing the chunks in hand');
        // A second signal while draining stops at once; the chunks in hand roll back and are retried.
        const force = () => process.exit(130);
        process.once('SIGTERM', force);
        process.once('SIGINT', force);
        await queue.stop();
        log.info('worker stopped');
      });
    });
}
