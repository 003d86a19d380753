import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { data, gql } from './client.js';
import { expectEntityArticleExact, expectSpeakerStatExact } from './entity-article.js';
import { startIsolatedServer, type IsolatedServer } from './isolated-server.js';

const run = promisify(execFile);
let server: IsolatedServer;
let editorKey: string;
let readerKey: string;

/** The real CLI against the isolated database; returns stdout. */
async function cli(...args: string[]): Promise<string> {
  const { stdout } = await run('node', ['--import', '@swc-node/register/esm-register', 'src/cli/main.ts', ...args], {
    env: { ...process.env, DATABASE_URL: server.databaseUrl, LOG_LEVEL: 'warn' },
  });
  return stdout;
}

const INGEST = `mutation($input: IngestArticlesInput!) { ingestArticles(input: $input) {
  results { status article { id title dateline organizations { name } people { name } }
    extracted { statements countries organizations people initiatives mentions } } } }`;

const NEW_ARTICLE = {
  title: 'SCO secretary general meets Kazakh delegation in Beijing',
  body:
    'BEIJING – Secretary-General of the Shanghai Cooperation Organization (SCO) Vladimir Imamovich Norov met a delegation from Kazakhstan on Tuesday.\n\n' +
    '“The SCO remains committed to the fight against drug trafficking in the region,” Norov said.\n\n' +
    'The delegation discussed trade between Kazakhstan and China.',
  url: 'https://example.org/news/sco-kazakh-delegation',
  source: 'Accord test wire',
  publishedAt: '2021-07-06',
};

async function counts() {
  return (await data('{ stats { articles statements people organizations initiatives } }', {}, { url: server.url }))
    .stats;
}

beforeAll(async () => {
  server = await startIsolatedServer('ingest');
  editorKey = (await cli('keys', 'create', '--role', 'editor', '--name', 'newsroom')).trim().split('\n').at(-1)!;
  readerKey = (await cli('keys', 'create', '--role', 'reader', '--name', 'analyst')).trim().split('\n').at(-1)!;
}, 180_000);
afterAll(async () => server?.close());

