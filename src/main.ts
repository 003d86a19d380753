import 'reflect-metadata';
import { config, ConfigError } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { releaseEmbeddedSignalHooks } from './db/embedded-postgres.js';
import { createSchema } from './graphql/schema.js';
import { createLogger } from './logger.js';
import { loadCorpusIfEmpty, migrateAndSeed, queueSettings } from './modules/ingestion/bootstrap.js';
import { startServer, type RunningServer } from './server.js';
import { isClusterWorker, superviseWorkers, type Supervisor } from './cluster.js';

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
  const stop = async (signal: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    await workers?.stop(signal as NodeJS.Signals);
    await server?.close().catch((err: unknown) => log.error({ err }, 'while stopping the server'));
    await database?.close().catch((err: unknown) => log.error({ err }, 'while stopping the database'));
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
          log.info({ workers: settings.WEB_CONCURRENCY, port: settings.PORT, ms: Date.now() - started }, `Accord is serving with ${settings.WEB_CONCURRENCY} workers`),
        onFatal: (reason) => {
          log.fatal(reason);
          void stop('SIGTERM', 1);
        },
      });
      return;
    }
    server = await startServer(settings, await createSchema(), database.dataSource, log);
    log.info({ url: server.url, ms: Date.now() - started }, `Accord is serving GraphQL at ${server.url}`);
  } catch (error) {
    log.fatal({ err: error }, (error as Error).message);
    await database?.close().catch(() => undefined);
    process.exit(1);
  }
}

void main();
