import 'reflect-metadata';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { migrations } from '../../migrations/index.js';
import { entities } from './entities.js';
import { SnakeNamingStrategy } from './naming-strategy.js';
import { CountingLogger } from './query-stats.js';

/** The one DataSource definition, shared by the server, the CLI, migrations and tests. */
/** Time bounds of a pool serving requests (see Config: DB_*_TIMEOUT_MS); none for migrations and the CLI. */
export interface DatabaseTimeouts {
  statementMs: number;
  connectMs: number;
  queryMs: number;
  idleInTransactionMs: number;
}

export function timeoutsOf(config: {
  DB_STATEMENT_TIMEOUT_MS: number;
  DB_CONNECT_TIMEOUT_MS: number;
  DB_QUERY_TIMEOUT_MS: number;
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: number;
}): DatabaseTimeouts {
  return {
    statementMs: config.DB_STATEMENT_TIMEOUT_MS,
    connectMs: config.DB_CONNECT_TIMEOUT_MS,
    queryMs: config.DB_QUERY_TIMEOUT_MS,
    idleInTransactionMs: config.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
  };
}

export function createDataSource(
  url: string,
  log: Logger,
  options: { poolSize?: number; timeouts?: DatabaseTimeouts } = {},
): DataSource {
  const t = options.timeouts;
  const bounds = t
    ? {
        // server side: PostgreSQL cancels a statement, or ends a session idle in a transaction
        statement_timeout: t.statementMs,
        idle_in_transaction_session_timeout: t.idleInTransactionMs,
        // client side: waiting for a pooled connection, and a server that stopped answering
        connectionTimeoutMillis: t.connectMs,
        query_timeout: t.queryMs,
      }
    : {};
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    logging: ['query', 'error', 'warn', 'schema', 'migration'],
    logger: new CountingLogger(log),
    maxQueryExecutionTime: 1000,
    extra: {
      max: options.poolSize ?? 10,
      application_name: 'accord',
      // "Norow" in "Vladimir Imamovich Norov" scores 0.5: let the trigram index find it.
      options: '-c pg_trgm.word_similarity_threshold=0.45',
      ...bounds,
    },
  });
}
