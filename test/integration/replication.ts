import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';
import { createDataSource } from '../../src/db/data-source.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded-postgres.js';
import { migrateAndSeed } from '../../src/modules/ingestion/bootstrap.js';

export interface ReplicatedPair {
  primaryUrl: string;
  replicaUrl: string;
  /** Resolves when the replica has applied everything the primary has written so far. */
  caughtUp(): Promise<void>;
  close(): Promise<void>;
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Two real PostgreSQL clusters, the second a logical replica of the first: the primary
 * runs with wal_level=logical and publishes every table; the replica gets the same
 * schema from our migrations, emptied, then subscribes (the initial copy brings the
 * rows, the walsender streams every later change). Only SQL is needed, which is why
 * this and not a file-copy base backup: the embedded binaries have no pg_basebackup,
 * and a copy taken between pg_backup_start()/pg_backup_stop() would also need
 * recovery and standby configuration written by hand.
 */
export async function startReplicatedPair(log: Logger): Promise<ReplicatedPair> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'accord-replication-'));
  // As root the clusters run as the OS user postgres, who must be able to reach them.
  await chmod(scratch, 0o755);
  const started: EmbeddedDatabase[] = [];
  try {
    const primary = await startEmbeddedPostgres(path.join(scratch, 'primary'), log, {
      settings: { wal_level: 'logical' },
    });
    started.push(primary);
    const replica = await startEmbeddedPostgres(path.join(scratch, 'replica'), log);
    started.push(replica);

    for (const [url, seed] of [
      [primary.url, true],
      [replica.url, false],
    ] as const) {
      const dataSource = createDataSource(url, log);
      await dataSource.initialize();
      if (seed) await migrateAndSeed(dataSource, log);
      else await dataSource.runMigrations({ transaction: 'each' });
      await dataSource.destroy();
    }

    const primaryPort = new URL(primary.url).port;
    await withClient(primary.url, async (client) => {
      // UPDATE and DELETE of a published table need a replica identity: tables without a
      // primary key (TypeORM's own metadata table) send the whole old row.
      const keyless = await client.query<{ name: string }>(
        `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relpersistence = 'p'
            AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid AND i.indisprimary)`,
      );
      for (const { name } of keyless.rows) await client.query(`ALTER TABLE "${name}" REPLICA IDENTITY FULL`);
      // Accord's tables; the job queue (schema pgboss) is the workers' state, read on the primary only.
      await client.query('CREATE PUBLICATION accord FOR TABLES IN SCHEMA public');
    });
    await withClient(replica.url, async (client) => {
      const tables = await client.query<{ name: string }>(
        `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`,
      );
      await client.query(`TRUNCATE ${tables.rows.map((t) => `"${t.name}"`).join(', ')} CASCADE`);
      await client.query(
        `CREATE SUBSCRIPTION accord CONNECTION 'host=127.0.0.1 port=${primaryPort} user=accord password=accord dbname=accord' PUBLICATION accord`,
      );
    });

    const caughtUp = async () => {
      const deadline = Date.now() + 60_000;
      const target = await withClient(
        primary.url,
        async (client) => (await client.query<{ lsn: string }>('SELECT pg_current_wal_lsn() AS lsn')).rows[0].lsn,
      );
      for (;;) {
        const done = await withClient(primary.url, async (client) => {
          const slot = await client.query<{ ok: boolean }>(
            `SELECT confirmed_flush_lsn >= $1::pg_lsn AS ok FROM pg_replication_slots WHERE slot_name = 'accord'`,
            [target],
          );
          return slot.rows[0]?.ok === true;
        });
        const synced = await withClient(replica.url, async (client) => {
          const pending = await client.query(`SELECT 1 FROM pg_subscription_rel WHERE srsubstate <> 'r'`);
          return pending.rowCount === 0;
        });
        if (done && synced) return;
        if (Date.now() > deadline) throw new Error('the replica did not catch up with the primary within 60 s');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    await caughtUp();

    return {
      primaryUrl: primary.url,
      replicaUrl: replica.url,
      caughtUp,
      async close() {
        await withClient(replica.url, (client) => client.query('DROP SUBSCRIPTION IF EXISTS accord')).catch(
          () => undefined,
        );
        for (const cluster of started.reverse()) await cluster.stop();
        await rm(scratch, { recursive: true, force: true });
      },
    };
  } catch (error) {
    for (const cluster of started.reverse()) await cluster.stop().catch(() => undefined);
    await rm(scratch, { recursive: true, force: true });
    throw error;
  }
}
