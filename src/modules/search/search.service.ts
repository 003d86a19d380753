import type { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor, pageWindow, type PageArgs } from '../../db/pagination.js';
import { badInput } from '../../errors.js';
import type { NodeType } from '../common/node.js';
import { countHits, ORDER, rankedHits, type SearchKind } from './search.queries.js';

export { CANDIDATES, type SearchKind } from './search.queries.js';

const ALL_KINDS: SearchKind[] = ['ARTICLE', 'STATEMENT', 'PERSON', 'ORGANIZATION', 'COUNTRY', 'INITIATIVE'];

export interface SearchHit {
  type: NodeType;
  id: number;
  rank: number;
  highlight: string;
  cursor: string;
}

/**
 * Full-text search over articles and statements (web-search syntax: "phrases", or,
 * -word; headline weighted above deck above body) and typo-tolerant name search over
 * entities (trigrams and double metaphone), in one ranked, keyset-paged list.
 */
export async function search(
  dataSource: DataSource,
  query: string,
  types: SearchKind[] | null | undefined,
  page: PageArgs,
) {
  const text = query.trim();
  if (!text) throw badInput('`query` is empty; type some words, e.g. search(query: "drug trafficking").');
  if (text.length > 500) throw badInput('`query` is longer than 500 characters; shorten it.');
  const kinds = types?.length ? types : ALL_KINDS;
  const window = pageWindow(page);
  const after = window.after
    ? decodeCursor(
        window.after,
        ORDER.keys.map((k) => k.type),
        'after',
      )
    : null;
  const before = window.before
    ? decodeCursor(
        window.before,
        ORDER.keys.map((k) => k.type),
        'before',
      )
    : null;
  const rows =
    window.limit === 0
      ? []
      : await rankedHits(dataSource, text, kinds, {
          after,
          before,
          backward: window.backward,
          limit: window.limit + 1,
        });
  const hits: SearchHit[] = rows.map((r) => ({
    type: r.type,
    id: r.id,
    rank: Number(r.rank),
    highlight: r.highlight ?? '',
    cursor: encodeCursor([r.rank_text, r.type, String(r.id)]),
  }));
  const more = hits.length > window.limit;
  const pageHits = hits.slice(0, window.limit);
  if (window.backward) pageHits.reverse();
  return {
    hits: pageHits,
    count: () => countHits(dataSource, text, kinds),
    pageInfo: {
      hasNextPage: window.backward ? !!window.before : more,
      hasPreviousPage: window.backward ? more : !!window.after,
      startCursor: pageHits[0]?.cursor ?? null,
      endCursor: pageHits.at(-1)?.cursor ?? null,
    },
  };
}
