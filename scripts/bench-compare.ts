/**
 * `npm run bench:compare`: Accord against PostGraphile v4 and a one-SQL handler, on one
 * database. Builds (once, then reuses) a corpus of generated articles ingested through
 * the real pipeline under .data/, starts each server as its own process, checks that
 * every one answers the equivalent query, then loads them in turn (A B C A B C ...) with
 * autocannon and prints req/s, p50, p99, errors and ratios; then the RSS of the Accord
 * process under 200 connections. Writes its section of BENCHMARKS.md.
 *
 *   npm run bench:compare -- [--articles 5000] [--seed 42] [--data-dir .data/bench-compare]
 *     [--connections 32] [--duration 10] [--rounds 2] [--no-build] [--no-write]
 *
 * PostGraphile (4.14.1, graphql 15) lives in bench/postgraphile/ with its own lockfile;
 * it is installed there on first use. The machine may be shared: compare the ratios of
 * one run, not absolute figures across runs.
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { createDataSource } from '../src/db/data-source.js';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { generateArticleTexts } from '../src/generate/index.js';
import { createLogger } from '../src/logger.js';
import { migrateAndSeed } from '../src/modules/ingestion/bootstrap.js';
import { ingestArticles } from '../src/modules/ingestion/ingest.service.js';
import { machine, table, writeSection } from './bench/lib.js';

const HELP = `npm run bench:compare -- [options]

Accord vs PostGraphile v4 vs a one-SQL handler on one generated corpus.
  --articles N      corpus size (default 5000; built once under --data-dir, then reused)
  --seed N          generator seed (default 42)
  --data-dir DIR    where the embedded PostgreSQL keeps the corpus (default .data/bench-compare)
  --connections N   concurrent connections per load round (default 32)
  --duration S      seconds per load round (default 10)
  --rounds N        rounds per server and query, alternating servers (default 2)
  --no-build        reuse dist/ instead of running npm run build first
  --no-write        print only; leave BENCHMARKS.md alone`;

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  console.log(HELP);
  process.exit(0);
}
const arg = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const articles = Number(arg('articles', '5000'));
const seed = Number(arg('seed', '42'));
const dataDir = arg('data-dir', '.data/bench-compare');
const connections = Number(arg('connections', '32'));
const duration = Number(arg('duration', '10'));
const rounds = Number(arg('rounds', '2'));
const build = !argv.includes('--no-build');
const write = !argv.includes('--no-write');
if (![articles, seed, connections, duration, rounds].every((n) => Number.isInteger(n) && n > 0) || articles < 1) {
  console.error(`Every numeric option must be a positive integer.\n\n${HELP}`);
  process.exit(2);
}
const log = createLogger('warn', false);
const say = (message: string) => console.error(message);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

// 1. The corpus, in an embedded PostgreSQL this script owns; the servers share it.
await mkdir(dataDir, { recursive: true });
const pgPort = await freePort();
const embedded = await startEmbeddedPostgres(dataDir, log, { port: pgPort });
const databaseUrl = embedded.url;
const children: ChildProcess[] = [];
const cleanup = async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await Promise.all(children.filter((c) => c.exitCode === null).map((c) => new Promise((r) => c.once('exit', r))));
  await embedded.stop();
};
process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));

let corpus: Record<string, number | string>;
{
  const dataSource = createDataSource(databaseUrl, log, { poolSize: 4 });
  await dataSource.initialize();
  await migrateAndSeed(dataSource, log);
  const [{ n: present }] = await dataSource.query(
    `SELECT count(*)::int AS n FROM article WHERE source = 'Accord bench'`,
  );
  if (present < articles) {
    say(
      `building the corpus: generated articles ${present + 1}..${articles} (seed ${seed}) through the ingestion pipeline…`,
    );
    const started = Date.now();
    let done = 0;
    for (const file of generateArticleTexts(articles, seed, 100)) {
      if (file.firstArticle + file.articles <= present) continue;
      await ingestArticles(dataSource, { text: file.text, source: 'Accord bench' }, 'bench', { maxArticles: Infinity });
      done += file.articles;
      if (done % 500 === 0) {
        const rate = done / ((Date.now() - started) / 1000);
        say(
          `  ${present + done}/${articles} articles, ${rate.toFixed(0)}/s, ~${((articles - present - done) / rate / 60).toFixed(1)} min left`,
        );
      }
    }
    await dataSource.query('ANALYZE');
  }
  [corpus] = await dataSource.query(
    `SELECT (SELECT count(*) FROM article)::int AS articles, (SELECT count(*) FROM statement)::int AS statements,
            (SELECT count(*) FROM mention)::int AS mentions, (SELECT count(*) FROM person)::int AS people,
            (SELECT count(*) FROM organization)::int AS organizations`,
  );
  await dataSource.destroy();
  say(`corpus: ${JSON.stringify(corpus)}`);
}

// 2. Three servers, each its own process on the same database.
function start(name: string, command: string, args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  child.once('exit', (code) => {
    if (code && code !== 0 && code !== 143) say(`${name} exited with ${code}:\n${stderr}`);
  });
  children.push(child);
  return child;
}

async function waitFor(url: string, body: string, name: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${name} did not answer at ${url} within 60 s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

if (build) {
  say('npm run build…');
  const result = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('npm run build failed');
}
const postgraphileDir = path.resolve('bench/postgraphile');
if (!existsSync(path.join(postgraphileDir, 'node_modules', 'postgraphile'))) {
  say('installing PostGraphile v4 in bench/postgraphile (its own lockfile; graphql 15)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: postgraphileDir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error('npm ci in bench/postgraphile failed');
}

const ports = { accord: await freePort(), postgraphile: await freePort(), raw: await freePort() };
const accord = start('accord', process.execPath, ['dist/src/main.js'], {
  NODE_ENV: 'production',
  PORT: String(ports.accord),
  HOST: '127.0.0.1',
  DATA_DIR: dataDir,
  EMBEDDED_PG_PORT: String(pgPort),
  ACCORD_RATE_LIMIT: '0',
  ACCORD_SEED_CORPUS: '',
  LOG_LEVEL: 'warn',
});
const postgraphile = start('postgraphile', process.execPath, [path.join(postgraphileDir, 'server.js')], {
  DATABASE_URL: databaseUrl,
  PORT: String(ports.postgraphile),
  NODE_ENV: 'production',
});
start('raw handler', process.execPath, ['--import', '@swc-node/register/esm-register', 'scripts/bench/raw-nested.ts'], {
  DATABASE_URL: databaseUrl,
  PORT: String(ports.raw),
});
const urls = {
  accord: `http://127.0.0.1:${ports.accord}/graphql`,
  postgraphile: `http://127.0.0.1:${ports.postgraphile}/graphql`,
  raw: `http://127.0.0.1:${ports.raw}/`,
};
const probe = JSON.stringify({ query: '{ __typename }' });
await Promise.all([
  waitFor(urls.accord, probe, 'Accord'),
  waitFor(urls.postgraphile, probe, 'PostGraphile'),
  waitFor(urls.raw, probe, 'the raw handler'),
]);
say('servers up: Accord (production build), PostGraphile v4, raw handler');

// 3. The queries, each with its equivalent per server, and a check that the answers agree.
type Target = 'accord' | 'postgraphile' | 'raw';
interface Case {
  name: string;
  queries: Partial<Record<Target, string>>;
  /** A number that must be the same in every server's answer (rows returned). */
  size: (target: Target, data: any) => number;
}
const SPEAKER_ACCORD = `speaker { __typename ... on Person { id name organization { id name } } ... on Organization { id name } }`;
const SPEAKER_PG = `personBySpeakerPersonId { id name organizationByOrganizationId { id name } } organizationBySpeakerOrganizationId { id name }`;
const statementsIn = (nodes: any[], field: string) =>
  nodes.reduce((n, a) => n + (a[field].nodes ?? a[field]).length, 0);
