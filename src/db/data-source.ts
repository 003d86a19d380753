import 'reflect-metadata';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { migrations } from '../../migrations/index.js';
import { entities } from './entities.js';
import { SnakeNamingStrategy } from './naming-strategy.js';
import { CountingLogger } from './query-stats.js';

/** The one DataSource definition, shared by the server, the CLI, migrations and tests. */
export function createDataSource(url: string, log: Logger, options: { poolSize?: number } = {}): DataSource {
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
    },
  });
}
