/** Shared by the benchmarks: machine description, percentiles, and BENCHMARKS.md sections. */
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';

export function machine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const memory = (os.totalmem() / 2 ** 30).toFixed(0);
  return `${os.cpus().length} × ${cpu}, ${memory} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export interface Timing {
  p50: number;
  p95: number;
  mean: number;
  runs: number;
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times; milliseconds. */
export async function time(fn: () => Promise<unknown>, runs = 100, warmup = 10): Promise<Timing> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return {
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    mean: samples.reduce((a, b) => a + b, 0) / runs,
    runs,
  };
}

export const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;
export const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

/** Replaces (or appends) the section between `<!-- name -->` and `<!-- /name -->`. */
export async function writeSection(name: string, markdown: string, file = 'BENCHMARKS.md'): Promise<void> {
  const header =
    '# Benchmarks\n\nProduced by `npm run bench:ingest` and `npm run bench`; each run rewrites its own section.\nThe machines are shared: compare figures within one run, not across runs.\n';
  const current = await readFile(file, 'utf8').catch(() => header);
  const open = `<!-- ${name} -->`;
  const close = `<!-- /${name} -->`;
  const block = `${open}\n${markdown.trim()}\n${close}`;
  const start = current.indexOf(open);
  const end = current.indexOf(close);
  const next =
    start >= 0 && end > start
      ? current.slice(0, start) + block + current.slice(end + close.length)
      : `${current.trimEnd()}\n\n${block}\n`;
  await writeFile(file, next);
}

export function table(headers: string[], rows: (string | number)[][]): string {
  return [
    `| ${headers.join(' | ')} |`,
    `|${headers.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}
