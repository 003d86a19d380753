import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { LIVE_CHANNELS } from '../../src/modules/live/live.channels.js';
import { data } from './client.js';
import { ADMIN_KEY } from './global-setup.js';
import { startIsolatedServer, type IsolatedServer } from './isolated-server.js';

/**
 * Live updates through a real graphql-ws client, on a server that requires a key, fed by
 * ingests made in this process (the API) and in another one (the CLI).
 */
let server: IsolatedServer;
let scratch: string;
let closed = false;
const clients: Client[] = [];

const INGEST = `mutation($input: IngestArticlesInput!) { ingestArticles(input: $input) { results { status article { id } } } }`;

function connect(
  connectionParams?: Record<string, unknown>,
  onClosed?: (event: { code: number; reason: string }) => void,
): Client {
  const client = createClient({
    url: server.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => {},
    on: { closed: (event) => onClosed?.(event as { code: number; reason: string }) },
  });
  clients.push(client);
  return client;
}

interface Received {
  results: FormattedExecutionResult<any>[];
  errors: unknown[];
  /** Resolves when `n` results have arrived (or rejects after `ms`). */
  next(n: number, ms?: number): Promise<FormattedExecutionResult<any>[]>;
  stop(): void;
}

const describeError = (e: any) =>
  Array.isArray(e)
    ? JSON.stringify(e)
    : e instanceof Error
      ? e.message
      : typeof e?.code === 'number'
        ? `closed ${e.code} ${e.reason}`
        : String(e);

function subscribe(client: Client, query: string, variables: Record<string, unknown> = {}): Received {
  const results: FormattedExecutionResult<any>[] = [];
  const errors: unknown[] = [];
  const waiters: (() => void)[] = [];
  const wake = () => waiters.splice(0).forEach((w) => w());
  const stop = client.subscribe(
    { query, variables },
    {
      next: (r) => (results.push(r as FormattedExecutionResult<any>), wake()),
      error: (e) => (errors.push(e), wake()),
      complete: wake,
    },
  );
  return {
    results,
    errors,
    stop,
    next: (n, ms = 15_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(
                `waited ${ms} ms for ${n} result(s); got ${results.length}, errors ${errors.map(describeError).join('; ')}`,
              ),
            ),
          ms,
        );
        const check = () => {
          if (results.length >= n) {
            clearTimeout(timer);
            resolve(results.slice(0, n));
          } else if (errors.length > 0) {
            clearTimeout(timer);
            reject(new Error(`subscription failed: ${errors.map(describeError).join('; ')}`));
          } else waiters.push(check);
        };
        check();
      }),
  };
}

/** Until the server has `n` subscribers on a channel (its subscription is in place). */
async function subscribed(channel: string, n: number): Promise<void> {
  for (let i = 0; i < 500 && server.subscribers(channel) < n; i++) await new Promise((r) => setTimeout(r, 10));
  expect(server.subscribers(channel)).toBeGreaterThanOrEqual(n);
}

const article = (title: string, body: string) => ({
  title,
  body,
  publishedAt: '2021-07-20',
  source: 'Accord live test',
});

beforeAll(async () => {
  server = await startIsolatedServer('live', { ACCORD_REQUIRE_AUTH: 'true' });
  scratch = await mkdtemp(path.join(os.tmpdir(), 'accord-live-'));
});

afterAll(async () => {
  // dispose() may answer void or a promise: wrap it so that every element is awaited.
  await Promise.all(clients.map(async (c) => c.dispose()));
  if (!closed) await server?.close();
  await rm(scratch, { recursive: true, force: true });
});

