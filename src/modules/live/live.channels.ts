/**
 * The PostgreSQL NOTIFY channels Accord announces on, and what each carries. Payloads
 * are ids, never bodies: NOTIFY is capped at 8,000 bytes, and a subscriber reads the
 * rows it is allowed to see, with its own filter, when the announcement arrives.
 * Channels are per database, so two Accord databases on one server do not mix.
 */
export const LIVE_CHANNELS = {
  /** `{ ids }` of statements stored by a committed ingest. */
  statementAdded: 'accord_statement_added',
  /** `{ ids }` of articles stored (status CREATED) by a committed ingest. */
  articleIngested: 'accord_article_ingested',
} as const;

export type LiveChannel = (typeof LIVE_CHANNELS)[keyof typeof LIVE_CHANNELS] | (string & {});

/** The payload of the id channels above. */
export interface IdsPayload {
  ids: number[];
}

/** PostgreSQL's limit is 8,000 bytes per payload; stay below it with room for JSON. */
export const MAX_PAYLOAD_BYTES = 7_900;
