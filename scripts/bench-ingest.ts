/**
 * `npm run bench:ingest`: articles per second and peak memory for extraction alone
 * (at two sizes, to show it grows linearly) and for extraction plus storage in a
 * scratch embedded PostgreSQL. Writes its section of BENCHMARKS.md.
 */
import 'reflect-metadata';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createDataSource } from '../src/db/data-source.js';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { extractArticle } from '../src/ingest/extract/extract.js';
import { nlpStats } from '../src/ingest/extract/nlp.js';
import { splitArticles } from '../src/ingest/split.js';
import { loadPolnear, polnearDir } from '../src/ingest/eval/polnear.js';
import { createLogger } from '../src/logger.js';
import { ingestArticles } from '../src/modules/ingestion/ingest.service.js';
import { migrateAndSeed } from '../src/modules/ingestion/bootstrap.js';
import { machine, mib, table, writeSection } from './bench/lib.js';

const HELP = `usage: npm run bench:ingest -- [options]

Articles per second and peak memory for extraction alone (at two sizes, to show it grows
linearly), made-up worst cases (one long body at two sizes: run-on sentences of
attributions, pages of quotes), the NLP step's share of the time, and extraction plus
storage into a scratch embedded PostgreSQL. Writes its section of BENCHMARKS.md. Takes
about two minutes.

  --small N    articles in the first extraction run (default 1000)
  --large N    articles in the second extraction run (default 4000)
  --store N    articles stored in PostgreSQL (default 2000)
  --help, -h   this text`;
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(HELP);
  process.exit(0);
}
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const small = arg('small', 1000);
const large = arg('large', 4000);
const stored = arg('store', 2000);
if (![small, large, stored].every((n) => Number.isInteger(n) && n > 0)) {
  console.error(`--small, --large and --store take a positive whole number of articles\n\n${HELP}`);
  process.exit(2);
}

const corpus = await readFile('data/corpus/sco-2021.txt', 'utf8');
const articles = splitArticles(corpus);
const bytesPerRound = articles.reduce((n, a) => n + a.body.length, 0);

function extractRun(count: number, structural = true, input = articles) {
  const nlpBefore = nlpStats.nanoseconds;
  const started = process.hrtime.bigint();
  let statements = 0;
  for (let i = 0; i < count; i += 1)
    statements += extractArticle(input[i % input.length], { structural }).statements.length;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const nlpSeconds = Number(nlpStats.nanoseconds - nlpBefore) / 1e9;
  return { count, seconds, perSecond: count / seconds, statements, nlpSeconds, rss: process.memoryUsage().rss };
}

console.error(`extraction: warming up, then ${small} and ${large} articles (the corpus repeated)…`);
extractRun(200);
const a = extractRun(small);
const b = extractRun(large);
const linearity = b.seconds / b.count / (a.seconds / a.count);
const extractionPeak = process.resourceUsage().maxRSS * 1024;

// The NLP step's share, measured in this run: the same articles with and without it
// (interleaved, so that a busy shared machine slows both alike), and on real news
// (PolNeAR train, when it lies beside the repository) where far more quotes need it.
console.error('extraction with and without the NLP step…');
const withNlp = { seconds: 0, nlp: 0, n: 0 };
const withoutNlp = { seconds: 0, n: 0 };
for (let round = 0; round < 4; round += 1) {
  const w = extractRun(small / 2, true);
  const o = extractRun(small / 2, false);
  withNlp.seconds += w.seconds;
  withNlp.nlp += w.nlpSeconds;
  withNlp.n += w.count;
  withoutNlp.seconds += o.seconds;
  withoutNlp.n += o.count;
}
const polnearArticles = loadPolnear(polnearDir(process.cwd()), 'train', 300).map((x) => x.split);
const news = polnearArticles.length
  ? (() => {
      extractRun(50, true, polnearArticles);
      const w = extractRun(polnearArticles.length, true, polnearArticles);
      const o = extractRun(polnearArticles.length, false, polnearArticles);
      const kib = polnearArticles.reduce((n, x) => n + x.body.length, 0) / polnearArticles.length / 1024;
      return { w, o, kib };
    })()
  : null;

