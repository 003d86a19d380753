import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { parseConfig } from '../../src/config.js';
import { timeoutsOf } from '../../src/db/data-source.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { createSchema } from '../../src/graphql/schema.js';
import { createLogger } from '../../src/logger.js';
import { loadCorpusIfEmpty, migrateAndSeed } from '../../src/modules/ingestion/bootstrap.js';
import { startServer, type RunningServer } from '../../src/server.js';

export const ADMIN_KEY = 'test-admin-key-0123456789abcdef';

declare module 'vitest' {
  export interface ProvidedContext {
    graphqlUrl: string;
    databaseUrl: string;
    adminKey: string;
    /** DATA_DIR of the embedded cluster ('' on TEST_DATABASE_URL). */
    dataDir: string;
  }
}

/**
 * One real PostgreSQL (embedded, in a scratch folder; or a fresh database on
 * TEST_DATABASE_URL's server) migrated and loaded like `npm start` does, and one
 * server on a free port in production mode. Tests talk to it over HTTP only.
 */
export default async function setup(project: TestProject) {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'accord-test-'));
  const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'warn', false);
  const config = parseConfig({
    NODE_ENV: 'production',
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: scratch,
    DATABASE_URL: process.env.TEST_DATABASE_URL ?? '',
    ACCORD_ADMIN_KEY: ADMIN_KEY,
    ACCORD_QUERY_STATS: 'true',
    ACCORD_RATE_LIMIT: process.env.TEST_RATE_LIMIT ?? '0',
    ACCORD_AUTH_FAILURE_LIMIT: process.env.TEST_RATE_LIMIT ?? '0',
    LOG_LEVEL: 'warn',
  });
  let database: Database | undefined;
  let server: RunningServer | undefined;
  try {
    database = await openDatabase(config, log);
    await migrateAndSeed(database.dataSource, log);
    await loadCorpusIfEmpty(database.dataSource, 'data/corpus/sco-2021.txt', log);
    const pool = await database.openServingPool(timeoutsOf(config));
    server = await startServer(config, await createSchema(), pool, log);
  } catch (error) {
    await database?.close();
    throw error;
  }
  project.provide('graphqlUrl', server.url);
  project.provide('databaseUrl', (database.dataSource.options as { url: string }).url);
  project.provide('dataDir', scratch);
  project.provide('adminKey', ADMIN_KEY);
  return async () => {
    await server?.close();
    await database?.close();
    await rm(scratch, { recursive: true, force: true });
  };
}
