import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Option, type Command } from 'commander';
import cliProgress from 'cli-progress';
import { extractIngest, ingestArticles } from '../modules/ingestion/ingest.service.js';
import { withDatabase } from './context.js';

interface IngestOptions {
  source?: string;
  published?: string;
  dryRun?: boolean;
}

/** Files named on the command line; folders are walked for .txt and .html files, in name order. */
async function collectFiles(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) throw new Error(`${input}: no such file or folder`);
    if (info.isDirectory()) {
      const entries = await readdir(input, { recursive: true, withFileTypes: true });
      files.push(
        ...entries
          .filter((e) => e.isFile() && /\.(txt|html?)$/i.test(e.name))
          .map((e) => path.join(e.parentPath ?? input, e.name))
          .sort(),
      );
    } else {
      files.push(input);
    }
  }
  if (files.length === 0) throw new Error('no .txt or .html files found in the folders given');
  return files;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('extract and store raw article dumps (.txt) and news pages (.html); one transaction per file')
    .argument('<paths...>', 'files, or folders walked for .txt and .html files')
    .option('--source <name>', 'publisher recorded on the articles, e.g. "Pakistan Observer"')
    .option('--published <date>', 'publication date for articles that state none, ISO 8601, e.g. 2021-06-15')
    .addOption(new Option('--dry-run', 'print the extraction as JSON; store nothing, no database needed'))
    .addHelpText(
      'after',
      '\nExamples:\n  npm run cli -- ingest data/corpus/sco-2021.txt\n  npm run cli -- ingest data/generated --source "Accord Wire"\n  npm run cli -- ingest story.txt --dry-run > extraction.json\n  npm run cli -- ingest page.html --source \"Accord Wire\"',
    )
    .action(async (paths: string[], opts: IngestOptions) => {
      const files = await collectFiles(paths).catch((error: Error) => {
        console.error(`error: ${error.message}`);
        process.exit(2);
      });
      // A .html file is one news page (title, byline, date and body read from it); anything else a raw dump.
      const input = async (file: string) => {
        const content = await readFile(file, 'utf8');
        const page = /\.html?$/i.test(file);
        return {
          text: page ? null : content,
          html: page ? content : null,
          source: opts.source ?? null,
          publishedAt: opts.published ?? null,
        };
      };
      if (opts.dryRun) {
        try {
          const out = [];
          for (const file of files)
            out.push({ file, articles: await extractIngest(null, await input(file), { maxArticles: Infinity }) });
          console.log(JSON.stringify(out, null, 2));
        } catch (error) {
          console.error(`error: ${(error as Error).message}`);
          process.exit(1);
        }
        return;
      }
      await withDatabase(async (ds) => {
        const started = Date.now();
        const totals = { files: 0, created: 0, duplicate: 0, statements: 0, mentions: 0, failed: 0 };
        const bar = new cliProgress.SingleBar(
          {
            format:
              'ingest [{bar}] {value}/{total} files | {created} new, {duplicate} duplicate, {statements} statements | {eta_formatted} left',
            stream: process.stderr,
            hideCursor: true,
          },
          cliProgress.Presets.shades_classic,
        );
        const showBar = files.length > 1 && process.stderr.isTTY;
        if (showBar) bar.start(files.length, 0, totals);
        for (const file of files) {
          try {
            const results = await ingestArticles(ds, await input(file), `cli:${process.env.USER ?? 'local'}`, {
              maxArticles: Infinity,
            });
            for (const r of results) {
              totals[r.status === 'CREATED' ? 'created' : 'duplicate'] += 1;
              totals.statements += r.extracted.statements;
              totals.mentions += r.extracted.mentions;
            }
          } catch (error) {
            totals.failed += 1;
            const message = `${file}: ${(error as Error).message} (nothing of this file was stored)`;
            process.stderr.write(`${showBar ? '\n' : ''}${message}\n`);
          }
          totals.files += 1;
          if (showBar) bar.update(totals.files, totals);
          else if (files.length > 1 && totals.files % 50 === 0) console.error(`${totals.files}/${files.length} files`);
        }
        if (showBar) bar.stop();
        const seconds = (Date.now() - started) / 1000;
        console.log(
          `ingested ${totals.files} file(s) in ${seconds.toFixed(1)} s: ${totals.created} new article(s), ${totals.duplicate} duplicate(s), ` +
            `${totals.statements} statements, ${totals.mentions} mentions${totals.failed ? `, ${totals.failed} file(s) failed` : ''}`,
        );
        if (totals.failed) process.exitCode = 1;
      });
    });
}
