import pg from 'pg';
import type { Logger } from 'pino';
import { LiveQueue } from './listen-queue.js';

const CHANNEL_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * The receiving side of live updates (channels: src/modules/live/live.channels.ts;
 * sending: `publish` in src/modules/live/live.queries.ts): one dedicated PostgreSQL connection per server
 * process that LISTENs on the channels subscribers asked for and fans each NOTIFY out
 * to them. A lost connection is re-opened (with back-off) and re-LISTENs; what was
 * announced while it was down is not replayed (subscribers see new events only).
 */
export class LiveListener {
  private client: pg.Client | null = null;
  /** Channels LISTENed on (or being), re-LISTENed after a reconnect. */
  private readonly listens = new Map<string, Promise<void>>();
  private readonly subscribers = new Map<string, Set<LiveQueue<unknown>>>();
  private closed = false;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private failures = 0;

  private constructor(
    private readonly url: string,
    private readonly log: Logger,
  ) {}

  /** Connects now, so a wrong URL fails at start, not at the first subscription. */
  static async start(url: string, log: Logger): Promise<LiveListener> {
    const listener = new LiveListener(url, log);
    await listener.connect();
    return listener;
  }

  /**
   * Every payload published on `channel` from now on (LISTEN is in place when this
   * resolves), until the iterator is returned or the listener closes.
   */
  async subscribe<T = unknown>(channel: string): Promise<AsyncIterableIterator<T>> {
    if (!CHANNEL_NAME.test(channel))
      throw new Error(`live channel ${JSON.stringify(channel)} must be a lower-case SQL identifier`);
    if (this.closed) throw new Error('the live listener is closed');
    let listen = this.listens.get(channel);
    if (!listen) {
      listen = this.client ? this.client.query(`LISTEN "${channel}"`).then(() => undefined) : Promise.resolve();
      this.listens.set(channel, listen);
      listen.catch(() => this.listens.delete(channel));
    }
    await listen;
    if (this.closed) throw new Error('the live listener is closed');
    let set = this.subscribers.get(channel);
    if (!set) this.subscribers.set(channel, (set = new Set()));
    const subscribers = set;
    const queue: LiveQueue<T> = new LiveQueue<T>(() => subscribers.delete(queue as LiveQueue<unknown>));
    subscribers.add(queue as LiveQueue<unknown>);
    return queue;
  }

  /** How many subscribers a channel has now (for tests and diagnostics). */
  subscriberCount(channel: string): number {
    return this.subscribers.get(channel)?.size ?? 0;
  }

  /** Ends every subscription and the connection. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    for (const set of this.subscribers.values()) for (const queue of [...set]) queue.end();
    this.subscribers.clear();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, application_name: 'accord-live' });
    client.on('notification', (message) => this.deliver(message.channel, message.payload));
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, null));
    await client.connect();
    for (const channel of this.listens.keys()) await client.query(`LISTEN "${channel}"`);
    this.client = client;
    this.failures = 0;
  }

  private deliver(channel: string, payload: string | undefined): void {
    const set = this.subscribers.get(channel);
    if (!set || set.size === 0) return;
    let value: unknown;
    try {
      value = JSON.parse(payload ?? 'null');
    } catch {
      this.log.warn({ channel, payload }, 'ignored a NOTIFY payload that is not JSON');
      return;
    }
    for (const queue of set) queue.push(value);
  }

  private lost(client: pg.Client, error: Error | null): void {
    if (this.closed || this.client !== client) return;
    this.client = null;
    client.removeAllListeners('end');
    client.end().catch(() => undefined);
    this.log.warn({ err: error }, 'live updates: lost the LISTEN connection; reconnecting');
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed) return;
    const delay = Math.min(10_000, 250 * 2 ** this.failures);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.connect().then(
        () => this.log.info('live updates: LISTEN connection restored'),
        (error: unknown) => {
          this.failures += 1;
          this.log.warn(
            { err: error, retryInMs: Math.min(10_000, 250 * 2 ** this.failures) },
            'live updates: reconnect failed',
          );
          this.scheduleReconnect();
        },
      );
    }, delay);
    this.reconnectTimer.unref();
  }
}
