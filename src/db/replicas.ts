import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { createDataSource } from './data-source.js';
import { redact } from './database.js';

export interface ReplicaStatus {
  /** The replica's URL without its password. */
  url: string;
  status: 'reachable' | 'unreachable';
}

/**
 * Read replicas of the primary (DATABASE_REPLICA_URLS): one pool each, checked every
 * few seconds. `pick` hands them out round-robin and skips one that stopped
 * answering, so a lost replica degrades reads to the primary instead of failing them.
 */
export interface ReadReplicas {
  readonly count: number;
  /** Every replica's DataSource (for pool metrics). */
  readonly dataSources: DataSource[];
  /** A healthy replica to read from, or undefined (none configured or none answering). */
  pick(): DataSource | undefined;
  /** Probes every replica now (for /readyz). */
  check(): Promise<ReplicaStatus[]>;
  close(): Promise<void>;
}

interface Replica {
  url: string;
  dataSource: DataSource;
  healthy: boolean;
}

const CHECK_EVERY_MS = 5_000;

async function probe(replica: Replica, log: Logger): Promise<boolean> {
  try {
    if (!replica.dataSource.isInitialized) await replica.dataSource.initialize();
    await replica.dataSource.query('SELECT 1');
    if (!replica.healthy) log.info({ replica: redact(replica.url) }, 'read replica reachable');
    replica.healthy = true;
  } catch (error) {
    if (replica.healthy)
      log.warn({ replica: redact(replica.url), err: error }, 'read replica unreachable; reading from the primary');
    replica.healthy = false;
  }
  return replica.healthy;
}

export async function openReplicas(
  urls: string[],
  log: Logger,
  options: { poolSize?: number } = {},
): Promise<ReadReplicas> {
  const replicas: Replica[] = urls.map((url) => ({
    url,
    dataSource: createDataSource(url, log, options),
    healthy: true,
  }));
  await Promise.all(replicas.map((replica) => probe(replica, log)));
  const timer = replicas.length
    ? setInterval(() => void Promise.all(replicas.map((replica) => probe(replica, log))), CHECK_EVERY_MS).unref()
    : undefined;
  let next = 0;
  return {
    count: replicas.length,
    dataSources: replicas.map((replica) => replica.dataSource),
    pick() {
      for (let tried = 0; tried < replicas.length; tried += 1) {
        const replica = replicas[next++ % replicas.length];
        if (replica.healthy) return replica.dataSource;
      }
      return undefined;
    },
    async check() {
      return Promise.all(
        replicas.map(
          async (replica) =>
            ({ url: redact(replica.url), status: (await probe(replica, log)) ? 'reachable' : 'unreachable' }) as const,
        ),
      );
    },
    async close() {
      clearInterval(timer);
      await Promise.all(
        replicas.filter((replica) => replica.dataSource.isInitialized).map((replica) => replica.dataSource.destroy()),
      );
    },
  };
}
