/**
 * Validation of the `generate` command's options, kept pure so it can be tested
 * without a process: raw strings in (as commander hands them), numbers out, or a
 * {@link GenerateOptionError} whose message says which option is wrong and why.
 */

export const GENERATE_DEFAULTS = { seed: 1, out: 'data/generated', perFile: 100 } as const;
export const MAX_ARTICLES = 10_000_000;
export const MAX_PER_FILE = 100_000;
export const MAX_SEED = 0xffff_ffff;

export interface GenerateOptions {
  articles: number;
  seed: number;
  out: string;
  perFile: number;
}

export interface RawGenerateOptions {
  articles?: string | number;
  seed?: string | number;
  out?: string;
  perFile?: string | number;
}

export class GenerateOptionError extends Error {
  override name = 'GenerateOptionError';
}

/** A whole number in [min, max]; "100_000" and "100,000" are accepted. */
function wholeNumber(option: string, value: string | number | undefined, min: number, max: number): number {
  if (value === undefined || value === '')
    throw new GenerateOptionError(`${option} is required (a whole number from ${min} to ${max})`);
  const text = String(value).trim();
  const digits = text.replace(/(?<=\d)[_,](?=\d{3}(?:\D|$))/g, '');
  if (!/^[+-]?\d+$/.test(digits)) {
    throw new GenerateOptionError(`${option} must be a whole number from ${min} to ${max}, got "${text}"`);
  }
  const n = Number(digits);
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new GenerateOptionError(`${option} must be a whole number from ${min} to ${max}, got ${text}`);
  }
  return n;
}

export function parseGenerateOptions(raw: RawGenerateOptions): GenerateOptions {
  const articles = wholeNumber('--articles', raw.articles, 1, MAX_ARTICLES);
  const seed = raw.seed === undefined ? GENERATE_DEFAULTS.seed : wholeNumber('--seed', raw.seed, 0, MAX_SEED);
  const perFile =
    raw.perFile === undefined ? GENERATE_DEFAULTS.perFile : wholeNumber('--per-file', raw.perFile, 1, MAX_PER_FILE);
  const out = raw.out === undefined ? GENERATE_DEFAULTS.out : raw.out.trim();
  if (!out) throw new GenerateOptionError('--out must name a directory, got an empty string');
  return { articles, seed, out, perFile };
}
