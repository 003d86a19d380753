/**
 * `npm run bench:jobs`: `ingestJob` with generated articles (the generator behind `npm
 * run cli -- generate`) through a real server and real worker processes (`npm run
 * worker`): articles/s with one worker and with three, and three with one SIGKILLed
 * part-way. Each run starts from an empty database, checks every article is stored
 * once, and follows progress through `job(id:)` and a `jobUpdated` subscription. Writes
 * its section of BENCHMARKS.md.
 *
 *   npm run bench:jobs -- --articles 1000
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { parseConfig } from '../src/config.js';
import { createDataSource } from '../src/db/data-source.js';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { generateArticleTexts } from '../src/generate/index.js';
import { createSchema } from '../src/graphql/schema.js';
import { createLogger } from '../src/logger.js';
import { migrateAndSeed, queueSettings } from '../src/modules/ingestion/bootstrap.js';
import { startServer } from '../src/server.js';
import { machine, table, writeSection } from './bench/lib.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
if (process.argv.includes('--help')) {
  console.log(
    'usage: npm run bench:jobs -- [--articles 1000] [--seed 11]\nWrites the "jobs" section of BENCHMARKS.md.',
  );
  process.exit(0);
}
const COUNT = arg('articles', 1000);
const SEED = arg('seed', 11);
const TIMEOUT = 10; // seconds before a killed worker's chunk is retried
const ADMIN = 'bench-admin-key-0123456789abcdef';

const log = createLogger('warn', false);
const scratch = await mkdtemp(path.join(os.tmpdir(), 'accord-bench-jobs-'));
const embedded = await startEmbeddedPostgres(scratch, log);
const text = [...generateArticleTexts(COUNT, SEED, COUNT)][0].text;

interface Outcome {
  workers: number;
  killed: boolean;
  seconds: number;
  perSecond: number;
  stored: number;
  distinct: number;
  polls: number;
  pushed: number;
  killedAt?: number;
}

function startWorker(url: string): Promise<ChildProcess> {
  const child = spawn(
    'node',
    ['--import', '@swc-node/register/esm-register', 'src/cli/main.ts', 'worker', '--concurrency', '1'],
    {
      env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'info', ACCORD_JOB_TIMEOUT: String(TIMEOUT) },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => String(d).includes('worker ready') && resolve(child));
    child.once('exit', (code) => reject(new Error(`worker exited with ${code} before it was ready`)));
  });
}

async function scenario(workers: number, kill: boolean): Promise<Outcome> {
  const name = `bench_jobs_${workers}_${kill ? 'kill' : 'ok'}`;
  const admin = new pg.Client({ connectionString: embedded.url.replace(/\/[^/]+$/, '/postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = embedded.url.replace(/\/[^/]+$/, `/${name}`);
  const config = parseConfig({
    NODE_ENV: 'production',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: url,
    ACCORD_ADMIN_KEY: ADMIN,
    ACCORD_RATE_LIMIT: '0',
    ACCORD_JOB_TIMEOUT: String(TIMEOUT),
    LOG_LEVEL: 'warn',
  });
  const dataSource = createDataSource(url, log);
  await dataSource.initialize();
  await migrateAndSeed(dataSource, log, queueSettings(config));
  const server = await startServer(config, await createSchema(), dataSource, log);
  const post = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const children = await Promise.all(Array.from({ length: workers }, () => startWorker(url)));
  try {
    const started = performance.now();
    const { ingestJob } = await post(`mutation($input: IngestJobInput!) { ingestJob(input: $input) { id } }`, {
      input: { text, source: 'bench' },
    });
    const client = createClient({
      url: server.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${ADMIN}` },
      retryAttempts: 0,
    });
    let pushed = 0;
    const done = new Promise<void>((resolve, reject) =>
      client.subscribe(
        {
          query: `subscription($id: ID!) { jobUpdated(id: $id) { status progress { done total } } }`,
          variables: { id: ingestJob.id },
        },
        { next: () => void pushed++, error: reject, complete: resolve },
      ),
    );
    let polls = 0;
    let killedAt: number | undefined;
    for (;;) {
      const { job } = await post(`query($id: ID!) { job(id: $id) { status progress { done total } } }`, {
        id: ingestJob.id,
      });
      polls++;
      process.stderr.write(
        `\r  ${workers} worker(s)${kill ? ', one killed' : ''}: ${job.status} ${job.progress.done}/${job.progress.total}   `,
      );
      if (kill && killedAt === undefined && job.progress.done >= COUNT * 0.3) {
        children[0].kill('SIGKILL');
        killedAt = job.progress.done;
      }
      if (job.status === 'SUCCEEDED' || job.status === 'FAILED') {
        if (job.status === 'FAILED') throw new Error('the job failed');
        break;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    await done;
    await client.dispose();
    const seconds = (performance.now() - started) / 1000;
    process.stderr.write('\n');
    const [row] = await dataSource.query(
      `SELECT count(*)::int AS n, count(DISTINCT content_hash)::int AS d FROM article WHERE source = 'bench'`,
    );
    return {
      workers,
      killed: kill,
      seconds,
      perSecond: COUNT / seconds,
      stored: row.n,
      distinct: row.d,
      polls,
      pushed,
      killedAt,
    };
  } finally {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await Promise.all(
      children
        .filter((c) => c.exitCode === null && c.signalCode === null)
        .map((c) => new Promise((r) => c.once('exit', r))),
    );
    await server.close();
    await dataSource.destroy();
  }
}

const outcomes: Outcome[] = [];
try {
  console.error(`ingestJob with ${COUNT} generated articles (seed ${SEED}); worker processes run with --concurrency 1`);
  outcomes.push(await scenario(1, false));
  outcomes.push(await scenario(3, false));
  outcomes.push(await scenario(3, true));
} finally {
  await embedded.stop();
  await rm(scratch, { recursive: true, force: true });
}

const one = outcomes[0].perSecond;
const report = `## Ingestion jobs (\`npm run bench:jobs\`)

Run on ${new Date().toISOString().slice(0, 10)}, ${machine()}. **The machine is shared** (other
helpers' builds and tests ran at the same time): read the ratios within this run.
One \`ingestJob\` of ${COUNT} generated articles (the generator behind \`npm run cli -- generate\`, seed ${SEED})
on an empty database, through the real server; worker processes (\`npm run worker -- --concurrency 1\`)
started and ready before the job is queued; time from queueing to \`SUCCEEDED\`. Chunks of 25
articles; extraction runs in parallel across workers, storing is one transaction at a time.

${table(
  [
    'workers',
    'seconds',
    'articles/s',
    'vs one worker',
    'articles stored',
    'distinct',
    'job(id:) polls',
    'jobUpdated events',
  ],
  outcomes.map((o) => [
    o.killed ? `${o.workers}, one SIGKILLed at ${o.killedAt}/${COUNT} done` : o.workers,
    o.seconds.toFixed(1),
    o.perSecond.toFixed(1),
    `${(o.perSecond / one).toFixed(2)}×`,
    o.stored,
    o.distinct,
    o.polls,
    o.pushed,
  ]),
)}

Every run stored each article once (\`articles stored\` = \`distinct\` = ${COUNT}). The killed run
includes the wait for the dead worker's chunk to be retried (\`ACCORD_JOB_TIMEOUT=${TIMEOUT}\` s here,
120 s by default), so it measures recovery, not speed.
`;
await writeSection('jobs', report);
console.log(report);
process.exit(0);
