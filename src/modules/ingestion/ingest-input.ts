import { badInput } from '../../errors.js';
import { isStorableText } from '../common/text.js';
import { EARLIEST_YEAR, isCalendarDate, latestYear } from '../common/calendar.js';
import { contentHash } from './content-hash.js';
import { isHeadingLike, paragraphs as bodyParagraphs, splitArticles, takeBodyLead } from '../../ingest/split.js';
import { articleFromHtml, type HtmlArticle } from '../../ingest/html.js';
import type { SplitArticle } from '../../ingest/types.js';

export const MAX_ARTICLES_PER_CALL = 100;
export const MAX_BODY_BYTES = 1_000_000;
export const MAX_TEXT_BYTES = 10_000_000;
export const MAX_TITLE_CHARS = 500;
export const MAX_SOURCE_CHARS = 200;
export const MAX_URL_CHARS = 2_000;

export interface RawArticleInput {
  title: string;
  body: string;
  url?: string | null;
  source?: string | null;
  publishedAt?: string | null;
}

export interface RawIngestInput {
  articles?: RawArticleInput[] | null;
  text?: string | null;
  /** One news page; title, byline, date and body are read from it. */
  html?: string | null;
  /** The page's address, for `html`. */
  url?: string | null;
  source?: string | null;
  publishedAt?: string | null;
}

export interface PreparedArticle {
  split: SplitArticle;
  url: string | null;
  source: string | null;
  publishedAt: string | null;
  byline?: string | null;
}

/**
 * An article read from a page, with the caller's values first: a given source, date or
 * URL wins over the page's own (site name, metadata date, canonical link).
 */
export function preparedFromPage(
  page: HtmlArticle,
  given: { url: string | null; source: string | null; publishedAt: string | null },
): PreparedArticle {
  return {
    split: articleFromParts(page.title, page.body),
    url: given.url ?? page.url,
    source: given.source ?? page.siteName,
    publishedAt: given.publishedAt ?? page.publishedAt,
    byline: page.byline,
  };
}

function checkText(value: string | null | undefined, field: string, max: number): void {
  if (value == null) return;
  if (value.length > max) {
    throw badInput(`${field} is ${value.length} characters long; the limit is ${max}.`, { argument: field });
  }
  if (!isStorableText(value)) {
    throw badInput(`${field} contains a NUL character or an unpaired UTF-16 surrogate; send valid Unicode text.`, {
      argument: field,
    });
  }
}

export function parseUrl(value: string | null | undefined, where: string): string | null {
  checkText(value, `${where}.url`, MAX_URL_CHARS);
  if (!value?.trim()) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw badInput(
      `${where}.url "${value}" is not a URL; give an absolute http(s) URL such as https://example.org/news/1.`,
      { argument: `${where}.url` },
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw badInput(`${where}.url must be http or https, not ${url.protocol}`, { argument: `${where}.url` });
  }
  return url.toString();
}

export function parseDate(value: string | null | undefined, where: string): string | null {
  if (!value?.trim()) return null;
  const text = value.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})([T ](\d{2}):(\d{2})(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  const date = match ? new Date(match[4] ? text.replace(' ', 'T') : `${text}T00:00:00Z`) : new Date(NaN);
  const [year, month, day] = match ? [match[1], match[2], match[3]].map(Number) : [NaN, NaN, NaN];
  if (match && isCalendarDate(year, month, day) && (year < EARLIEST_YEAR || year > latestYear())) {
    throw badInput(
      `${where}.publishedAt "${value}" is outside ${EARLIEST_YEAR}-${latestYear()}; give the real publication date.`,
      {
        argument: `${where}.publishedAt`,
      },
    );
  }
  if (
    !match ||
    !isCalendarDate(year, month, day) ||
    Number(match[5] ?? 0) > 23 ||
    Number(match[6] ?? 0) > 59 ||
    Number.isNaN(date.getTime())
  ) {
    throw badInput(
      `${where}.publishedAt "${value}" is not an ISO 8601 date; use e.g. "2021-06-15" or "2021-06-15T09:30:00Z".`,
      {
        argument: `${where}.publishedAt`,
      },
    );
  }
  return date.toISOString();
}

/** Two letters in a row: a body of digits, punctuation or control characters is no article. */
const HAS_WORD = /\p{L}{2}/u;

/** A given title and body, cleaned like the splitter cleans a dump. */
export function articleFromParts(title: string, body: string): SplitArticle {
  const parts = body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00a0]*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  // What a dump's splitter reads as metadata, read the same way at the top of a given body.
  const { byline, publishedAt, dateline } = takeBodyLead(parts, { byline: null, publishedAt: null });
  const clean = parts.join('\n\n');
  const sections: SplitArticle['sections'] = [];
  let current: { heading: string | null; text: string[] } = { heading: null, text: [] };
  for (const p of bodyParagraphs(clean)) {
    if (p.index > 0 && isHeadingLike(p.text)) {
      if (current.heading !== null || current.text.length)
        sections.push({ heading: current.heading, text: current.text.join('\n\n') });
      current = { heading: p.text, text: [] };
    } else {
      current.text.push(p.text);
    }
  }
  sections.push({ heading: current.heading, text: current.text.join('\n\n') });
  const article: SplitArticle = {
    title: title.replace(/\s+/g, ' ').trim(),
    subtitle: null,
    dateline,
    body: clean,
    sections,
  };
  if (byline) article.byline = byline;
  if (publishedAt) article.publishedAt = publishedAt;
  return article;
}

