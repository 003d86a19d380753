import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createDataSource } from '../../src/db/data-source.js';
import { generateArticleTexts } from '../../src/generate/index.js';
import { createLogger } from '../../src/logger.js';
import { countJobs } from '../../src/modules/job/job.service.js';
import { gql } from './client.js';
import { startIsolatedServer, type IsolatedServer } from './isolated-server.js';

/**
 * Ingestion jobs end to end: the API queues, real worker processes (`npm run worker`'s
 * command) store, one of them SIGKILLed half-way, and a client follows along through
 * `job(id:)` and a graphql-ws `jobUpdated` subscription.
 */
const run = promisify(execFile);
const TIMEOUT = '4'; // seconds before a killed worker's chunk is retried
let server: IsolatedServer;
let editorKey: string;
const children: ChildProcess[] = [];
const clients: Client[] = [];

const env = () => ({
  ...process.env,
  DATABASE_URL: server.databaseUrl,
  LOG_LEVEL: 'info',
  ACCORD_JOB_TIMEOUT: TIMEOUT,
});

async function cli(...args: string[]): Promise<string> {
  const { stdout } = await run('node', ['--import', '@swc-node/register/esm-register', 'src/cli/main.ts', ...args], {
    env: env(),
  });
  return stdout;
}

function startWorker(): ChildProcess & { output: string[] } {
  const child = spawn(
    'node',
    ['--import', '@swc-node/register/esm-register', 'src/cli/main.ts', 'worker', '--concurrency', '1'],
    {
      env: env(),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  ) as ChildProcess & { output: string[] };
  child.output = [];
  child.stdout!.on('data', (d) => child.output.push(String(d)));
  child.stderr!.on('data', (d) => child.output.push(String(d)));
  children.push(child);
  return child;
}

const exited = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.exitCode !== null || child.signalCode !== null
      ? resolve({ code: child.exitCode, signal: child.signalCode })
      : child.once('exit', (code, signal) => resolve({ code, signal })),
  );

const JOB = `query($id: ID!) { job(id: $id) { id status progress { done total } errors
  results { status article { id title } extracted { statements } } } }`;

async function job(id: string) {
  const r = await gql(JOB, { id }, { url: server.url });
  expect(r.errors).toBeUndefined();
  return r.data.job;
}

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, ms = 90_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  server = await startIsolatedServer('jobs', { ACCORD_JOB_TIMEOUT: TIMEOUT });
  editorKey = (await cli('keys', 'create', '--role', 'editor', '--name', 'jobs')).trim().split('\n').at(-1)!;
}, 180_000);

afterAll(async () => {
  for (const c of clients) await c.dispose();
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await server?.close();
});

describe('ingestJob', () => {
  it('validates like ingestArticles and needs an editor', async () => {
    const empty = await gql(`mutation { ingestJob(input: {}) { id } }`, {}, { url: server.url, key: editorKey });
    expect(empty.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(empty.errors?.[0].message).toMatch(/Nothing to ingest/);
    const noBody = await gql(
      `mutation { ingestJob(input: { articles: [{ title: "T", body: " " }] }) { id } }`,
      {},
      { url: server.url, key: editorKey },
    );
    expect(noBody.errors?.[0].message).toMatch(/input\.articles\[0\]\.body is empty/);
    const anonymous = await gql(
      `mutation { ingestJob(input: { text: "Title\\n\\nBody." }) { id } }`,
      {},
      { url: server.url },
    );
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const bad = await gql(`{ job(id: "nope") { id } }`, {}, { url: server.url });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('survives a worker SIGKILLed half-way: another resumes, every article stored once, progress pushed', async () => {
    const total = 300;
    const [file] = [...generateArticleTexts(total, 4242, total)];
    const queued = await gql(
      `mutation($input: IngestJobInput!) { ingestJob(input: $input) { id status progress { done total } } }`,
      { input: { text: file.text, source: 'job test' } },
      { url: server.url, key: editorKey },
    );
    expect(queued.errors).toBeUndefined();
    const id = queued.data.ingestJob.id;
    expect(queued.data.ingestJob).toMatchObject({ status: 'QUEUED', progress: { done: 0, total } });

    const first = startWorker();
    const half = await until('the first chunks', async () => {
      const j = await job(id);
      return j.progress.done >= 25 && j;
    });
    first.kill('SIGKILL');
    expect((await exited(first)).signal).toBe('SIGKILL');
    const atKill = await job(id);
    expect(atKill.status).toBe('RUNNING');
    expect(atKill.progress.done).toBeLessThan(total);
    expect(atKill.progress.done).toBeGreaterThanOrEqual(half.progress.done);

    // A client follows the rest through the subscription.
    const client = createClient({ url: server.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
    clients.push(client);
    const pushed: { status: string; progress: { done: number; total: number } }[] = [];
    const completed = new Promise<void>((resolve, reject) =>
      client.subscribe(
        {
          query: `subscription($id: ID!) { jobUpdated(id: $id) { id status progress { done total } } }`,
          variables: { id },
        },
        { next: (r) => void pushed.push((r.data as any).jobUpdated), error: reject, complete: resolve },
      ),
    );
    await until('the subscription', async () => pushed.length > 0, 15_000);
    const second = startWorker();
    await completed;

    const done = await job(id);
    expect(done.status).toBe('SUCCEEDED');
    expect(done.errors).toEqual([]);
    expect(done.progress).toEqual({ done: total, total });
    expect(done.results).toHaveLength(total);
    expect(done.results.every((r: any) => r.status === 'CREATED')).toBe(true);
    expect(new Set(done.results.map((r: any) => r.article.id)).size).toBe(total);

    const db = new pg.Client({ connectionString: server.databaseUrl });
    await db.connect();
    const { rows } = await db.query(
      `SELECT count(*)::int AS n, count(DISTINCT title)::int AS titles FROM article WHERE source = 'job test'`,
    );
    await db.end();
    expect(rows[0]).toEqual({ n: total, titles: expect.any(Number) });

    // Pushed: the state when subscribing, then progress that only grows, ending SUCCEEDED.
    expect(pushed[0].progress.done).toBe(atKill.progress.done);
    const dones = pushed.map((p) => p.progress.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(pushed.at(-1)).toEqual({ id, status: 'SUCCEEDED', progress: { done: total, total } });
    expect(pushed.length).toBeGreaterThan(2);

    // The count by status that /metrics reports.
    const dataSource = createDataSource(server.databaseUrl, createLogger('warn', false), { poolSize: 1 });
    await dataSource.initialize();
    expect(await countJobs(dataSource)).toEqual({ QUEUED: 0, RUNNING: 0, SUCCEEDED: 1, FAILED: 0 });
    await dataSource.destroy();

    // SIGTERM: a clean stop.
    second.kill('SIGTERM');
    expect(await exited(second)).toEqual({ code: 0, signal: null });
    expect(second.output.join('')).toMatch(/worker stopped/);
  }, 150_000);
});
