import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import {
  GENERATE_DEFAULTS,
  GenerateOptionError,
  MAX_ARTICLES,
  generateArticleTexts,
  parseGenerateOptions,
} from '../generate/index.js';

const EXAMPLES = `
Examples:
  npm run cli -- generate --articles 1000
      1,000 articles, seed ${GENERATE_DEFAULTS.seed}, in ${GENERATE_DEFAULTS.out}/ (10 files of ${GENERATE_DEFAULTS.perFile})
  npm run cli -- generate --articles 100000 --seed 42 --out /tmp/corpus --per-file 500
      100,000 articles in 200 files; the same seed always writes the same bytes
  npm run cli -- ingest ${GENERATE_DEFAULTS.out}/accord-s1-00001.txt
      load one generated file (the files use the raw-dump layout of data/corpus/sco-2021.txt)

Files are named accord-s<seed>-<nnnnn>.txt and overwritten when they exist; other
files in the directory are left alone. No database is needed.`;

function formatBytes(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(2)} GB`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} MB`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)} kB`;
  return `${n} B`;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

export function registerGenerate(program: Command): void {
  program
    .command('generate')
    .description(
      'write a deterministic synthetic corpus of news articles (the raw-dump layout the ingester reads); no database needed',
    )
    .requiredOption(
      '--articles <n>',
      `(required) how many articles to write, 1 to ${MAX_ARTICLES.toLocaleString('en-US')} (e.g. 100000)`,
    )
    .option(
      '--seed <s>',
      'PRNG seed, 0 to 4294967295: the same seed gives byte-identical files',
      String(GENERATE_DEFAULTS.seed),
    )
    .option('--out <dir>', 'output directory, created when missing', GENERATE_DEFAULTS.out)
    .option('--per-file <k>', 'articles per file (the last file may hold fewer)', String(GENERATE_DEFAULTS.perFile))
    .addHelpText('after', EXAMPLES)
    .action(async (raw: { articles: string; seed: string; out: string; perFile: string }, command: Command) => {
      let opts;
      try {
        opts = parseGenerateOptions(raw);
      } catch (err) {
        if (err instanceof GenerateOptionError) command.error(`error: ${err.message}`);
        throw err;
      }
      const dir = resolve(opts.out);
      const created = !(await exists(dir));
      await mkdir(dir, { recursive: true });
      // Keep a generated corpus out of git when it is written inside the working tree.
      const inside = !relative(process.cwd(), dir).startsWith('..');
      if (created && inside) await writeFile(join(dir, '.gitignore'), '*\n');

      const totalFiles = Math.ceil(opts.articles / opts.perFile);
      const bar = new cliProgress.SingleBar(
        {
          format:
            'generating |{bar}| {percentage}% | {value}/{total} articles | {files} files | {rate} articles/s | ETA {eta_formatted}',
          stream: process.stderr,
          hideCursor: true,
          etaBuffer: 50,
          noTTYOutput: false,
        },
        cliProgress.Presets.shades_classic,
      );
      const started = performance.now();
      bar.start(opts.articles, 0, { files: 0, rate: 0 });
      let files = 0;
      let articles = 0;
      let bytes = 0;
      try {
        for (const file of generateArticleTexts(opts.articles, opts.seed, opts.perFile)) {
          const data = Buffer.from(file.text, 'utf8');
          await writeFile(join(dir, file.fileName), data);
          files += 1;
          articles += file.articles;
          bytes += data.length;
          const seconds = (performance.now() - started) / 1000;
          bar.update(articles, {
            files: `${files}/${totalFiles}`,
            rate: Math.round(articles / Math.max(seconds, 1e-3)),
          });
        }
      } finally {
        bar.stop();
      }
      const seconds = (performance.now() - started) / 1000;
      const shown = relative(process.cwd(), dir) || '.';
      console.log(
        `wrote ${files} files, ${articles} articles, ${formatBytes(bytes)} (${bytes} bytes) to ${inside ? shown : dir} ` +
          `in ${seconds.toFixed(2)} s (${Math.round(articles / Math.max(seconds, 1e-3))} articles/s, seed ${opts.seed})`,
      );
    });
}
