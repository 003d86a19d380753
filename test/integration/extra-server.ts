import 'reflect-metadata';
import { inject } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createDataSource } from '../../src/db/data-source.js';
import { createSchema } from '../../src/graphql/schema.js';
import { createLogger } from '../../src/logger.js';
import { startServer } from '../../src/server.js';
import { ADMIN_KEY } from './global-setup.js';

export interface ExtraServer {
  url: string;
  close(): Promise<void>;
}

/**
 * A second server, configured differently (CORS off, trusted documents...), on the shared
 * test database: for tests that only read, so nothing needs loading again.
 */
export async function startExtraServer(
  env: Record<string, string>,
  /** Another database than the shared one (e.g. an isolated server's). */
  databaseUrl: string = inject('databaseUrl'),
): Promise<ExtraServer> {
  const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'warn', false);
  const dataSource = createDataSource(databaseUrl, log);
  await dataSource.initialize();
  const config = parseConfig({
    NODE_ENV: 'production',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    ACCORD_ADMIN_KEY: ADMIN_KEY,
    ACCORD_QUERY_STATS: 'true',
    ACCORD_RATE_LIMIT: '0',
    ...env,
  });
  const server = await startServer(config, await createSchema(), dataSource, log).catch(async (error: unknown) => {
    await dataSource.destroy();
    throw error;
  });
  return {
    url: server.url,
    async close() {
      await server.close();
      await dataSource.destroy();
    },
  };
}
