import 'reflect-metadata';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createDataSource } from '../../src/db/data-source.js';
import { createSchema } from '../../src/graphql/schema.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { ADMIN_KEY } from './global-setup.js';

/** A server of our own on the shared test database (it only reads), logging into `lines`. */
const lines: Record<string, any>[] = [];
const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
let server: RunningServer;
let base: string;
let closeDatabase: () => Promise<void>;

beforeAll(async () => {
  const dataSource = createDataSource(inject('databaseUrl'), log);
  await dataSource.initialize();
  closeDatabase = () => dataSource.destroy();
  const config = parseConfig({
    NODE_ENV: 'production',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: inject('databaseUrl'),
    ACCORD_ADMIN_KEY: ADMIN_KEY,
    ACCORD_RATE_LIMIT: '0',
  });
  server = await startServer(config, await createSchema(), dataSource, log);
  base = server.url.replace(/\/graphql$/, '');
}, 120_000);

afterAll(async () => {
  await server?.close();
  await closeDatabase?.();
});

async function post(body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** The value of one sample in Prometheus text, 0 when absent. */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

async function metrics(): Promise<string> {
  const response = await fetch(`${base}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
}

const waitForLine = async (reqId: string) => {
  for (let i = 0; i < 50; i += 1) {
    const line = lines.find((l) => l.reqId === reqId);
    if (line) return line;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no log line for request ${reqId}`);
};

describe('the operator view: one log line per request, X-Request-Id, /metrics', () => {
  it('logs one structured line per request, with its id, operation, status, duration, cost and SQL count, and no secrets', async () => {
    const response = await post(
      {
        query: 'query StatsForLog($first: Int) { stats { articles } articles(first: $first) { nodes { title } } }',
        variables: { first: 3 },
      },
      { 'x-request-id': 'log-test-1', authorization: `Bearer ${ADMIN_KEY}` },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('log-test-1');
    const line = await waitForLine('log-test-1');
    expect(line).toMatchObject({
      level: 30,
      reqId: 'log-test-1',
      req: { method: 'POST', path: '/graphql' },
      res: { statusCode: 200 },
      operation: 'StatsForLog',
      operationType: 'query',
      outcome: 'ok',
    });
    expect(line.responseTime).toBeGreaterThanOrEqual(0);
    expect(line.cost).toBeGreaterThan(3);
    expect(line.sqlStatements).toBeGreaterThanOrEqual(2);
    expect(lines.filter((l) => l.reqId === 'log-test-1')).toHaveLength(1);
    const everything = JSON.stringify(lines);
    expect(everything).not.toContain(ADMIN_KEY);
    expect(everything.toLowerCase()).not.toContain('bearer');
  });

  it('replaces a request id that is not plain and short, and makes one when none is sent', async () => {
    const long = await post({ query: '{ stats { articles } }' }, { 'x-request-id': 'x'.repeat(300) });
    const generated = long.headers.get('x-request-id')!;
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    const none = await post({ query: '{ stats { articles } }' });
    expect(none.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(none.headers.get('x-request-id')).not.toBe(generated);
    expect((await waitForLine(generated)).operation).toBe('anonymous');
  });

  it('logs the error code of a failed operation as its outcome', async () => {
    const response = await post({ query: 'query Broken { noSuchField }' }, { 'x-request-id': 'log-test-broken' });
    expect(response.status).toBe(400);
    expect(await waitForLine('log-test-broken')).toMatchObject({
      outcome: 'GRAPHQL_VALIDATION_FAILED',
      res: { statusCode: 400 },
    });
  });

  it('counts requests by operation and outcome, with latency and SQL histograms, pools and stored articles', async () => {
    const before = await metrics();
    const ok = 'accord_graphql_requests_total{operation="MetricsProbe",type="query",outcome="ok"}';
    const failed = 'accord_graphql_requests_total{operation="MetricsProbe",type="query",outcome="BAD_USER_INPUT"}';
    for (let i = 0; i < 3; i += 1)
      expect((await post({ query: 'query MetricsProbe { stats { articles } }' })).status).toBe(200);
    await post({ query: 'query MetricsProbe { articles(first: 1000) { nodes { id } } }' });
    const after = await metrics();
    expect(sample(after, ok) - sample(before, ok)).toBe(3);
    expect(sample(after, failed) - sample(before, failed)).toBe(1);
    expect(
      sample(after, 'accord_graphql_request_duration_seconds_count{operation="MetricsProbe",type="query"}'),
    ).toBeGreaterThanOrEqual(4);
    expect(
      sample(after, 'accord_graphql_request_duration_seconds_bucket{le="+Inf",operation="MetricsProbe",type="query"}'),
    ).toBeGreaterThanOrEqual(4);
    expect(sample(after, 'accord_graphql_sql_statements_count{type="query"}')).toBeGreaterThanOrEqual(4);
    expect(sample(after, 'accord_db_pool_connections{pool="primary",state="total"}')).toBeGreaterThanOrEqual(1);
    const stats = (await (await post({ query: '{ stats { articles } }' })).json()) as {
      data: { stats: { articles: number } };
    };
    expect(sample(after, 'accord_articles')).toBe(stats.data.stats.articles);
    expect(after).toMatch(/^accord_ingest_jobs\{state="QUEUED"\} \d+$/m);
    expect(after).toMatch(/^process_cpu_seconds_total /m);
  });
});
