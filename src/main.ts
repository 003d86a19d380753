import 'reflect-metadata';
import v8 from 'node:v8';
import { config, ConfigError } from './config.js';
import { timeoutsOf } from './db/data-source.js';
import { openDatabase, type Database } from './db/database.js';
import { releaseEmbeddedSignalHooks } from './db/embedded-postgres.js';
import { createSchema } from './graphql/schema.js';
import { createLogger } from './logger.js';
import { loadCorpusIfEmpty, migrateAndSeed, queueSettings } from './modules/ingestion/bootstrap.js';
import { startServer, type RunningServer } from './server.js';
import { isClusterWorker, superviseWorkers, type Supervisor } from './cluster.js';

/**
 * V8 lets a busy server's heap grow to about four times what is live before it collects
 * (under 200 connections: 200 MB of heap for 60 MB live, RSS near 300 MB). Growing by
 * half instead keeps RSS under load near 200 MB at the same throughput (BENCHMARKS.md).
 * It only paces collection: the heap still grows with what is live, so nothing runs out
 * earlier. A flag given in NODE_OPTIONS or on the command line wins.
 */
if (![...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((flag) => flag.includes('heap-growing-percent'))) {
  v8.setFlagsFromString('--heap-growing-percent=50');
}

/** config -> database -> schema -> server; and a clean stop on Ctrl-C. */
async function main(): Promise<void> {
  let settings;
  try {
    settings = config();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`${error.message}\nFix the variable(s) above (see .env.example) and start again.`);
      process.exit(78);
    }
    throw error;
  }
  const log = createLogger(settings.LOG_LEVEL);
  const started = Date.now();
  let database: Database | undefined;
  let server: RunningServer | undefined;
  let workers: Supervisor | undefined;
  let stopping = false;
  /*
   * SIGTERM/SIGINT: stop accepting, let in-flight requests finish (bounded by
   * ACCORD_SHUTDOWN_TIMEOUT_MS), close the pool, stop the embedded PostgreSQL last, exit 0.
   * A second signal, or a stop that hangs, ends the process with 1.
   */
  const stop = async (signal: string, exitCode = 0) => {
    if (stopping) {
      log.warn({ signal }, 'second signal while stopping: exiting now');
      process.exit(1);
    }
    stopping = true;
    log.info({ signal }, 'stopping: draining in-flight requests');
    setTimeout(() => {
      log.error('stopping took too long: exiting');
      process.exit(1);
    }, settings.ACCORD_SHUTDOWN_TIMEOUT_MS + 15_000).unref();
    await workers?.stop(signal as NodeJS.Signals);
    // Connections the kernel accepted just before the signal may not have had their request
    // read yet; closing now would count them idle and reset them. A short settle, still
    // listening, lets those requests start, so the drain below waits for them.
    if (server) await new Promise((resolve) => setTimeout(resolve, Math.min(250, settings.ACCORD_SHUTDOWN_TIMEOUT_MS)));
    await server?.close().catch((err: unknown) => log.error({ err }, 'while stopping the server'));
    await database?.close().catch((err: unknown) => log.error({ err }, 'while stopping the database'));
    log.info({ signal }, 'stopped');
    process.exit(exitCode);
  };
  // Our stop closes the database last; embedded-postgres' own hooks would exit first.
  releaseEmbeddedSignalHooks();
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    database = await openDatabase(settings, log);
    log.info({ database: database.location }, 'database connected');
    // In cluster mode the primary prepares the database once; its workers only serve.
    if (!isClusterWorker()) {
      await migrateAndSeed(database.dataSource, log, queueSettings(settings));
      await loadCorpusIfEmpty(database.dataSource, settings.ACCORD_SEED_CORPUS, log);
    }
    if (settings.WEB_CONCURRENCY > 1 && !isClusterWorker()) {
      const url = (database.dataSource.options as { url: string }).url;
      await database.dataSource.destroy();
      workers = superviseWorkers({
        count: settings.WEB_CONCURRENCY,
        // The embedded PostgreSQL (if any) belongs to the primary; workers connect to it.
        env: { DATABASE_URL: url },
        log,
        onServing: () =>
          log.info(
            { workers: settings.WEB_CONCURRENCY, port: settings.PORT, ms: Date.now() - started },
            `Accord is serving with ${settings.WEB_CONCURRENCY} workers`,
          ),
        onFatal: (reason) => {
          log.fatal(reason);
          void stop('SIGTERM', 1);
        },
      });
      return;
    }
    const pool = await database.openServingPool(timeoutsOf(settings));
    if (stopping) return;
    server = await startServer(settings, await createSchema(), pool, log);
    log.info({ url: server.url, ms: Date.now() - started }, `Accord is serving GraphQL at ${server.url}`);
  } catch (error) {
    log.fatal({ err: error }, (error as Error).message);
    await database?.close().catch(() => undefined);
    process.exit(1);
  }
}

void main();
