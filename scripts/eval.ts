/**
 * `npm run eval`: extraction vs the hand-checked gold, per type.
 *
 *   npm run eval -- [--json] [--verbose] [--polnear train|dev|both|none] [--limit N]
 *                   [--misses dq-miss|dq-fp|speaker|cue|rs-miss|rs-fp|rs-speaker|all]
 *
 * Evaluates the bundled corpus (data/gold/sco-2021.json against the corpus it names) and,
 * separately, every data/gold/extra/<name>.json against data/gold/extra/<name>.txt.
 * Then PolNeAR (src/ingest/eval/polnear.ts), read where it lies: `$ACCORD_POLNEAR`, else
 * `../shared/polnear` beside the repository; skipped with a message when absent. Only the
 * train split is scored unless `--polnear dev|both` asks: tune on train, look at dev to
 * check. `--misses` prints that class of misses (with their context) for the scored splits.
 * Exit code 0 whatever the scores (the unit tests hold the thresholds).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle, extractDump } from '../src/ingest/extract/extract.js';
import {
  evaluate,
  formatArticleTable,
  formatAttributes,
  formatErrors,
  formatTable,
  type EvalReport,
} from '../src/ingest/eval/evaluate.js';
import {
  formatPolnear,
  loadPolnear,
  polnearDir,
  scorePolnear,
  type MissClass,
  type PolnearMiss,
} from '../src/ingest/eval/polnear.js';
import type { GoldFile } from '../src/ingest/types.js';

// `npm run eval | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const args = new Set(argv);
const value = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
};
if (args.has('--help') || args.has('-h')) {
  console.log(`usage: npm run eval -- [options]

Scores extraction against the gold files under data/gold and against PolNeAR.

  --json                  machine-readable output
  --verbose, -v           list every gold error
  --polnear SPLIT         train (default), dev, both or none. Tune on train; look at dev only to check.
  --limit N               score only the first N PolNeAR articles of each split
  --misses CLASS          print PolNeAR misses of a class: dq-miss, dq-fp, speaker, cue, rs-miss,
                          rs-fp, rs-speaker, all
  --no-gold               skip the gold files

PolNeAR is read from $ACCORD_POLNEAR, else ../shared/polnear beside the repository.`);
  process.exit(0);
}
const json = args.has('--json');
const verbose = args.has('--verbose') || args.has('-v');
const polnearSplit = value('--polnear') ?? 'train';
if (!['train', 'dev', 'both', 'none'].includes(polnearSplit)) {
  console.error(`--polnear must be train, dev, both or none (got ${JSON.stringify(polnearSplit)})`);
  process.exit(2);
}
const limitArg = value('--limit');
const limit = limitArg === undefined ? Infinity : Number(limitArg);
if (!(limit > 0)) {
  console.error(`--limit must be a positive number (got ${JSON.stringify(limitArg)})`);
  process.exit(2);
}
const missClass = value('--misses');
const MISS_CLASSES = ['dq-miss', 'dq-fp', 'speaker', 'cue', 'rs-miss', 'rs-fp', 'rs-speaker', 'all'];
if (missClass !== undefined && !MISS_CLASSES.includes(missClass)) {
  console.error(`--misses must be one of ${MISS_CLASSES.join(', ')} (got ${JSON.stringify(missClass)})`);
  process.exit(2);
}

interface Suite {
  name: string;
  gold: string;
  corpus: string;
}

function suites(): Suite[] {
  const out: Suite[] = [];
  const main = join(root, 'data/gold/sco-2021.json');
  if (existsSync(main)) {
    const gold = JSON.parse(readFileSync(main, 'utf8')) as GoldFile;
    out.push({ name: 'sco-2021', gold: main, corpus: join(root, gold.corpus || 'data/corpus/sco-2021.txt') });
  }
  const extraDir = join(root, 'data/gold/extra');
  if (existsSync(extraDir)) {
    // <name>.json is a gold file; <name>.source.json its annotation source (scripts/gold-offsets.ts)
    for (const f of readdirSync(extraDir)
      .filter((x) => x.endsWith('.json') && !x.endsWith('.source.json'))
      .sort()) {
      const txt = join(extraDir, f.replace(/\.json$/, '.txt'));
      if (existsSync(txt))
        out.push({ name: `extra/${f.replace(/\.json$/, '')}`, gold: join(extraDir, f), corpus: txt });
    }
  }
  return out;
}

function run(s: Suite): EvalReport {
  const gold = JSON.parse(readFileSync(s.gold, 'utf8')) as GoldFile;
  const predicted = extractDump(readFileSync(s.corpus, 'utf8'));
  return evaluate(predicted, gold.articles);
}

const results = args.has('--no-gold') ? [] : suites().map((s) => ({ suite: s, report: run(s) }));

// ---------------------------------------------------------------- PolNeAR
const pdir = polnearDir(root);
const splits = polnearSplit === 'none' ? [] : polnearSplit === 'both' ? ['train', 'dev'] : [polnearSplit];
const polnear = splits.map((split) => {
  const articles = loadPolnear(pdir, split, limit);
  const started = process.hrtime.bigint();
  const report = scorePolnear(articles, (a) => extractArticle(a).statements);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { split, articles, report, seconds };
});
const polnearMissing = splits.length > 0 && polnear.every((p) => p.articles.length === 0);

function showMiss(text: string, m: PolnearMiss): string {
  const a = Math.max(0, m.start - 160);
  const b = Math.min(text.length, m.end + 120);
  const ctx = `${text.slice(a, m.start)}⟦${text.slice(m.start, m.end)}⟧${text.slice(m.end, b)}`.replace(/\n/g, ' ¶ ');
  return `- ${m.class} ${m.article} [${m.start},${m.end}) gold=${JSON.stringify(m.gold)} predicted=${JSON.stringify(m.predicted)}\n    ${ctx}`;
}

if (json) {
  process.stdout.write(
    `${JSON.stringify(
      results
        .map(({ suite, report }) => ({
          suite: suite.name,
          gold: suite.gold.slice(root.length + 1),
          corpus: suite.corpus.slice(root.length + 1),
          scores: report.scores,
          articles: report.articles,
          attributes: report.attributes,
          ...(verbose ? { errors: report.errors, attributeErrors: report.attributeErrors } : {}),
        }))
        .concat(
          polnear.map((p) => ({ suite: `polnear/${p.split}`, scores: p.report.scores, seconds: p.seconds }) as never),
        ),
      null,
      2,
    )}\n`,
  );
} else {
  for (const { suite, report } of results) {
    console.log(formatTable(report, `\n# ${suite.name} (${report.articles.length} articles)\n`));
    console.log(`\nper article (F1)\n${formatArticleTable(report)}`);
    console.log(`\n${formatAttributes(report)}`);
    if (verbose) console.log(formatErrors(report));
  }
  if (!results.length && !args.has('--no-gold')) console.log('no gold files found under data/gold');
  if (polnearMissing)
    console.log(`\nPolNeAR skipped: no ${splits.join('/')} split under ${pdir} (set ACCORD_POLNEAR to its folder).`);
  for (const p of polnear) {
    if (!p.articles.length) continue;
    console.log(`\n${formatPolnear(p.split, p.report.scores, p.seconds)}`);
    const counts = new Map<string, number>();
    for (const m of p.report.misses) counts.set(m.class, (counts.get(m.class) ?? 0) + 1);
    console.log(`  misses: ${[...counts].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
    if (missClass) {
      const texts = new Map(p.articles.map((a) => [a.name, a.text]));
      const shown = p.report.misses.filter((m) => missClass === 'all' || m.class === (missClass as MissClass));
      console.log(`\n## ${p.split}: ${shown.length} ${missClass} misses`);
      for (const m of shown) console.log(showMiss(texts.get(m.article) ?? '', m));
    }
  }
}
