/**
 * A news page (HTML) to an article: Mozilla's Readability (Firefox's reader view) finds
 * the story in the page, on linkedom's DOM (a light, standards-shaped DOM without a
 * browser; no scripts run, nothing is fetched). Pure: no I/O.
 */
import { createRequire } from 'node:module';
import type * as ReadabilityModule from '@mozilla/readability';
import type * as Linkedom from 'linkedom';

export interface HtmlArticle {
  title: string;
  /** Paragraphs (subheadings, list items, quotes each their own) joined by a blank line. */
  body: string;
  byline: string | null;
  /** ISO 8601, from the page's metadata (JSON-LD, meta tags, a <time datetime>). */
  publishedAt: string | null;
  /** The site's name (og:site_name), a default for `source`. */
  siteName: string | null;
  /** The canonical URL the page names, when it is an absolute http(s) URL. */
  url: string | null;
}

type Doc = ReturnType<typeof Linkedom.parseHTML>['document'];

/** The DOM and Readability (about 30 MB) load with the first page, not with every process. */
let libraries: { parseHTML: typeof Linkedom.parseHTML; Readability: typeof ReadabilityModule.Readability } | undefined;
function htmlLibraries() {
  if (!libraries) {
    const require = createRequire(import.meta.url);
    libraries = {
      parseHTML: (require('linkedom') as typeof Linkedom).parseHTML,
      Readability: (require('@mozilla/readability') as typeof ReadabilityModule).Readability,
    };
  }
  return libraries;
}
/** The few DOM members read here (the project compiles without the DOM library). */
interface El {
  textContent: string | null;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): Iterable<El>;
}

/** Blocks whose text is one paragraph of the body. */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dd, dt, td, th';

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function isoDate(value: string | null | undefined): string | null {
  const text = clean(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Publication date from the page's own metadata, looked up before Readability rewrites the DOM. */
function metaDate(document: Doc): string | null {
  const selectors = [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[name="publish-date"]',
    'meta[name="dc.date"]',
    'meta[name="DC.date.issued"]',
    'meta[property="og:published_time"]',
  ];
  for (const selector of selectors) {
    const date = isoDate(document.querySelector(selector)?.getAttribute('content'));
    if (date) return date;
  }
  for (const time of document.querySelectorAll('time[datetime]')) {
    const date = isoDate(time.getAttribute('datetime'));
    if (date) return date;
  }
  return null;
}

function canonicalUrl(document: Doc): string | null {
  const href =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    document.querySelector('meta[property="og:url"]')?.getAttribute('content');
  try {
    const url = new URL(clean(href));
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/** The innermost blocks, in document order; text outside any block becomes its own paragraph. */
function paragraphs(root: El): string[] {
  const blocks = [...root.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  if (blocks.length === 0)
    return clean(root.textContent)
      .split(/\n{2,}/)
      .map(clean)
      .filter(Boolean);
  const out: string[] = [];
  for (const el of blocks) {
    const text = clean(el.textContent);
    if (text && text !== out.at(-1)) out.push(text);
  }
  return out;
}

/** The article in a page, or null when the page holds none (an index page, an empty shell). */
export function articleFromHtml(html: string): HtmlArticle | null {
  if (!/<[a-z!]/i.test(html)) return null;
  const { parseHTML, Readability } = htmlLibraries();
  const { document } = parseHTML(html);
  if (!document.documentElement) return null;
  const publishedAt = metaDate(document);
  const url = canonicalUrl(document);
  // The serializer hands back the content element itself: no second parse of its HTML.
  const parsed = new Readability<El>(document as never, { serializer: (node) => node }).parse();
  if (!parsed?.content) return null;
  const body = paragraphs(parsed.content);
  const title = clean(parsed.title) || clean(document.querySelector('h1')?.textContent);
  // Readability leaves the headline in the content when the page repeats it there.
  const byline = clean(parsed.byline) || null;
  while (body.length > 0 && (body[0] === title || body[0] === byline)) body.shift();
  if (!title || body.length === 0) return null;
  return {
    title,
    body: body.join('\n\n'),
    byline,
    publishedAt: isoDate(parsed.publishedTime) ?? publishedAt,
    siteName: clean(parsed.siteName) || null,
    url,
  };
}
