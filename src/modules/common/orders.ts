import type { OrderSpec } from '../../db/keyset.js';

/** The default orders of lists, shared by root connections and nested ones (alias `t`). */
export const ORDERS = {
  /** Newest first; articles without a date after the dated ones, newest ingested first. */
  articles: {
    keys: [
      { sql: `coalesce(t.published_at, '-infinity'::timestamptz)`, type: 'timestamptz' },
      { sql: 't.id', type: 'int' },
    ],
    direction: 'DESC',
  },
  /** In reading order: by article, then position in the body. */
  statements: {
    keys: [
      { sql: 't.article_id', type: 'int' },
      { sql: 't.start_offset', type: 'int' },
      { sql: 't.id', type: 'int' },
    ],
    direction: 'ASC',
  },
  byName: {
    keys: [
      { sql: 't.name', type: 'text' },
      { sql: 't.id', type: 'int' },
    ],
    direction: 'ASC',
  },
} satisfies Record<string, OrderSpec>;
