import type { DataSource } from 'typeorm';
import { extractArticle } from '../../ingest/extract/extract.js';
import type { ExtractedArticle } from '../../ingest/types.js';
import { auditMany } from '../audit/audit.service.js';
import { publishIngest } from '../live/live.queries.js';
import { statementIdsOfArticles } from '../statement/statement.queries.js';
import { prepareIngest, type RawIngestInput } from './ingest-input.js';
import { lockIngestion, storeExtractedArticles, type StoredArticle } from './ingestion.service.js';
import { loadKnownEntities } from './known-entities.js';

export interface IngestOptions {
  /** Articles one call may hold; the API keeps the default, the CLI lifts it per file. */
  maxArticles?: number;
}

/** Validation and extraction (pure, outside the transaction): nothing is written here. */
export async function extractIngest(
  dataSource: DataSource | null,
  input: RawIngestInput,
  options: IngestOptions = {},
): Promise<ExtractedArticle[]> {
  const prepared = prepareIngest(input, options.maxArticles);
  const known = dataSource ? await loadKnownEntities(dataSource.manager) : {};
  return prepared.map((p) => ({
    ...extractArticle(p.split, { known, url: p.url, source: p.source, publishedAt: p.publishedAt }),
    byline: p.byline ?? p.split.byline ?? null,
  }));
}

/**
 * One call, one transaction: every article of the call is stored with its audit
 * entry and announced to live subscribers (NOTIFY, delivered at commit), or, on any
 * error, nothing is.
 */
export async function ingestArticles(
  dataSource: DataSource,
  input: RawIngestInput,
  who: string,
  options: IngestOptions = {},
): Promise<StoredArticle[]> {
  const extracted = await extractIngest(dataSource, input, options);
  return dataSource.transaction(async (manager) => {
    await lockIngestion(manager);
    const results = await storeExtractedArticles(manager, extracted);
    await auditMany(
      manager,
      results.map((r) => ({
        who,
        action: 'ingestArticles',
        entityType: 'Article',
        entityId: r.article.id,
        after: { title: r.article.title, status: r.status, extracted: { ...r.extracted } },
      })),
    );
    const created = results.filter((r) => r.status === 'CREATED').map((r) => r.article.id);
    if (created.length > 0) await publishIngest(manager, created, await statementIdsOfArticles(manager, created));
    return results;
  });
}
