import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { data, gql } from './client.js';
import { startIsolatedServer, type IsolatedServer } from './isolated-server.js';

/**
 * News pages in: HTML given to the API and to the CLI, and URLs fetched by real worker
 * processes from fixture pages this test serves itself on 127.0.0.1 (so the workers that
 * fetch them run with ACCORD_FETCH_ALLOW_PRIVATE=true; one without it must refuse).
 */
const run = promisify(execFile);
let server: IsolatedServer;
let editorKey: string;
let fixtures: http.Server;
let base: string;
let scratch: string;
const hits: { path: string; at: number }[] = [];
const children: ChildProcess[] = [];

const story = (n: number, date: string) => `<!doctype html><html><head>
  <title>Story ${n}: SCO ministers agree on a drug plan | Fixture Wire</title>
  <meta property="og:site_name" content="Fixture Wire">
  <meta property="article:published_time" content="${date}">
  </head><body>
  <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a> <a href="/about">About us</a></nav>
  <article><h1>Story ${n}: SCO ministers agree on a drug plan</h1>
  <p class="byline">By Ana Ribeiro</p>
  <p>DUSHANBE – Foreign ministers of the Shanghai Cooperation Organization (SCO) met in Dushanbe on Wednesday to agree on plan number ${n} against drug trafficking.</p>
  <p>“We remain committed to the fight against drug trafficking,” Secretary-General Vladimir Norov said after the meeting in the Tajik capital.</p>
  <p>The ministers asked Tajikistan and Kazakhstan to report on border controls by the end of the year, the joint statement said.</p>
  </article>
  <aside><h3>Most read</h3><ul><li><a href="/a">Celebrity wedding pictures</a></li></ul></aside>
  <footer>© Fixture Wire. All rights reserved.</footer></body></html>`;

function serveFixtures(): Promise<void> {
  fixtures = http.createServer((req, res) => {
    const url = req.url ?? '/';
    hits.push({ path: url, at: Date.now() });
    const html = (body: string) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    if (url === '/story/1') return html(story(1, '2021-07-14T08:30:00Z'));
    if (url === '/story/2') return html(story(2, '2021-07-15T10:00:00Z'));
    if (url === '/moved') return res.writeHead(301, { location: '/story/2' }).end();
    if (url === '/loop') return res.writeHead(302, { location: '/loop' }).end();
    if (url === '/big') return html(`<html><body><p>${'x'.repeat(50_000)}</p></body></html>`);
    if (url === '/json') return res.writeHead(200, { 'content-type': 'application/json' }).end('{"not":"html"}');
    if (url === '/empty') return html('<html><body><nav><a href="/">Home</a></nav></body></html>');
    if (url === '/slow') return void setTimeout(() => html(story(3, '2021-07-16')), 10_000);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  return new Promise((resolve) =>
    fixtures.listen(0, '127.0.0.1', () => {
      base = `http://127.0.0.1:${(fixtures.address() as AddressInfo).port}`;
      resolve();
    }),
  );
}

const env = (extra: Record<string, string> = {}) => ({
  ...process.env,
  DATABASE_URL: server.databaseUrl,
  LOG_LEVEL: 'warn',
  ...extra,
});

async function cli(...args: string[]): Promise<string> {
  const { stdout } = await run('node', ['--import', '@swc-node/register/esm-register', 'src/cli/main.ts', ...args], {
    env: env(),
  });
  return stdout;
}

function startWorker(extra: Record<string, string>): ChildProcess {
  const child = spawn('node', ['--import', '@swc-node/register/esm-register', 'src/cli/main.ts', 'worker'], {
    env: env(extra),
    stdio: 'ignore',
  });
  children.push(child);
  return child;
}

const stopWorker = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });

const JOB = `query($id: ID!) { job(id: $id) { status progress { done total } errors
  results { status article { title byline url source publishedAt body statements { text startOffset endOffset } } } } }`;