// Made-up worst cases: one body that repeats a pattern n and 4n times (a run-on sentence
// of attributions, a page of quotes), timed at both sizes. Linear text costs 4× the time.
console.error('worst cases: one long body at two sizes…');
const WORST: [string, (n: number) => string][] = [
  [
    'one run-on sentence of "X said ... and"',
    (n) => `It began and ${'Galvin said the vote went well and '.repeat(n)}it ended.`,
  ],
  [
    'one run-on sentence of ", said Tom Ruiz,"',
    (n) => `The banks will run it${', said Tom Ruiz, and the vote went well'.repeat(n)}.`,
  ],
  [
    'one sentence of quotes and attributions',
    (n) => `It began and ${'“We will win this,” Galvin said and '.repeat(n)}it ended.`,
  ],
  [
    "one sentence of ''quotes'' typed with apostrophes",
    (n) => `It began and ${"''We will win this,'' Galvin said and ".repeat(n)}it ended.`,
  ],
  [
    'one sentence of relative clauses ("critics who say ...")',
    (n) => `It began and ${'critics who say the vote went well and '.repeat(n)}it ended.`,
  ],
  [
    'paragraphs of signed pull quotes',
    (n) => Array.from({ length: n }, () => '"We will win this one.\nDean Baker, Center for Research."').join('\n\n'),
  ],
  [
    'one run-on sentence of "a source close to the talks said"',
    (n) => `It began and ${'a source close to the talks said the vote went well and '.repeat(n)}it ended.`,
  ],
  [
    'one run-on sentence of issued statements ("the statement said")',
    (n) =>
      `It began and ${'ASEAN issued a statement and “we are concerned,” the statement said and '.repeat(n)}it ended.`,
  ],
  [
    'paragraphs of quotes resumed past a paragraph that names nobody',
    (n) =>
      Array.from(
        { length: n },
        () => '“We will win this state,” Tom Ruiz said.\n\nThen it got personal.\n\n“We have to keep going forward.”',
      ).join('\n\n'),
  ],
  [
    'one paragraph of quotes each signed on the line under it',
    (n) =>
      Array.from(
        { length: n },
        () =>
          '“We have to keep going forward and never look back.”\u00a0― Jane Doe\n“We will win this state.”\nTom Ruiz, 34, Columbus',
      ).join('\n'),
  ],
];
const worst = WORST.map(([name, make]) => {
  const time = (n: number) => {
    const body = make(n);
    const started = process.hrtime.bigint();
    extractArticle({ title: 'T', subtitle: null, dateline: null, body, sections: [] });
    return { kib: body.length / 1024, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
  };
  time(200); // warm-up
  const one = time(2000);
  const four = time(8000);
  return [
    name,
    `${one.kib.toFixed(0)} → ${four.kib.toFixed(0)}`,
    one.seconds.toFixed(2),
    four.seconds.toFixed(2),
    (four.seconds / one.seconds / 4).toFixed(2),
  ];
});

console.error(`storage: ${stored} articles through ingestArticles into a scratch embedded PostgreSQL…`);
const log = createLogger('warn', false);
const scratch = await mkdtemp(path.join(os.tmpdir(), 'accord-bench-'));
const embedded = await startEmbeddedPostgres(scratch, log);
const dataSource = createDataSource(embedded.url, log);
await dataSource.initialize();
let storage: { seconds: number; perSecond: number };
try {
  await migrateAndSeed(dataSource, log);
  const started = process.hrtime.bigint();
  for (let done = 0; done < stored; done += 100) {
    const batch = Array.from({ length: Math.min(100, stored - done) }, (_, i) => {
      const source = articles[(done + i) % articles.length];
      return { title: `${source.title} #${done + i}`, body: `${source.body}\n\nCopy ${done + i}.` };
    });
    await ingestArticles(dataSource, { articles: batch }, 'bench');
    process.stderr.write(`\r  ${done + batch.length}/${stored}`);
  }
  process.stderr.write('\n');
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  storage = { seconds, perSecond: stored / seconds };
} finally {
  await dataSource.destroy();
  await embedded.stop();
  await rm(scratch, { recursive: true, force: true });
}
const totalPeak = process.resourceUsage().maxRSS * 1024;

const kib = (bytesPerRound / articles.length / 1024).toFixed(1);
const report = `## Ingestion (\`npm run bench:ingest\`)

Run on ${new Date().toISOString().slice(0, 10)}, ${machine()}.
Input: the bundled corpus (${articles.length} articles, ${kib} KiB of body text each on average) repeated.

${table(
  ['what', 'articles', 'seconds', 'articles/s', 'peak RSS'],
  [
    ['extraction only', a.count, a.seconds.toFixed(2), a.perSecond.toFixed(0), '—'],
    ['extraction only', b.count, b.seconds.toFixed(2), b.perSecond.toFixed(0), mib(extractionPeak)],
    [
      'extraction + storage (batches of 100, one transaction each)',
      stored,
      storage.seconds.toFixed(1),
      storage.perSecond.toFixed(0),
      mib(totalPeak),
    ],
  ],
)}

Linearity: time per article at ${large} articles is ${linearity.toFixed(2)}× the time per article at ${small}
(1.00 = perfectly linear in the amount of text).

Made-up worst cases, one body each, the pattern repeated 2,000 and 8,000 times (per-size
ratio 1.00 = linear; a cost growing with the square of the text would read 4.00):

${table(['body', 'KiB', 'seconds at 2,000', 'seconds at 8,000', 'ratio per size'], worst)}

The NLP step (part-of-speech tags for the quotes and reported speech the lexicon cannot attribute, \`wink-nlp\`),
measured in this run, the same articles with and without it:

${table(
  ['input', 'articles/s with', 'articles/s without', 'with / without time', 'tagger share of the time'],
  [
    [
      'bundled corpus',
      (withNlp.n / withNlp.seconds).toFixed(0),
      (withoutNlp.n / withoutNlp.seconds).toFixed(0),
      (withNlp.seconds / withNlp.n / (withoutNlp.seconds / withoutNlp.n)).toFixed(2),
      `${((100 * withNlp.nlp) / withNlp.seconds).toFixed(1)} %`,
    ],
    ...(news
      ? [
          [
            `PolNeAR train, first ${news.w.count} (${news.kib.toFixed(1)} KiB each)`,
            news.w.perSecond.toFixed(0),
            news.o.perSecond.toFixed(0),
            (news.w.seconds / news.o.seconds).toFixed(2),
            `${((100 * news.w.nlpSeconds) / news.w.seconds).toFixed(1)} %`,
          ],
        ]
      : []),
  ],
)}`;
console.log(report);
await writeSection('bench:ingest', report);
console.error('wrote the ingestion section of BENCHMARKS.md');
process.exit(0);
