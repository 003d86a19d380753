/**
 * Throughput of extraction, for benchmarks and the linearity check: runs
 * {@link extractDump} over a dump repeated `repeat` times (many articles), or over one
 * article whose body is the corpus bodies repeated (one long text).
 */
import { performance } from 'node:perf_hooks';
import { splitArticles } from '../split.js';
import type { SplitArticle } from '../types.js';
import { extractArticle, extractDump } from './extract.js';

export interface BenchmarkResult {
  mode: 'articles' | 'long-body';
  repeat: number;
  articles: number;
  chars: number;
  ms: number;
  articlesPerSecond: number;
  charsPerSecond: number;
}

/** Extracts `raw` repeated `repeat` times as one dump. */
export function benchmarkExtraction(raw: string, repeat = 1000): BenchmarkResult {
  const dump = Array.from({ length: repeat }, () => raw).join('\n\n\n\n');
  const t0 = performance.now();
  const out = extractDump(dump);
  const ms = performance.now() - t0;
  const chars = out.reduce((n, a) => n + a.body.length, 0);
  return {
    mode: 'articles',
    repeat,
    articles: out.length,
    chars,
    ms,
    articlesPerSecond: (out.length * 1000) / ms,
    charsPerSecond: (chars * 1000) / ms,
  };
}

/** Extracts one article whose body is every body of `raw` repeated `repeat` times. */
export function benchmarkLongBody(raw: string, repeat = 100): BenchmarkResult {
  const bodies = splitArticles(raw).map((a) => a.body);
  const body = Array.from({ length: repeat }, () => bodies.join('\n\n')).join('\n\n');
  const split: SplitArticle = {
    title: 'benchmark',
    subtitle: null,
    dateline: null,
    body,
    sections: [{ heading: null, text: body }],
  };
  const t0 = performance.now();
  extractArticle(split);
  const ms = performance.now() - t0;
  return {
    mode: 'long-body',
    repeat,
    articles: 1,
    chars: body.length,
    ms,
    articlesPerSecond: 1000 / ms,
    charsPerSecond: (body.length * 1000) / ms,
  };
}