const CASES: Case[] = [
  {
    name: '10 articles → statements → speaker (Person → organization, or Organization)',
    queries: {
      accord: `{ articles(first: 10) { nodes { id title statements { id kind text ${SPEAKER_ACCORD} } } } }`,
      postgraphile: `{ allArticles(first: 10, orderBy: [PUBLISHED_AT_DESC, ID_DESC]) { nodes { id title
        statementsByArticleId(orderBy: [START_OFFSET_ASC, ID_ASC]) { nodes { id kind text ${SPEAKER_PG} } } } } }`,
      raw: '{ articles(first: 10) { ... } }',
    },
    size: (t, d) =>
      t === 'postgraphile'
        ? statementsIn(d.allArticles.nodes, 'statementsByArticleId')
        : statementsIn(d.articles.nodes, 'statements'),
  },
  {
    name: '`country(iso2: "TJ") { memberships { organization } }`',
    queries: {
      accord: `{ country(iso2: "TJ") { name memberships { role organization { name acronym } } } }`,
      postgraphile: `{ allCountries(condition: { iso2: "TJ" }) { nodes { name
        membershipsByCountryId(orderBy: [ROLE_ASC, ID_ASC]) { nodes { role organizationByOrganizationId { name acronym } } } } } }`,
    },
    size: (t, d) =>
      t === 'postgraphile' ? d.allCountries.nodes[0].membershipsByCountryId.nodes.length : d.country.memberships.length,
  },
  {
    name: 'articles mentioning KZ, 20 nodes with titles and speakers',
    queries: {
      accord: `{ articles(first: 20, filter: { countries: ["KZ"] }) { nodes { title statements {
        speaker { __typename ... on Person { name } ... on Organization { name } ... on Country { name } } } } } }`,
      postgraphile: `{ allArticles(first: 20, orderBy: [PUBLISHED_AT_DESC, ID_DESC],
        filter: { mentionsByArticleId: { some: { countryByCountryId: { iso2: { equalTo: "KZ" } } } } }) { nodes { title
        statementsByArticleId { nodes { personBySpeakerPersonId { name } organizationBySpeakerOrganizationId { name } countryBySpeakerCountryId { name } } } } } }`,
    },
    size: (t, d) =>
      t === 'postgraphile'
        ? statementsIn(d.allArticles.nodes, 'statementsByArticleId')
        : statementsIn(d.articles.nodes, 'statements'),
  },
  {
    name: 'two-word `search` ("drug trafficking", 10 ranked hits with highlights)',
    queries: {
      accord: `{ search(query: "drug trafficking", first: 10) { edges { rank highlight node { __typename ... on Statement { text } ... on Article { title } } } } }`,
    },
    size: (_t, d) => d.search.edges.length,
  },
  {
    name: '`statements(filter: {kinds: [DIRECT_QUOTE]}, first: 50)`',
    queries: {
      accord: `{ statements(filter: { kinds: [DIRECT_QUOTE] }, first: 50) { nodes { id text kind speakerName } } }`,
      postgraphile: `{ allStatements(condition: { kind: DIRECT_QUOTE }, first: 50, orderBy: [ARTICLE_ID_ASC, START_OFFSET_ASC, ID_ASC]) { nodes { id text kind speakerName } } }`,
    },
    size: (t, d) => (t === 'postgraphile' ? d.allStatements.nodes.length : d.statements.nodes.length),
  },
];

