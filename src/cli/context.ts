import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { config, ConfigError } from '../config.js';
import { openDatabase } from '../db/database.js';
import { createLogger } from '../logger.js';
import { migrateAndSeed, queueSettings } from '../modules/ingestion/bootstrap.js';

/**
 * Opens the configured database (sharing the embedded one when the server runs),
 * migrates it, runs `fn`, and always closes. Errors print as one line and exit 1.
 */
export async function withDatabase(fn: (dataSource: DataSource) => Promise<void>, options: { migrate?: boolean } = {}) {
  let settings;
  try {
    settings = config();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78);
    }
    throw error;
  }
  const log = createLogger(settings.LOG_LEVEL === 'info' ? 'warn' : settings.LOG_LEVEL, false);
  const database = await openDatabase(settings, log);
  try {
    if (options.migrate !== false) await migrateAndSeed(database.dataSource, log, queueSettings(settings));
    await fn(database.dataSource);
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    process.exitCode = 1;
  } finally {
    await database.close();
  }
  // Ends the process now that the pool and the cluster are closed, with the command's code.
  process.exit(process.exitCode ?? 0);
}
