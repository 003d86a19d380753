import 'reflect-metadata';
import pg from 'pg';
import { inject } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createDataSource, timeoutsOf } from '../../src/db/data-source.js';
import { createSchema } from '../../src/graphql/schema.js';
import { createLogger } from '../../src/logger.js';
import { loadCorpusIfEmpty, migrateAndSeed, queueSettings } from '../../src/modules/ingestion/bootstrap.js';
import { startServer } from '../../src/server.js';
import { ADMIN_KEY } from './global-setup.js';

export interface IsolatedServer {
  url: string;
  databaseUrl: string;
  /** Live subscribers of a channel in this server process (to know a subscription is in place). */
  subscribers(channel: string): number;
  close(): Promise<void>;
}

/**
 * A server of its own on a fresh database of the test cluster, loaded like `npm start`
 * does, for tests that write (so the shared corpus keeps its exact counts).
 */
export async function startIsolatedServer(name: string, env: Record<string, string> = {}): Promise<IsolatedServer> {
  const base = new URL(inject('databaseUrl'));
  const database = `accord_${name}_${process.pid}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${database}"`);
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${database}`;
  const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'warn', false);
  const config = parseConfig({
    NODE_ENV: 'production',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: url.toString(),
    ACCORD_ADMIN_KEY: ADMIN_KEY,
    ACCORD_QUERY_STATS: 'true',
    ACCORD_RATE_LIMIT: process.env.TEST_RATE_LIMIT ?? '0',
    ACCORD_AUTH_FAILURE_LIMIT: process.env.TEST_RATE_LIMIT ?? '0',
    ...env,
  });
  const setup = createDataSource(url.toString(), log);
  await setup.initialize();
  await migrateAndSeed(setup, log, queueSettings(config));
  await loadCorpusIfEmpty(setup, 'data/corpus/sco-2021.txt', log);
  await setup.destroy();
  const dataSource = createDataSource(url.toString(), log, { timeouts: timeoutsOf(config) });
  await dataSource.initialize();
  const server = await startServer(config, await createSchema(), dataSource, log);
  return {
    url: server.url,
    databaseUrl: url.toString(),
    subscribers: (channel) => server.live.subscriberCount(channel),
    async close() {
      await server.close();
      await dataSource.destroy();
    },
  };
}