async function finished(id: string) {
  const end = Date.now() + 90_000;
  for (;;) {
    const { job } = await data(JOB, { id }, { url: server.url });
    if (job.status === 'SUCCEEDED' || job.status === 'FAILED') return job;
    if (Date.now() > end) throw new Error(`job ${id} still ${job.status} after 90 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function queue(input: Record<string, unknown>) {
  const r = await gql(
    `mutation($input: IngestJobInput!) { ingestJob(input: $input) { id } }`,
    { input },
    { url: server.url, key: editorKey },
  );
  expect(r.errors).toBeUndefined();
  return r.data.ingestJob.id as string;
}

const expectOffsets = (article: {
  body: string;
  statements: { text: string; startOffset: number; endOffset: number }[];
}) => {
  expect(article.statements.length).toBeGreaterThan(0);
  for (const s of article.statements) expect(article.body.slice(s.startOffset, s.endOffset)).toBe(s.text);
};

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'accord-html-'));
  await serveFixtures();
  // JOB asks for every result of a job with its statements: IngestJob.results is a plain
  // list bounded only by the job size (10,000 articles), so its estimated cost is 320,002.
  server = await startIsolatedServer('html', { ACCORD_JOB_TIMEOUT: '30', MAX_QUERY_COMPLEXITY: '400000' });
  editorKey = (await cli('keys', 'create', '--role', 'editor', '--name', 'pages')).trim().split('\n').at(-1)!;
}, 180_000);

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await new Promise((r) => fixtures?.close(r));
  await server?.close();
  await rm(scratch, { recursive: true, force: true });
});

describe('HTML in', () => {
  it('ingestArticles(html:) stores the story with its title, byline, date and body, offsets into that body', async () => {
    const r = await data(
      `mutation($html: String!) { ingestArticles(input: { html: $html }) { results { status article {
        title byline source publishedAt dateline body statements { text startOffset endOffset } } } } }`,
      { html: story(10, '2021-07-20T06:00:00Z') },
      { url: server.url, key: editorKey },
    );
    const [result] = r.ingestArticles.results;
    expect(result.status).toBe('CREATED');
    const a = result.article;
    expect(a).toMatchObject({
      title: 'Story 10: SCO ministers agree on a drug plan',
      byline: 'By Ana Ribeiro',
      source: 'Fixture Wire',
      publishedAt: '2021-07-20T06:00:00.000Z',
      dateline: 'DUSHANBE',
    });
    expect(a.body).toMatch(/^Foreign ministers of the Shanghai Cooperation Organization \(SCO\) met in Dushanbe/);
    expect(a.body).not.toMatch(/Most read|Celebrity|All rights reserved|About us/);
    expectOffsets(a);
  });

  it('refuses HTML without an article, naming the field', async () => {
    const r = await gql(
      `mutation { ingestArticles(input: { html: "<html><body><nav>Home</nav></body></html>" }) { results { status } } }`,
      {},
      { url: server.url, key: editorKey },
    );
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).toMatch(/input\.html holds no article/);
  });

  it('npm run cli -- ingest page.html', async () => {
    const file = path.join(scratch, 'page.html');
    await writeFile(file, story(11, '2021-07-21T06:00:00Z'));
    expect(await cli('ingest', file)).toMatch(/1 new article/);
    const found = await data(
      `{ articles(filter: { search: "plan number 11" }) { nodes { title publishedAt byline } } }`,
      {},
      { url: server.url },
    );
    expect(found.articles.nodes).toEqual([
      {
        title: 'Story 11: SCO ministers agree on a drug plan',
        publishedAt: '2021-07-21T06:00:00.000Z',
        byline: 'By Ana Ribeiro',
      },
    ]);
  });
});

describe('URLs in', () => {
  it('workers fetch pages, follow redirects, and report what they could not fetch; one host is paced', async () => {
    const worker = startWorker({
      ACCORD_FETCH_ALLOW_PRIVATE: 'true',
      ACCORD_FETCH_TIMEOUT: '2',
      ACCORD_FETCH_MAX_BYTES: '20000',
      ACCORD_FETCH_HOST_INTERVAL_MS: '300',
    });
    onTestFinished(async () => {
      expect(await stopWorker(worker)).toBe(0);
    });
    const paths = ['/story/1', '/moved', '/loop', '/big', '/json', '/missing', '/empty', '/slow'];
    const id = await queue({ urls: paths.map((p) => base + p) });
    const job = await finished(id);
    expect(job.status).toBe('SUCCEEDED');
    expect(job.progress).toEqual({ done: 8, total: 8 });
    expect(job.results.map((r: any) => r.article.title)).toEqual([
      'Story 1: SCO ministers agree on a drug plan',
      'Story 2: SCO ministers agree on a drug plan',
    ]);
    const [one, two] = job.results.map((r: any) => r.article);
    expect(one).toMatchObject({
      url: `${base}/story/1`,
      source: 'Fixture Wire',
      byline: 'By Ana Ribeiro',
      publishedAt: '2021-07-14T08:30:00.000Z',
    });
    expect(two).toMatchObject({ url: `${base}/story/2`, publishedAt: '2021-07-15T10:00:00.000Z' });
    expect(one.body).toMatch(/^Foreign ministers/);
    expectOffsets(one);
    const errors: string[] = job.errors;
    expect(errors).toHaveLength(6);
    expect(errors.find((e) => e.startsWith('input.urls[2]'))).toMatch(/more than 5 redirects/);
    expect(errors.find((e) => e.startsWith('input.urls[3]'))).toMatch(/larger than 20000 bytes|20000/);
    expect(errors.find((e) => e.startsWith('input.urls[4]'))).toMatch(/application\/json, not an HTML page/);
    expect(errors.find((e) => e.startsWith('input.urls[5]'))).toMatch(/HTTP 404/);
    expect(errors.find((e) => e.startsWith('input.urls[6]'))).toMatch(/holds no article/);
    expect(errors.find((e) => e.startsWith('input.urls[7]'))).toMatch(/within 2000 ms/);
    // Requests to the one host take one slot each, 300 ms apart (slots are reserved in the
    // database; a request may start a little after its slot, never before it).
    const times = hits.map((h) => h.at);
    expect(times.length).toBeGreaterThanOrEqual(paths.length + 1);
    expect(times.at(-1)! - times[0]).toBeGreaterThanOrEqual((times.length - 1) * 300 - 200);
  }, 120_000);

  it('refuses loopback and private addresses without ACCORD_FETCH_ALLOW_PRIVATE, checking the resolved address', async () => {
    const worker = startWorker({});
    onTestFinished(async () => {
      expect(await stopWorker(worker)).toBe(0);
    });
    const before = hits.length;
    const port = new URL(base).port;
    const id = await queue({
      urls: [`${base}/story/1`, `http://localhost:${port}/story/2`, 'http://10.0.0.1/', 'http://[::1]:1/'],
    });
    const job = await finished(id);
    expect(job.status).toBe('FAILED');
    expect(job.results).toEqual([]);
    expect(job.errors).toHaveLength(4);
    expect(job.errors[0]).toMatch(
      /refused 127\.0\.0\.1: 127\.0\.0\.1 is a loopback address; set ACCORD_FETCH_ALLOW_PRIVATE=true/,
    );
    expect(job.errors[1]).toMatch(/refused localhost: .* is a loopback address/);
    expect(job.errors[2]).toMatch(/10\.0\.0\.1 is a private address/);
    expect(job.errors[3]).toMatch(/::1 is a loopback address/);
    expect(hits.length).toBe(before); // nothing reached the fixture server
  }, 120_000);

  it('validates URLs when the job is queued', async () => {
    const r = await gql(
      `mutation { ingestJob(input: { urls: ["ftp://example.org/x"] }) { id } }`,
      {},
      { url: server.url, key: editorKey },
    );
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).toMatch(/input\.urls\[0\]\.url must be http or https/);
  });
});