describe('API keys through the CLI', () => {
  it('prints the secret last, lists keys without secrets, and revokes', async () => {
    expect(editorKey).toMatch(/^acc_[\w-]{30,}$/);
    const list = await cli('keys', 'list');
    expect(list).toMatch(/newsroom/);
    expect(list).toMatch(/analyst/);
    expect(list).not.toContain(editorKey);
    const temp = (await cli('keys', 'create', '--role', 'editor', '--name', 'temporary')).trim().split('\n').at(-1)!;
    expect((await gql('{ stats { articles } }', {}, { url: server.url, key: temp })).errors).toBeUndefined();
    await cli('keys', 'revoke', 'temporary');
    const revoked = await gql('{ stats { articles } }', {}, { url: server.url, key: temp });
    expect(revoked.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('ingestArticles', () => {
  it('refuses writes without a key (UNAUTHENTICATED) or with a reader key (FORBIDDEN), storing nothing', async () => {
    const before = await counts();
    const anonymous = await gql(INGEST, { input: { articles: [NEW_ARTICLE] } }, { url: server.url });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const reader = await gql(INGEST, { input: { articles: [NEW_ARTICLE] } }, { url: server.url, key: readerKey });
    expect(reader.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('links a new SCO article to the existing SCO, countries and people instead of copying them', async () => {
    const before = await counts();
    const result = await data(INGEST, { input: { articles: [NEW_ARTICLE] } }, { url: server.url, key: editorKey });
    const [r] = result.ingestArticles.results;
    expect(r.status).toBe('CREATED');
    expect(r.article).toMatchObject({ title: NEW_ARTICLE.title, dateline: 'BEIJING' });
    expect(r.article.organizations.map((o: any) => o.name)).toContain('Shanghai Cooperation Organization');
    expect(r.article.people.map((p: any) => p.name)).toContain('Vladimir Imamovich Norov');
    expect(r.extracted.statements).toBeGreaterThanOrEqual(1);
    const after = await counts();
    expect(after.articles).toBe(before.articles + 1);
    expect(after.people).toBe(before.people);
    const sco = await data(
      '{ organization(acronym: "SCO") { articles { totalCount } } people(filter: { search: "Norov" }) { totalCount nodes { statements { totalCount } } } }',
      {},
      { url: server.url },
    );
    expect(sco.organization.articles.totalCount).toBe(5);
    expect(sco.people.totalCount).toBe(1);
    const quote = await data(
      '{ statements(filter: { search: "drug trafficking", kinds: [DIRECT_QUOTE] }) { nodes { text speaker { ... on Person { name } } article { title body } startOffset endOffset } } }',
      {},
      { url: server.url },
    );
    const mine = quote.statements.nodes.find((s: any) => s.article.title === NEW_ARTICLE.title);
    expect(mine.speaker.name).toBe('Vladimir Imamovich Norov');
    expect(mine.article.body.slice(mine.startOffset, mine.endOffset)).toBe(mine.text);
  });

  it('the same text twice is DUPLICATE and adds nothing', async () => {
    const before = await counts();
    const again = await data(INGEST, { input: { articles: [NEW_ARTICLE] } }, { url: server.url, key: editorKey });
    expect(again.ingestArticles.results[0].status).toBe('DUPLICATE');
    const dump = await data(
      INGEST,
      { input: { text: readFileSync('data/corpus/sco-2021.txt', 'utf8') } },
      { url: server.url, key: editorKey },
    );
    expect(dump.ingestArticles.results.map((r: any) => r.status)).toEqual([
      'DUPLICATE',
      'DUPLICATE',
      'DUPLICATE',
      'DUPLICATE',
    ]);
    expect(await counts()).toEqual(before);
  });

  it.each([
    [
      {
        articles: [
          { title: 'Fine', body: 'A fine article about ASEAN.' },
          { title: 'Empty', body: '  ' },
        ],
      },
      /input\.articles\[1\]\.body is empty/,
    ],
    [{ articles: [{ title: 'Bad link', body: 'Text.', url: 'not a url' }] }, /input\.articles\[0\]\.url/],
    [
      { articles: [{ title: 'Bad date', body: 'Text.', publishedAt: '15/06/2021' }] },
      /input\.articles\[0\]\.publishedAt/,
    ],
    [{ articles: [{ title: 'Huge', body: 'x'.repeat(1_000_001) }] }, /1 MB/],
    [{ articles: Array.from({ length: 101 }, (_, i) => ({ title: `T${i}`, body: 'Body.' })) }, /at most 100/],
    [{}, /Nothing to ingest/],
  ])('a bad batch is BAD_USER_INPUT naming the item, and stores nothing (%#)', async (input, message) => {
    const before = await counts();
    const result = await gql(INGEST, { input }, { url: server.url, key: editorKey });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  it('splits a raw dump into articles, and an ASEAN communiqué works like an SCO story', async () => {
    const text = [
      'ASEAN ministers back maritime code',
      '',
      'JAKARTA – Foreign ministers of the Association of Southeast Asian Nations (ASEAN) on Friday backed a code of conduct for the South China Sea.',
      '',
      '“We reaffirm the importance of peace and stability in the region,” the ministers said in a joint communiqué.',
      '',
      'Indonesian Foreign Minister Retno Marsudi said that ASEAN would keep working with China.',
    ].join('\n');
    const result = await data(
      INGEST,
      { input: { text, source: 'Accord test wire' } },
      { url: server.url, key: editorKey },
    );
    const [r] = result.ingestArticles.results;
    expect(r.status).toBe('CREATED');
    expect(r.article.dateline).toBe('JAKARTA');
    expect(r.article.organizations.map((o: any) => o.name)).toContain('Association of Southeast Asian Nations');
    expect(r.extracted.countries).toBeGreaterThanOrEqual(2);
    expect(r.extracted.statements).toBeGreaterThanOrEqual(1);
  });

  it('reads a byline, a date line and a dateline date at the top of a given body, as in a dump; a given date wins', async () => {
    const body = (lead: string) =>
      [
        'By Ana Ribeiro',
        'March 3, 2025',
        `${lead} – Mercosur ministers agreed on Monday to lower tariffs on machinery traded inside the bloc.`,
        '“This is a good day for our industries,” Brazil’s trade minister said.',
      ].join('\n\n');
    const query = `mutation($input: IngestArticlesInput!) { ingestArticles(input: $input) {
      results { status article { title byline dateline publishedAt body } } } }`;
    const result = await data(
      query,
      {
        input: {
          articles: [
            { title: 'Mercosur lowers machinery tariffs', body: body('MONTEVIDEO, March 4, 2025') },
            { title: 'Mercosur tariffs, dated by the caller', body: body('ASUNCION'), publishedAt: '2025-02-01' },
          ],
        },
      },
      { url: server.url, key: editorKey },
    );
    const [read, given] = result.ingestArticles.results.map((r: any) => r.article);
    expect(read).toMatchObject({
      byline: 'By Ana Ribeiro',
      dateline: 'MONTEVIDEO',
      publishedAt: '2025-03-03T00:00:00.000Z',
    });
    expect(read.body).toMatch(/^Mercosur ministers agreed/);
    expect(given).toMatchObject({
      byline: 'By Ana Ribeiro',
      dateline: 'ASUNCION',
      publishedAt: '2025-02-01T00:00:00.000Z',
    });
  });

  it('records every ingestion in the audit log with the key name', async () => {
    const pg = await import('pg');
    const client = new pg.default.Client({ connectionString: server.databaseUrl });
    await client.connect();
    const { rows } = await client.query(
      `SELECT who, entity_type, after FROM audit_entry WHERE action = 'ingestArticles' ORDER BY id`,
    );
    await client.end();
    const seed = rows.filter((r) => r.who === 'seed');
    const newsroom = rows.filter((r) => r.who === 'newsroom');
    expect(seed).toHaveLength(4); // the bundled corpus, loaded at start
    expect(newsroom.length).toBeGreaterThanOrEqual(3);
    expect(newsroom.every((r) => r.entity_type === 'Article')).toBe(true);
    expect(newsroom.map((r) => r.after.status)).toEqual(expect.arrayContaining(['CREATED', 'DUPLICATE']));
    expect(rows).toHaveLength(seed.length + newsroom.length);
  });

  it('keeps the analytics tables entity_article and speaker_stat exact through every ingestion', async () => {
    await expectEntityArticleExact(server.databaseUrl);
    await expectSpeakerStatExact(server.databaseUrl);
  });
});
