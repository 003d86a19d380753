/**
 * What docs/scaling.md rests on: runs the main GraphQL operations through a real server
 * on an ingested database, EXPLAINs (ANALYZE) every SQL statement they send, and says
 * for each read of a per-article table whether it is restricted to articles (a Citus
 * router or colocated query when distributed by article_id) or reads across all
 * articles (a fan-out to every shard). Then rows and bytes per table.
 *
 *   npm run cli -- generate --articles 3000 --out /tmp/gen && npm run cli -- ingest /tmp/gen
 *   npm run scaling:report            # against DATA_DIR's embedded PostgreSQL, or DATABASE_URL
 */
import 'reflect-metadata';
import { pino } from 'pino';
import { parseConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { createSchema } from '../src/graphql/schema.js';
import { startServer } from '../src/server.js';

/** Tables that would be distributed by article_id; the rest are reference or coordinator tables. */
const BY_ARTICLE = new Set([
  'article',
  'statement',
  'mention',
  'entity_article',
  'statement_country',
  'statement_organization',
  'statement_initiative',
]);

const captured: { query: string; parameters?: unknown[] }[] = [];
const log = pino(
  { level: 'trace' },
  {
    write(line: string) {
      const record = JSON.parse(line) as { msg: string; query?: string; parameters?: unknown[] };
      if (record.msg === 'sql' && record.query) captured.push({ query: record.query, parameters: record.parameters });
    },
  },
);

const settings = parseConfig({
  ...process.env,
  PORT: '0',
  HOST: '127.0.0.1',
  ACCORD_RATE_LIMIT: '0',
  NODE_ENV: 'production',
});
const database = await openDatabase(settings, pino({ level: 'warn' }));
const quietDataSource = database.dataSource;
const { createDataSource } = await import('../src/db/data-source.js');
const dataSource = createDataSource((quietDataSource.options as { url: string }).url, log);
await dataSource.initialize();
const server = await startServer(settings, await createSchema(), dataSource, pino({ level: 'silent' }));
try {
  async function gql(query: string, variables: Record<string, unknown> = {}) {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown[] };
    if (body.errors)
      throw new Error(
        `${JSON.stringify(body.errors)}\nThe report needs a migrated database with ingested articles (see the top of scripts/scaling-report.ts).`,
      );
    return body.data;
  }

  const someone = await gql(
    '{ topSpeakers(first: 1) { speaker { ... on Person { id name } ... on Organization { id name } } } }',
  );
  const china = await gql('{ country(iso2: "CN") { id } }');
  const anArticle = await gql('{ articles(first: 1) { nodes { id } } }');
  const speakerId = someone.topSpeakers[0].speaker.id as string;
  const countryId = china.country.id as string;

  const operations: [string, string, Record<string, unknown>][] = [
    [
      'one article with its statements, mentions, entities',
      `query($id: ID!) { node(id: $id) { ... on Article { title statements { text speaker { __typename } } mentions { text } countries { name } people { name } } } }`,
      { id: anArticle.articles.nodes[0].id },
    ],
    [
      'newest 20 articles, nested',
      '{ articles(first: 20) { nodes { title statements { text } countries { name } organizations { name } } } }',
      {},
    ],
    [
      'statements of one speaker',
      `query($id: ID!) { node(id: $id) { ... on Person { statements(first: 20) { nodes { text article { title } } } } ... on Organization { statements(first: 20) { nodes { text article { title } } } } } }`,
      { id: speakerId },
    ],
    [
      'statements filtered by country',
      '{ statements(first: 20, filter: { countries: ["TJ"] }) { nodes { text } } }',
      {},
    ],
    ['search', '{ search(query: "drug trafficking", first: 10) { edges { rank node { __typename } } } }', {}],
    ['topSpeakers (no filter)', '{ topSpeakers(first: 10) { statements } }', {}],
    ['topSpeakers (filtered)', '{ topSpeakers(first: 10, filter: { countries: ["CN"] }) { statements } }', {}],
    [
      'mentionTimeline of a country',
      `query($id: ID!) { mentionTimeline(id: $id, interval: MONTH) { start articles } }`,
      { id: countryId },
    ],
    ['coMentions of a country', `query($id: ID!) { coMentions(id: $id, first: 10) { articles } }`, { id: countryId }],
    ['stats', '{ stats { articles statements people organizations countries initiatives } }', {}],
  ];

  interface PlanNode {
    'Node Type': string;
    'Relation Name'?: string;
    'Index Cond'?: string;
    Filter?: string;
    'Recheck Cond'?: string;
    'Actual Rows'?: number;
    'Actual Loops'?: number;
    Plans?: PlanNode[];
  }

  function scans(node: PlanNode, out: { table: string; byArticle: boolean; rows: number }[] = []) {
    if (node['Relation Name']) {
      const table = node['Relation Name'];
      const conditions = [node['Index Cond'], node.Filter, node['Recheck Cond']].filter(Boolean).join(' ');
      const byArticle =
        /article_id\b/.test(conditions) || (table === 'article' && /\bid\b/.test(conditions.replace(/\w+_id\b/g, '')));
      out.push({ table, byArticle, rows: (node['Actual Rows'] ?? 0) * (node['Actual Loops'] ?? 1) });
    }
    for (const child of node.Plans ?? []) scans(child, out);
    return out;
  }

  const report: string[] = [
    '| operation | SQL statements | SQL ms | per-article tables read by article | read across all articles (fan-out) |',
    '|---|---|---|---|---|',
  ];
  for (const [name, query, variables] of operations) {
    await gql(query, variables); // warm
    captured.length = 0;
    await gql(query, variables);
    const statements = captured.filter((c) => /^\s*(SELECT|WITH)\b/i.test(c.query));
    let ms = 0;
    const routed = new Set<string>();
    const fanned = new Set<string>();
    for (const statement of statements) {
      const [row] = await quietDataSource.query<{ 'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number }] }[]>(
        `EXPLAIN (ANALYZE, FORMAT JSON) ${statement.query}`,
        statement.parameters ?? [],
      );
      const plan = row['QUERY PLAN'][0];
      ms += plan['Execution Time'];
      for (const scan of scans(plan.Plan)) {
        if (!BY_ARTICLE.has(scan.table)) continue;
        (scan.byArticle ? routed : fanned).add(scan.table);
      }
    }
    for (const table of routed) if (fanned.has(table)) routed.delete(table);
    report.push(
      `| ${name} | ${statements.length} | ${ms.toFixed(1)} | ${[...routed].join(', ') || '-'} | ${[...fanned].join(', ') || '-'} |`,
    );
  }

  const sizes = await quietDataSource.query<{ table: string; rows: string; bytes: string }[]>(
    `SELECT c.relname AS table, c.reltuples::bigint AS rows, pg_total_relation_size(c.oid) AS bytes
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY bytes DESC`,
  );
  const total = sizes.reduce((sum, s) => sum + Number(s.bytes), 0);
  const byArticle = sizes.filter((s) => BY_ARTICLE.has(s.table)).reduce((sum, s) => sum + Number(s.bytes), 0);
  report.push('', '| table | rows (estimate) | size, tables and indexes | share |', '|---|---|---|---|');
  for (const s of sizes)
    report.push(
      `| ${s.table} | ${Number(s.rows) < 0 ? 'n/a' : Number(s.rows).toLocaleString('en')} | ${(Number(s.bytes) / 1048576).toFixed(1)} MB | ${((100 * Number(s.bytes)) / total).toFixed(1)} % |`,
    );
  report.push(
    '',
    `Per-article tables: ${((100 * byArticle) / total).toFixed(1)} % of ${(total / 1048576).toFixed(1)} MB.`,
  );
  console.log(report.join('\n'));
} finally {
  await server.close();
  await dataSource.destroy();
  // Stops the embedded PostgreSQL when this script started it, also after a failure.
  await database.close();
}
process.exit(0);
