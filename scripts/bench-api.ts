/**
 * `npm run bench`: the API at scale. Builds (once, then reuses) a database of N
 * generated articles ingested through the real pipeline, starts the real server, and
 * measures p50/p95 of typical queries (sequential, after warm-up), throughput of a
 * nested query under concurrent clients, and EXPLAIN ANALYZE of the slowest query.
 * Writes its section of BENCHMARKS.md.
 *
 *   npm run bench -- [--articles 100000] [--seed 42] [--data-dir .data/bench] [--runs 100]
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { mkdir } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { parseConfig } from '../src/config.js';
import { createDataSource } from '../src/db/data-source.js';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { generateArticleTexts } from '../src/generate/index.js';
import { createSchema } from '../src/graphql/schema.js';
import { encodeCursor } from '../src/db/pagination.js';
import { createLogger } from '../src/logger.js';
import { ingestArticles } from '../src/modules/ingestion/ingest.service.js';
import { migrateAndSeed } from '../src/modules/ingestion/bootstrap.js';
import { startServer } from '../src/server.js';
import { machine, ms, table, time, writeSection, type Timing } from './bench/lib.js';

const HELP = `usage: npm run bench -- [options]

The API at scale: p50/p95 of typical queries (--runs sequential requests each, after a
warm-up), throughput of a nested query under concurrent clients, and EXPLAIN ANALYZE of the
slowest query, against the real server on N generated articles ingested through the real
pipeline into an embedded PostgreSQL kept in --data-dir (built once, reused after).
Writes its section of BENCHMARKS.md.

  --articles N     articles in the generated corpus (default 100000)
  --seed N         seed of the generator (default 42)
  --data-dir DIR   where the corpus database lives (default .data/bench)
  --runs N         requests per query (default 100)
  --help, -h       this text`;
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(HELP);
  process.exit(0);
}
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const target = Number(arg('articles', '100000'));
const seed = Number(arg('seed', '42'));
const dataDir = arg('data-dir', '.data/bench');
const runs = Number(arg('runs', '100'));
if (![target, seed, runs].every((n) => Number.isInteger(n) && n > 0)) {
  console.error(`--articles, --seed and --runs take a positive whole number\n\n${HELP}`);
  process.exit(2);
}

// SQL captured while `capture` is on, to EXPLAIN the slowest query afterwards.
let capture: { query: string; parameters?: unknown[] }[] | null = null;
const sink = new Writable({
  write(chunk, _enc, done) {
    if (capture) {
      const entry = JSON.parse(chunk.toString());
      if (entry.msg === 'sql') capture.push({ query: entry.query, parameters: entry.parameters });
    }
    done();
  },
});
const sqlLog = pino({ level: 'trace' }, sink);
const log = createLogger('warn', false);

await mkdir(dataDir, { recursive: true });
const embedded = await startEmbeddedPostgres(dataDir, log);
const dataSource = createDataSource(embedded.url, sqlLog, { poolSize: 20 });
await dataSource.initialize();
await migrateAndSeed(dataSource, log);

// 1. The corpus: generated articles through the real pipeline, one transaction per 100.
const [{ n: present }] = await dataSource.query(`SELECT count(*)::int AS n FROM article WHERE source = 'Accord bench'`);
let ingestSeconds: number | null = null;
if (present < target) {
  console.error(`ingesting generated articles ${present + 1}..${target} (seed ${seed}) through the pipeline…`);
  const started = Date.now();
  let done = 0;
  for (const file of generateArticleTexts(target, seed, 100)) {
    if (file.firstArticle + file.articles <= present) continue;
    await ingestArticles(dataSource, { text: file.text, source: 'Accord bench' }, 'bench', { maxArticles: Infinity });
    done += file.articles;
    if (done % 2000 === 0) {
      const rate = done / ((Date.now() - started) / 1000);
      console.error(
        `  ${present + done}/${target} articles, ${rate.toFixed(0)}/s, ~${((target - present - done) / rate / 60).toFixed(1)} min left`,
      );
    }
  }
  ingestSeconds = (Date.now() - started) / 1000;
  await dataSource.query('ANALYZE');
}
const [stats] = await dataSource.query(
  `SELECT (SELECT count(*) FROM article)::int AS articles, (SELECT count(*) FROM statement)::int AS statements,
          (SELECT count(*) FROM mention)::int AS mentions, (SELECT count(*) FROM person)::int AS people,
          (SELECT count(*) FROM organization)::int AS organizations, (SELECT count(*) FROM initiative)::int AS initiatives,
          pg_size_pretty(pg_database_size(current_database())) AS size`,
);
console.error(`database: ${JSON.stringify(stats)}`);

// 2. The server, as in production.
const config = parseConfig({
  NODE_ENV: 'production',
  PORT: '0',
  HOST: '127.0.0.1',
  DATABASE_URL: embedded.url,
  LOG_LEVEL: 'warn',
  ACCORD_RATE_LIMIT: '0',
});
const server = await startServer(config, await createSchema(), dataSource, log);
const post = async (query: string, variables: Record<string, unknown> = {}) => {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown[]; data?: any };
  if (body.errors) throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
  return body.data;
};

const ids = await post(`{ organization(acronym: "SCO") { id } country(iso2: "KZ") { id } }`);
// Page 1,000 of the default article order, the cursor of row 19,980 (as a client would hold it).
const [row] = await dataSource.query(
  `SELECT coalesce(published_at, '-infinity'::timestamptz)::text AS k, id FROM article
   ORDER BY coalesce(published_at, '-infinity'::timestamptz) DESC, id DESC OFFSET $1 LIMIT 1`,
  [Math.max(0, Math.min(19979, stats.articles - 21))],
);
const page1000 = encodeCursor([row.k, String(row.id)]);

// [name, query, variables, runs]: whole-corpus aggregates take seconds, so fewer runs.
const QUERIES: [string, string, Record<string, unknown>, number?][] = [
  [
    'search, two words',
    `query { search(query: "drug trafficking", first: 20) { edges { rank highlight node { __typename } } } }`,
    {},
  ],
  [
    'articles filtered by country',
    `query { articles(filter: { countries: ["KZ"] }, first: 20) { nodes { id title publishedAt } } }`,
    {},
  ],
  ['articles, page 1', `query { articles(first: 20) { nodes { id title } pageInfo { endCursor } } }`, {}],
  [
    'articles, page 1,000',
    `query($after: String) { articles(first: 20, after: $after) { nodes { id title } pageInfo { endCursor } } }`,
    { after: page1000 },
  ],
  [
    'statements by kind, page 1',
    `query { statements(filter: { kinds: [DIRECT_QUOTE] }, first: 20) { nodes { text speaker { __typename } } } }`,
    {},
  ],
  ['stats', `query { stats { articles statements people organizations countries initiatives } }`, {}],
  [
    'mentionTimeline (Kazakhstan, month)',
    `query($id: ID!) { mentionTimeline(id: $id, interval: MONTH) { start articles mentions } }`,
    { id: ids.country.id },
    20,
  ],
  [
    'mentionTimeline (SCO, month)',
    `query($id: ID!) { mentionTimeline(id: $id, interval: MONTH) { start articles mentions } }`,
    { id: ids.organization.id },
    20,
  ],
  [
    'coMentions (Kazakhstan)',
    `query($id: ID!) { coMentions(id: $id, first: 10) { articles node { id } } }`,
    { id: ids.country.id },
    20,
  ],
  ['topSpeakers', `query { topSpeakers(first: 10) { statements speaker { __typename } } }`, {}, 20],
];

console.error(`measuring ${QUERIES.length} queries, ${runs} runs each…`);
const timings: [string, Timing, string, Record<string, unknown>][] = [];
for (const [name, query, variables, fewer] of QUERIES) {
  timings.push([
    name,
    await time(() => post(query, variables), fewer ? Math.min(fewer, runs) : runs, fewer ? 3 : 10),
    query,
    variables,
  ]);
  console.error(`  ${name}: p50 ${ms(timings.at(-1)![1].p50)}, p95 ${ms(timings.at(-1)![1].p95)}`);
}

// 3. Throughput of a representative nested query with concurrent clients.
const NESTED = `{ articles(first: 10, filter: { countries: ["KZ"] }) { nodes { title statements { text speaker { ... on Person { name } ... on Organization { name } } } countries { iso2 } } } }`;
console.error('throughput: 32 concurrent clients for 15 s…');
const load = await autocannon({
  url: server.url,
  connections: 32,
  duration: 15,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: NESTED }),
});

// 4. EXPLAIN ANALYZE of the slowest statement of the slowest query.
const [slowName, , slowQuery, slowVariables] = [...timings].sort((a, b) => b[1].p95 - a[1].p95)[0];
capture = [];
await post(slowQuery, slowVariables);
const captured = capture;
capture = null;
let slowest = { ms: -1, plan: '', query: '' };
for (const q of captured) {
  if (!/^\s*(SELECT|WITH)/i.test(q.query)) continue;
  const plan: { 'QUERY PLAN': string }[] = await dataSource.query(
    `EXPLAIN (ANALYZE, BUFFERS) ${q.query}`,
    q.parameters as unknown[],
  );
  const text = plan.map((p) => p['QUERY PLAN']).join('\n');
  const total = Number(/Execution Time: ([\d.]+)/.exec(text)?.[1] ?? 0);
  if (total > slowest.ms) slowest = { ms: total, plan: text, query: q.query };
}

await server.close();
await dataSource.destroy();
await embedded.stop();

const p1 = timings.find((t) => t[0] === 'articles, page 1')![1];
const p1000 = timings.find((t) => t[0] === 'articles, page 1,000')![1];
const report = `## API at scale (\`npm run bench\`)

Run on ${new Date().toISOString().slice(0, 10)}, ${machine()}; server and embedded PostgreSQL 18 on the same machine.
Database: ${stats.articles.toLocaleString('en')} articles (${target.toLocaleString('en')} generated with seed ${seed} by \`cli generate\` and ingested through the pipeline${ingestSeconds ? ` in ${(ingestSeconds / 60).toFixed(1)} min, ${(target / ingestSeconds).toFixed(0)} articles/s` : ', built by an earlier run'}),
${stats.statements.toLocaleString('en')} statements, ${stats.mentions.toLocaleString('en')} mentions, ${stats.people.toLocaleString('en')} people, ${stats.organizations.toLocaleString('en')} organizations, ${stats.initiatives.toLocaleString('en')} initiatives; ${stats.size} on disk.

Latency over HTTP, one client, sequential runs after warm-up runs:

${table(
  ['query', 'runs', 'p50', 'p95', 'mean'],
  timings.map(([name, t]) => [name, t.runs, ms(t.p50), ms(t.p95), ms(t.mean)]),
)}

Page 1,000 / page 1 (p50): **${(p1000.p50 / p1.p50).toFixed(2)}**; keyset cursors make the ratio independent of the page.

Throughput of a nested query (10 Kazakhstan articles → statements → speaker, countries), 32 concurrent clients, 15 s:
${Math.round(load.requests.average)} requests/s, latency p50 ${load.latency.p50} ms, p97.5 ${load.latency.p97_5} ms, p99 ${load.latency.p99} ms, ${load.non2xx} non-2xx, ${load.errors} errors.

Slowest query by p95: **${slowName}**. Its slowest SQL statement (${slowest.ms.toFixed(1)} ms in EXPLAIN ANALYZE):

\`\`\`sql
${slowest.query.replace(/\s+/g, ' ').trim()}
\`\`\`

\`\`\`
${slowest.plan}
\`\`\``;
console.log(report);
await writeSection('bench:api', report);
console.error('wrote the API section of BENCHMARKS.md');
process.exit(0);
