/**
 * Deterministic synthetic corpus: plausible news articles about international
 * cooperation, in the raw-dump layout of data/corpus/sco-2021.txt, for load tests and
 * extraction benchmarks. Pure (no I/O) and lazy: files are produced one at a time, so
 * 100,000 articles never sit in memory together.
 *
 * Article `i` of seed `s` depends only on (s, i): the same seed always gives the same
 * text, whatever the number of articles per file.
 */
import { ArticleComposer, type GeneratedArticle } from './compose.js';
import { Random, articleSeed } from './random.js';

export type { GeneratedArticle, GeneratedBlock } from './compose.js';
export {
  GENERATE_DEFAULTS,
  GenerateOptionError,
  MAX_ARTICLES,
  parseGenerateOptions,
  type GenerateOptions,
  type RawGenerateOptions,
} from './options.js';

/** Page chrome at the top of every file, as in the scraped corpus. */
export const FILE_HEADER = 'Connect with us\n\n\n';

export interface GeneratedFile {
  fileName: string;
  text: string;
  /** Index of the file's first article in the corpus. */
  firstArticle: number;
  /** Number of articles in the file. */
  articles: number;
}

/** Article `index` (0-based) of the corpus for `seed`. */
export function generateArticle(seed: number, index: number): GeneratedArticle {
  return new ArticleComposer(new Random(articleSeed(seed, index)), index).compose();
}

/** Articles 0 .. count-1, lazily. */
export function* generateArticles(count: number, seed: number): Generator<GeneratedArticle> {
  for (let i = 0; i < count; i++) yield generateArticle(seed, i);
}

/** All articles at once: for small counts (tests); use {@link generateArticles} for large ones. */
export function generateArticleList(count: number, seed: number): GeneratedArticle[] {
  return [...generateArticles(count, seed)];
}

/** "accord-s42-00017.txt": seed and 1-based file number, zero-padded so names sort. */
export function fileNameFor(seed: number, fileIndex: number, totalFiles: number): string {
  const width = Math.max(5, String(totalFiles).length);
  return `accord-s${seed}-${String(fileIndex + 1).padStart(width, '0')}.txt`;
}

/** The corpus as dump files of `perFile` articles each (the last may hold fewer), lazily. */
export function* generateArticleTexts(count: number, seed: number, perFile = 100): Generator<GeneratedFile> {
  if (!Number.isInteger(perFile) || perFile < 1)
    throw new RangeError(`perFile must be a positive integer, got ${perFile}`);
  const totalFiles = Math.ceil(count / perFile);
  for (let f = 0; f < totalFiles; f++) {
    const first = f * perFile;
    const last = Math.min(count, first + perFile);
    let text = FILE_HEADER;
    for (let i = first; i < last; i++) text += generateArticle(seed, i).raw;
    yield { fileName: fileNameFor(seed, f, totalFiles), text, firstArticle: first, articles: last - first };
  }
}