describe('subscriptions over WebSockets', () => {
  it('refuses a connection without a key (4401) or with a wrong one (4403), with a reason saying what to send', async () => {
    const events: { code: number; reason: string }[] = [];
    const anonymous = subscribe(
      connect(undefined, (e) => events.push(e)),
      '{ __typename }',
    );
    const wrong = subscribe(
      connect({ authorization: 'Bearer not-a-key' }, (e) => events.push(e)),
      '{ __typename }',
    );
    await expect(anonymous.next(1, 5000)).rejects.toThrow();
    await expect(wrong.next(1, 5000)).rejects.toThrow();
    const codes = events.map((e) => e.code).sort((a, b) => a - b);
    expect(codes).toEqual([4401, 4403]);
    expect(events.find((e) => e.code === 4401)!.reason).toMatch(/authorization: "Bearer <key>"/);
    expect(events.find((e) => e.code === 4403)!.reason).toMatch(/Unknown or revoked API key/);
  });

  it('answers queries over the same socket with the key from connectionParams', async () => {
    const client = connect({ authorization: `Bearer ${ADMIN_KEY}` });
    const [result] = await subscribe(client, '{ stats { articles } }').next(1);
    expect(result.errors).toBeUndefined();
    expect(result.data.stats.articles).toBeGreaterThan(0);
  });

  it('delivers statementAdded within a second of an ingest committed by the CLI in another process', async () => {
    const client = connect({ authorization: `Bearer ${ADMIN_KEY}` });
    const before = server.subscribers(LIVE_CHANNELS.statementAdded);
    const received = subscribe(
      client,
      'subscription { statementAdded { id text kind speaker { ... on Person { name } } article { title } } }',
    );
    const arrivals: number[] = [];
    const articles = subscribe(client, 'subscription { articleIngested { id title } }');
    await subscribed(LIVE_CHANNELS.statementAdded, before + 1);
    await subscribed(LIVE_CHANNELS.articleIngested, 1);
    const file = path.join(scratch, 'live-cli.txt');
    await writeFile(
      file,
      'SCO Secretary-General visits Tashkent for the live-update test\n\n' +
        'TASHKENT – Secretary-General of the Shanghai Cooperation Organization (SCO) Vladimir Imamovich Norov met officials of Uzbekistan on Monday.\n\n' +
        '“The SCO will keep working for stability across Central Asia,” Norov said.\n',
    );
    const cli = spawn('npm', ['run', '--silent', 'cli', '--', 'ingest', file], {
      env: { ...process.env, DATABASE_URL: server.databaseUrl, LOG_LEVEL: 'warn', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    cli.stdout.on('data', (d) => (output += d));
    cli.stderr.on('data', (d) => (output += d));
    received.next(1, 60_000).then(
      () => arrivals.push(Date.now()),
      () => undefined,
    );
    const code = await new Promise<number | null>((resolve) => cli.on('close', resolve));
    const exitedAt = Date.now();
    expect(code, output).toBe(0);
    expect(output).toMatch(/1 new article/);
    const [first] = await received.next(1, 1000);
    expect(arrivals[0] - exitedAt).toBeLessThan(1000);
    expect(first.errors).toBeUndefined();
    expect(first.data.statementAdded).toMatchObject({
      kind: 'DIRECT_QUOTE',
      speaker: { name: 'Vladimir Imamovich Norov' },
      article: { title: 'SCO Secretary-General visits Tashkent for the live-update test' },
    });
    expect(first.data.statementAdded.text).toContain('keep working for stability');
    const [ingested] = await articles.next(1, 1000);
    expect(ingested.data.articleIngested.title).toBe('SCO Secretary-General visits Tashkent for the live-update test');
    received.stop();
    articles.stop();
  });

  it('filters statementAdded with a StatementFilter and announces nothing for a duplicate', async () => {
    const client = connect({ authorization: `Bearer ${ADMIN_KEY}` });
    const before = server.subscribers(LIVE_CHANNELS.statementAdded);
    const all = subscribe(client, 'subscription { statementAdded { text speakerName } }');
    const norov = subscribe(
      client,
      'subscription($f: StatementFilter) { statementAdded(filter: $f) { text kind speakerName } }',
      {
        f: { kinds: ['DIRECT_QUOTE'], speakerName: 'Norov' },
      },
    );
    const articles = subscribe(client, 'subscription { articleIngested { title } }');
    await subscribed(LIVE_CHANNELS.statementAdded, before + 2);
    const first = article(
      'Lavrov and Norov speak on security',
      'MOSCOW – Russian Foreign Minister Sergey Lavrov met SCO Secretary-General Vladimir Imamovich Norov on Friday.\n\n' +
        '“Russia supports a stronger security dialogue in the region,” Lavrov said.\n\n' +
        '“The SCO values the contribution of every member state to the fight against terrorism,” Norov said.',
    );
    await data(INGEST, { input: { articles: [first] } }, { url: server.url, key: ADMIN_KEY });
    const unfiltered = await all.next(2);
    expect(unfiltered.map((r) => r.data.statementAdded.text).join(' ')).toMatch(/Russia supports.*The SCO values/);
    // The same text again is a DUPLICATE: nothing is announced for it. Then a sentinel.
    const again = await data(INGEST, { input: { articles: [first] } }, { url: server.url, key: ADMIN_KEY });
    expect(again.ingestArticles.results[0].status).toBe('DUPLICATE');
    await data(
      INGEST,
      {
        input: {
          articles: [
            article(
              'Norov on trade',
              'BEIJING – Vladimir Imamovich Norov spoke about trade.\n\n“Trade between SCO members keeps growing,” Norov said.',
            ),
          ],
        },
      },
      { url: server.url, key: ADMIN_KEY },
    );
    const titles = (await articles.next(2)).map((r) => r.data.articleIngested.title);
    expect(titles).toEqual(['Lavrov and Norov speak on security', 'Norov on trade']);
    const filtered = await norov.next(2);
    expect(filtered.map((r) => r.data.statementAdded.text)).toEqual([
      expect.stringContaining('The SCO values the contribution'),
      expect.stringContaining('Trade between SCO members'),
    ]);
    for (const r of filtered) expect(r.data.statementAdded.kind).toBe('DIRECT_QUOTE');
    await new Promise((r) => setTimeout(r, 200));
    expect(norov.results).toHaveLength(2);
    expect(articles.results).toHaveLength(2);
    all.stop();
    norov.stop();
    articles.stop();
  });

  it('applies the query limits and refuses a bad filter before any event, with codes', async () => {
    const client = connect({ authorization: `Bearer ${ADMIN_KEY}` });
    const deep = subscribe(
      client,
      'subscription { statementAdded { article { countries { articles { nodes { countries { articles { nodes { countries { articles { nodes { countries { name } } } } } } } } } } } } }',
    );
    await expect(deep.next(1, 5000)).rejects.toThrow(/QUERY_TOO_COMPLEX/);
    const bad = subscribe(client, 'subscription { statementAdded(filter: { article: "nonsense" }) { id } }');
    const [result] = await bad.next(1, 5000);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const invalid = subscribe(client, 'subscription { statementAdded { noSuchField } }');
    await expect(invalid.next(1, 5000)).rejects.toThrow(/GRAPHQL_VALIDATION_FAILED/);
  });

  it('closes sockets and the LISTEN connection when the server stops', async () => {
    const events: { code: number }[] = [];
    const client = connect({ authorization: `Bearer ${ADMIN_KEY}` }, (e) => events.push(e));
    const before = server.subscribers(LIVE_CHANNELS.articleIngested);
    subscribe(client, 'subscription { articleIngested { id } }');
    await subscribed(LIVE_CHANNELS.articleIngested, before + 1);
    const database = new URL(server.databaseUrl).pathname.slice(1);
    const admin = new pg.Client({ connectionString: server.databaseUrl });
    await admin.connect();
    const listeners = async () =>
      Number(
        (
          await admin.query(
            `SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = 'accord-live' AND datname = $1`,
            [database],
          )
        ).rows[0].n,
      );
    try {
      expect(await listeners()).toBe(1);
      closed = true;
      await server.close();
      for (let i = 0; i < 100 && events.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(events[0]?.code).toBe(1001);
      expect(server.subscribers(LIVE_CHANNELS.articleIngested)).toBe(0);
      for (let i = 0; i < 100 && (await listeners()) > 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(await listeners()).toBe(0);
    } finally {
      await admin.end();
    }
  });
});