/** Validates a whole call before anything is written; errors name the offending item. */
export function prepareIngest(input: RawIngestInput, maxArticles = MAX_ARTICLES_PER_CALL): PreparedArticle[] {
  const given = input.articles ?? [];
  const hasText = Boolean(input.text?.trim());
  const hasHtml = Boolean(input.html?.trim());
  if (given.length === 0 && !hasText && !hasHtml) {
    throw badInput('Nothing to ingest: give `articles` (title and body each), a raw `text` dump, or an `html` page.');
  }
  if (given.length > maxArticles) {
    throw badInput(`Too many articles in one call: ${given.length}; send at most ${maxArticles} per call.`, {
      argument: 'input.articles',
    });
  }
  checkText(input.source, 'input.source', MAX_SOURCE_CHARS);
  checkText(input.text, 'input.text', MAX_TEXT_BYTES);
  const source = input.source?.trim() || null;
  const publishedAt = parseDate(input.publishedAt, 'input');
  const prepared = given.map((article, i) => {
    const where = `input.articles[${i}]`;
    if (!article.title?.trim())
      throw badInput(`${where}.title is empty; every article needs a headline.`, { argument: `${where}.title` });
    checkText(article.title, `${where}.title`, MAX_TITLE_CHARS);
    checkText(article.source, `${where}.source`, MAX_SOURCE_CHARS);
    if (!article.body?.trim())
      throw badInput(`${where}.body is empty; every article needs its text.`, { argument: `${where}.body` });
    checkText(article.body, `${where}.body`, MAX_BODY_BYTES);
    if (!HAS_WORD.test(article.body)) {
      throw badInput(`${where}.body has no words (no two letters in a row); send the article's text.`, {
        argument: `${where}.body`,
      });
    }
    const bytes = Buffer.byteLength(article.body, 'utf8');
    if (bytes > MAX_BODY_BYTES) {
      throw badInput(
        `${where}.body is ${bytes} bytes; the limit is ${MAX_BODY_BYTES} (1 MB). Split it into several articles.`,
        {
          argument: `${where}.body`,
        },
      );
    }
    return {
      split: articleFromParts(article.title, article.body),
      url: parseUrl(article.url, where),
      source: article.source?.trim() || source,
      publishedAt: parseDate(article.publishedAt, where) ?? publishedAt,
    };
  });
  if (hasText) {
    const bytes = Buffer.byteLength(input.text!, 'utf8');
    if (bytes > MAX_TEXT_BYTES) {
      throw badInput(
        `input.text is ${bytes} bytes; the limit is ${MAX_TEXT_BYTES} (10 MB). Send it in several calls.`,
        {
          argument: 'input.text',
        },
      );
    }
    const split = splitArticles(input.text!);
    if (split.length === 0) {
      throw badInput(
        'input.text holds no article: expected a headline line followed by paragraphs separated by blank lines.',
        {
          argument: 'input.text',
        },
      );
    }
    if (given.length + split.length > maxArticles) {
      throw badInput(
        `input.text splits into ${split.length} articles; with the others that is more than ${maxArticles} per call.`,
        {
          argument: 'input.text',
        },
      );
    }
    prepared.push(...split.map((s) => ({ split: s, url: null, source, publishedAt })));
  }
  if (hasHtml) {
    const bytes = Buffer.byteLength(input.html!, 'utf8');
    if (bytes > MAX_TEXT_BYTES) {
      throw badInput(`input.html is ${bytes} bytes; the limit is ${MAX_TEXT_BYTES} (10 MB).`, {
        argument: 'input.html',
      });
    }
    const page = articleFromHtml(input.html!);
    if (!page) {
      throw badInput(
        'input.html holds no article: expected a news page with a headline and paragraphs of text (an index page or an empty shell has none).',
        {
          argument: 'input.html',
        },
      );
    }
    if (prepared.length + 1 > maxArticles)
      throw badInput(`More than ${maxArticles} articles in one call.`, { argument: 'input.html' });
    prepared.push(preparedFromPage(page, { url: parseUrl(input.url, 'input'), source, publishedAt }));
  }
  const seen = new Map<string, number>();
  prepared.forEach((p, i) => {
    const where = i < given.length ? `input.articles[${i}]` : `input.text (article ${i - given.length + 1})`;
    const hash = contentHash(p.split.title, p.split.body);
    const first = seen.get(hash);
    if (first !== undefined) {
      const other =
        first < given.length ? `input.articles[${first}]` : `input.text (article ${first - given.length + 1})`;
      throw badInput(`${where} has the same title and text as ${other}; send each article once.`, { argument: where });
    }
    seen.set(hash, i);
  });
  return prepared;
}