const bodyOf = (query: string) => JSON.stringify({ query });
for (const c of CASES) {
  const sizes: string[] = [];
  for (const [target, query] of Object.entries(c.queries) as [Target, string][]) {
    const response = await fetch(urls[target], {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: bodyOf(query),
    });
    const json = (await response.json()) as { data?: unknown; errors?: unknown };
    if (!response.ok || json.errors || !json.data)
      throw new Error(`${target} failed "${c.name}": ${JSON.stringify(json).slice(0, 800)}`);
    sizes.push(`${target} ${c.size(target, json.data)}`);
  }
  say(`  ${c.name}: rows ${sizes.join(', ')}`);
  const distinct = new Set(sizes.map((s) => s.split(' ')[1]));
  if (distinct.size > 1) say(`  WARNING: the servers returned different row counts for "${c.name}"`);
}

// 4. Load, alternating servers within each round.
interface Result {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}
async function load(url: string, query: string, seconds: number, conns: number): Promise<Result> {
  let graphqlErrors = 0;
  const result = await autocannon({
    url,
    connections: conns,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: bodyOf(query),
    requests: [
      {
        onResponse: (status: number, body: string) => {
          if (status === 200 && body.startsWith('{"errors"')) graphqlErrors += 1;
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
  };
}

const measured: { c: Case; target: Target; runs: Result[] }[] = [];
for (const c of CASES) {
  const targets = Object.keys(c.queries) as Target[];
  say(`${c.name}`);
  for (const target of targets)
    await load(urls[target], c.queries[target]!, Math.max(2, Math.round(duration / 4)), connections); // warm-up
  const runs = new Map<Target, Result[]>(targets.map((t) => [t, []]));
  for (let round = 0; round < rounds; round += 1) {
    for (const target of targets) {
      const r = await load(urls[target], c.queries[target]!, duration, connections);
      runs.get(target)!.push(r);
      say(
        `  round ${round + 1} ${target}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.errors} errors`,
      );
    }
  }
  for (const target of targets) measured.push({ c, target, runs: runs.get(target)! });
}

// 5. Memory of the Accord process under 200 connections on the nested query.
async function rss(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
}
const idle = { accord: await rss(accord.pid!), postgraphile: await rss(postgraphile.pid!) };
say('memory: 200 connections on the nested query…');
const peak = { accord: 0, postgraphile: 0 };
const sampler = setInterval(() => {
  void rss(accord.pid!).then((b) => (peak.accord = Math.max(peak.accord, b)));
  void rss(postgraphile.pid!).then((b) => (peak.postgraphile = Math.max(peak.postgraphile, b)));
}, 200);
const heavy = await load(urls.accord, CASES[0].queries.accord!, duration, 200);
clearInterval(sampler);
const heavyPg = await (async () => {
  const sampler2 = setInterval(
    () => void rss(postgraphile.pid!).then((b) => (peak.postgraphile = Math.max(peak.postgraphile, b))),
    200,
  );
  const r = await load(urls.postgraphile, CASES[0].queries.postgraphile!, duration, 200);
  clearInterval(sampler2);
  return r;
})();
const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MB`;
say(
  `  Accord RSS ${mb(idle.accord)} idle, ${mb(peak.accord)} peak; ${heavy.rps.toFixed(0)} req/s, ${heavy.errors} errors`,
);
say(
  `  PostGraphile RSS ${mb(idle.postgraphile)} idle, ${mb(peak.postgraphile)} peak; ${heavyPg.rps.toFixed(0)} req/s, ${heavyPg.errors} errors`,
);

await cleanup();

// 6. Report.
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const summary = (runs: Result[]) => ({
  rps: mean(runs.map((r) => r.rps)),
  range: `${Math.min(...runs.map((r) => r.rps)).toFixed(0)}–${Math.max(...runs.map((r) => r.rps)).toFixed(0)}`,
  p50: mean(runs.map((r) => r.p50)),
  p99: mean(runs.map((r) => r.p99)),
  errors: runs.reduce((n, r) => n + r.errors, 0),
});
const NAMES: Record<Target, string> = {
  accord: 'Accord',
  postgraphile: 'PostGraphile v4',
  raw: 'one SQL, bare handler',
};
const rows: (string | number)[][] = [];
const ratios: string[] = [];
for (const c of CASES) {
  const forCase = measured.filter((m) => m.c === c);
  const accordRps = summary(forCase.find((m) => m.target === 'accord')!.runs).rps;
  for (const m of forCase) {
    const s = summary(m.runs);
    rows.push([
      m.target === 'accord' ? c.name : '',
      NAMES[m.target],
      `${s.rps.toFixed(0)} (${s.range})`,
      `${s.p50.toFixed(0)} ms`,
      `${s.p99.toFixed(0)} ms`,
      s.errors,
      m.target === 'accord' ? '1' : `${(accordRps / s.rps).toFixed(2)}x`,
    ]);
    if (m.target !== 'accord')
      ratios.push(`${c.name.split(' (')[0]}: Accord / ${NAMES[m.target]} = **${(accordRps / s.rps).toFixed(2)}x**`);
  }
  if (Object.keys(c.queries).length === 1)
    ratios.push(`${c.name.split(' (')[0]}: no equivalent in PostGraphile v4 (no full-text search or ranking)`);
}
const markdown = `## Accord vs PostGraphile v4 vs one SQL statement (\`npm run bench:compare\`)

Run on ${new Date().toISOString().slice(0, 10)}, ${machine()}; the three servers (one process each), the embedded
PostgreSQL 18 and autocannon on the same machine, which other work shares: **the ratios within this run are what
count**, absolute figures move between runs.
Database: ${corpus.articles} articles (${articles} generated with seed ${seed} by \`cli generate\`'s generator and ingested through the
pipeline), ${corpus.statements} statements, ${corpus.mentions} mentions, ${corpus.people} people, ${corpus.organizations} organizations.
Accord: the production build (\`NODE_ENV=production\`, rate limit off). PostGraphile 4.14.1 (graphql 15, own folder
\`bench/postgraphile/\`, connection-filter plugin for the country filter), against the same database. The bare handler
answers the nested query with one SQL statement that builds the JSON in PostgreSQL.
Each query: a warm-up, then ${rounds} rounds of ${duration} s with ${connections} connections, servers alternating (A B C A B C).
req/s is the mean of the rounds (range in brackets); p50/p99 the mean of the rounds; errors are socket errors, timeouts,
non-2xx and GraphQL \`errors\` bodies over all rounds.

${table(['query', 'server', 'req/s', 'p50', 'p99', 'errors', 'Accord ÷ server'], rows)}

${ratios.map((r) => `- ${r}`).join('\n')}

Memory, 200 connections on the nested query for ${duration} s: Accord RSS **${mb(peak.accord)}** at peak (${mb(idle.accord)} before),
${heavy.rps.toFixed(0)} req/s, ${heavy.errors} errors; PostGraphile v4 ${mb(peak.postgraphile)} at peak (${mb(idle.postgraphile)} before),
${heavyPg.rps.toFixed(0)} req/s, ${heavyPg.errors} errors.`;
console.log(`\n${markdown}\n`);
if (write) {
  await writeSection('bench:compare', markdown);
  say('BENCHMARKS.md updated (section bench:compare)');
}
process.exit(0);
