import type { DataSource } from 'typeorm';
import pg from 'pg';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { createDataSource, type DatabaseTimeouts } from './data-source.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

export interface Database {
  dataSource: DataSource;
  /** Where it runs, for logs: the URL without its password. */
  location: string;
  /**
   * A second pool on the same database with the time bounds of a serving process; the
   * first (unbounded) one is for migrations and seeding, and is closed once this opens.
   */
  openServingPool(timeouts: DatabaseTimeouts): Promise<DataSource>;
  /** Ends the pools and, when we started it, stops the embedded PostgreSQL (last). */
  close(): Promise<void>;
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL under DATA_DIR when it
 * is unset. `close` ends the pool and, when we started it, stops the server.
 */
export async function openDatabase(config: Config, log: Logger): Promise<Database> {
  const embedded = config.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres(config.DATA_DIR, log, { port: config.EMBEDDED_PG_PORT });
  const url = config.DATABASE_URL ?? embedded!.url;
  const dataSource = createDataSource(url, log);
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.stop();
    throw new Error(`Could not connect to PostgreSQL at ${redact(url)}: ${(error as Error).message}`);
  }
  let serving: DataSource | undefined;
  return {
    dataSource,
    location: redact(url),
    async openServingPool(timeouts) {
      serving = createDataSource(url, log, { timeouts });
      await serving.initialize();
      if (dataSource.isInitialized) await dataSource.destroy();
      return serving;
    },
    async close() {
      for (const pool of [serving, dataSource]) {
        if (pool?.isInitialized)
          await pool.destroy().catch((err: unknown) => log.warn({ err }, 'while closing a pool'));
      }
      await embedded?.stop();
    },
  };
}

export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<unparseable DATABASE_URL>';
  }
}

/** One round trip to the database (for /readyz); throws when it cannot be reached. */
export async function ping(dataSource: DataSource): Promise<void> {
  await dataSource.query('SELECT 1');
}

/**
 * SELECT 1 on a connection of its own, answered within `timeoutMs` (false otherwise), so
 * that a saturated or frozen pool cannot hold a readiness probe.
 */
export async function pingUrl(url: string, timeoutMs: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
  client.on('error', () => undefined);
  const timer = new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs + 100).unref());
  const probe = (async () => {
    try {
      await client.connect();
      await client.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  })();
  const ok = await Promise.race([probe, timer]);
  void client.end().catch(() => undefined);
  // A frozen server never answers the goodbye either: drop the socket.
  if (!ok) (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
  return ok;
}
