import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { GoldFile } from '../../ingest/types.js';
import { Article } from '../article/article.entity.js';
import { seedCountries } from '../country/country.seed.js';
import { seedSco } from '../membership/sco.seed.js';
import { storeExtractedArticle } from './ingestion.service.js';

/** Migrations, then reference data (countries, the SCO); both idempotent. */
export async function migrateAndSeed(dataSource: DataSource, log: Logger): Promise<void> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  if (applied.length > 0) log.info({ migrations: applied.map((m) => m.name) }, 'applied migrations');
  await dataSource.transaction(async (manager) => {
    const countries = await seedCountries(manager);
    await seedSco(manager);
    log.debug({ countries }, 'reference data seeded');
  });
}

/** The hand-checked annotation beside a corpus file: data/corpus/x.txt -> data/gold/x.json. */
export function goldPathFor(corpusFile: string): string {
  return path.join(path.dirname(corpusFile), '..', 'gold', `${path.basename(corpusFile, path.extname(corpusFile))}.json`);
}

/**
 * Loads the bundled corpus into an empty database (no articles yet), in one
 * transaction. Returns the number of articles stored, 0 when the database had some.
 */
export async function loadCorpusIfEmpty(dataSource: DataSource, corpusFile: string, log: Logger): Promise<number> {
  if (!corpusFile) return 0;
  if ((await dataSource.getRepository(Article).count()) > 0) return 0;
  const goldFile = goldPathFor(corpusFile);
  const exists = await access(goldFile).then(
    () => true,
    () => false,
  );
  if (!exists) {
    log.warn({ corpusFile, goldFile }, 'no annotation for the corpus; starting with an empty graph');
    return 0;
  }
  const gold = JSON.parse(await readFile(goldFile, 'utf8')) as GoldFile;
  const started = Date.now();
  await dataSource.transaction(async (manager) => {
    for (const article of gold.articles) await storeExtractedArticle(manager, article);
  });
  log.info({ articles: gold.articles.length, ms: Date.now() - started, from: goldFile }, 'loaded the bundled corpus');
  return gold.articles.length;
}
