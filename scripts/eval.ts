/**
 * `npm run eval`: extraction vs the hand-checked gold, per type.
 *
 *   node --import @swc-node/register/esm-register scripts/eval.ts [--json] [--verbose]
 *
 * Evaluates the bundled corpus (data/gold/sco-2021.json against the corpus it names) and,
 * separately, every data/gold/extra/<name>.json against data/gold/extra/<name>.txt.
 * Exit code 0 whatever the scores (the unit tests hold the thresholds).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDump } from '../src/ingest/extract/extract.js';
import { evaluate, formatArticleTable, formatAttributes, formatErrors, formatTable, type EvalReport } from '../src/ingest/eval/evaluate.js';
import type { GoldFile } from '../src/ingest/types.js';

// `npm run eval | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const json = args.has('--json');
const verbose = args.has('--verbose') || args.has('-v');

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
    for (const f of readdirSync(extraDir).filter((x) => x.endsWith('.json') && !x.endsWith('.source.json')).sort()) {
      const txt = join(extraDir, f.replace(/\.json$/, '.txt'));
      if (existsSync(txt)) out.push({ name: `extra/${f.replace(/\.json$/, '')}`, gold: join(extraDir, f), corpus: txt });
    }
  }
  return out;
}

function run(s: Suite): EvalReport {
  const gold = JSON.parse(readFileSync(s.gold, 'utf8')) as GoldFile;
  const predicted = extractDump(readFileSync(s.corpus, 'utf8'));
  return evaluate(predicted, gold.articles);
}

const results = suites().map((s) => ({ suite: s, report: run(s) }));

if (json) {
  process.stdout.write(
    `${JSON.stringify(
      results.map(({ suite, report }) => ({
        suite: suite.name,
        gold: suite.gold.slice(root.length + 1),
        corpus: suite.corpus.slice(root.length + 1),
        scores: report.scores,
        articles: report.articles,
        attributes: report.attributes,
        ...(verbose ? { errors: report.errors, attributeErrors: report.attributeErrors } : {}),
      })),
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
  if (!results.length) console.log('no gold files found under data/gold');
}
