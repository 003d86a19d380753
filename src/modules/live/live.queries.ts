import { LIVE_CHANNELS, MAX_PAYLOAD_BYTES, type IdsPayload, type LiveChannel } from './live.channels.js';

/** Anything that runs SQL: a TypeORM EntityManager (inside a transaction), a DataSource, a pg client. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

const CHANNEL_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

function checkChannel(channel: string): void {
  if (!CHANNEL_NAME.test(channel))
    throw new Error(`live channel ${JSON.stringify(channel)} must be a lower-case SQL identifier`);
}

/**
 * Announces `payloads` on `channel` with NOTIFY through `db`. Called with the
 * transaction's EntityManager, PostgreSQL delivers the announcements at COMMIT and drops
 * them on ROLLBACK, so nothing is announced that was not stored. Every listening process
 * on the same database receives them, whichever process (server, CLI, worker) published.
 */
export async function publish(db: Queryable, channel: LiveChannel, ...payloads: unknown[]): Promise<void> {
  checkChannel(channel);
  if (payloads.length === 0) return;
  const texts = payloads.map((p) => JSON.stringify(p));
  for (const text of texts) {
    if (Buffer.byteLength(text) > MAX_PAYLOAD_BYTES) {
      throw new Error(
        `a NOTIFY payload on ${channel} is ${Buffer.byteLength(text)} bytes; the limit is ${MAX_PAYLOAD_BYTES}: send ids, in chunks`,
      );
    }
  }
  // One statement for any number of payloads; PostgreSQL keeps their order.
  await db.query('SELECT pg_notify($1, p) FROM unnest($2::text[]) WITH ORDINALITY AS t(p, n) ORDER BY n', [
    channel,
    texts,
  ]);
}

/** Ids split into payloads that fit NOTIFY (about 600 ids each). */
export function idChunks(ids: readonly number[]): IdsPayload[] {
  const chunks: IdsPayload[] = [];
  let current: number[] = [];
  let bytes = 10;
  for (const id of ids) {
    const size = String(id).length + 1;
    if (bytes + size > MAX_PAYLOAD_BYTES) {
      chunks.push({ ids: current });
      current = [];
      bytes = 10;
    }
    current.push(id);
    bytes += size;
  }
  if (current.length > 0) chunks.push({ ids: current });
  return chunks;
}

/**
 * Announces what an ingest stored: its new articles and their statements. Call it
 * inside the ingest's transaction (see `publish`).
 */
export async function publishIngest(
  db: Queryable,
  articleIds: readonly number[],
  statementIds: readonly number[],
): Promise<void> {
  await publish(db, LIVE_CHANNELS.articleIngested, ...idChunks(articleIds));
  await publish(db, LIVE_CHANNELS.statementAdded, ...idChunks(statementIds));
}
