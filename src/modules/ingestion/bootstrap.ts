import { readFile } from 'node:fs/promises';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { Article } from '../article/article.entity.js';
import { refreshSearchSynonyms } from '../country/country.queries.js';
import { seedCountries } from '../country/country.seed.js';
import { seedReferenceOrganizations } from '../membership/reference.seed.js';
import { seedSco } from '../membership/sco.seed.js';
import { config, type Config } from '../../config.js';
import { ensureQueue, type QueueSettings } from '../job/job.queue.js';
import { ingestArticles } from './ingest.service.js';

export function queueSettings(settings: Pick<Config, 'ACCORD_JOB_TIMEOUT' | 'ACCORD_JOB_RETRIES'>): QueueSettings {
  return { timeoutSeconds: settings.ACCORD_JOB_TIMEOUT, retries: settings.ACCORD_JOB_RETRIES };
}

/** Migrations, the job queue (pg-boss's schema), then reference data (countries, the SCO, the other major bodies); all idempotent. */
export async function migrateAndSeed(
  dataSource: DataSource,
  log: Logger,
  queue: QueueSettings = queueSettings(config()),
): Promise<void> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  if (applied.length > 0) log.info({ migrations: applied.map((m) => m.name) }, 'applied migrations');
  await ensureQueue(dataSource, queue);
  await dataSource.transaction(async (manager) => {
    const countries = await seedCountries(manager);
    await refreshSearchSynonyms(manager);
    await seedSco(manager);
    await seedReferenceOrganizations(manager);
    log.debug({ countries }, 'reference data seeded');
  });
}

/**
 * Ingests the bundled corpus into an empty database (no articles yet) through the
 * same extraction pipeline and transaction as `ingestArticles`. Returns the number of
 * articles stored, 0 when the database already had some.
 */
export async function loadCorpusIfEmpty(dataSource: DataSource, corpusFile: string, log: Logger): Promise<number> {
  if (!corpusFile) return 0;
  if ((await dataSource.getRepository(Article).count()) > 0) return 0;
  const text = await readFile(corpusFile, 'utf8').catch((error: Error) => {
    throw new Error(`Cannot read the corpus ACCORD_SEED_CORPUS=${corpusFile}: ${error.message}`);
  });
  const started = Date.now();
  const results = await ingestArticles(dataSource, { text, source: null }, 'seed', { maxArticles: Infinity });
  const statements = results.reduce((n, r) => n + r.extracted.statements, 0);
  log.info(
    { articles: results.length, statements, ms: Date.now() - started, from: corpusFile },
    'ingested the bundled corpus',
  );
  return results.length;
}
