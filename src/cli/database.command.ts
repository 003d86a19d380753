import type { Command } from 'commander';
import { config } from '../config.js';
import { createLogger } from '../logger.js';
import { loadCorpusIfEmpty } from '../modules/ingestion/bootstrap.js';
import { withDatabase } from './context.js';

export function registerDatabase(program: Command): void {
  program
    .command('migrate')
    .description('apply pending migrations and upsert reference data (countries, the SCO)')
    .action(() =>
      withDatabase(async () => {
        console.log('database is migrated and reference data is in place');
      }),
    );
  program
    .command('seed')
    .description('load the bundled corpus (ACCORD_SEED_CORPUS) when the database has no articles')
    .action(() =>
      withDatabase(async (ds) => {
        const loaded = await loadCorpusIfEmpty(ds, config().ACCORD_SEED_CORPUS, createLogger('warn', false));
        console.log(loaded > 0 ? `loaded ${loaded} articles` : 'the database already has articles; nothing loaded');
      }),
    );
}
