/**
 * Clean-and-split: a raw scraped dump (one or many articles, with page chrome) in,
 * clean {@link SplitArticle}s out. Pure: no I/O, no database.
 *
 * Why these heuristics (scraped dumps carry no markup, only layout):
 *
 * - A *block* is a run of non-blank lines; hard-wrapped lines inside a block are joined
 *   with one space, because dumps wrap paragraphs but never split them with single newlines.
 * - Chrome ("Connect with us", "Continue Reading", "Read more" ...) is recognised as a
 *   whole line, or as a suffix glued after a sentence end, and dropped. "Continue
 *   Reading" / "Read more" close an article on news sites, so they also mark a boundary.
 * - A *heading-like* block is short and does not end like a sentence. The first block of
 *   an article is its headline whatever its shape; heading-like blocks between it and
 *   the first body paragraph are the deck (subtitle).
 * - A heading-like block after body text is a subheading, unless something says a new
 *   article begins: a closing chrome marker before it, a gap of blank lines clearly
 *   wider than the dump's usual paragraph gap, or a dateline in the paragraph that
 *   follows it (datelines only open articles).
 * - A dateline ("ISLAMABAD – ", "NEW YORK—", "LONDON (Reuters) - ") is recognised only at
 *   the start of the first body paragraph, in capitals, before a dash and a capitalised
 *   word: an acronym followed by a dash in a sentence ("NATO – the alliance – said")
 *   continues in lower case.
 * - Whitespace inside a paragraph is normalised (NBSP, tabs and runs of spaces become one
 *   plain space) so that offsets into `body` do not depend on invisible characters of
 *   the source page. Quotes and dashes are kept as written (curly or straight).
 * - Character references a scrape left in the text ("&#8220;We are ready,&#8221;", "&amp;",
 *   "&nbsp;") are decoded first (`entities`, strict: only references closed by a semicolon,
 *   so "a=1&copy=2" stays), so that a quote typed as references is a quote.
 * - Articles with a headline but no body (trailing "related" links, a chrome-only tail)
 *   are dropped.
 */
import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node';
import { decodeHTMLStrict } from 'entities';
import type { ExtractedSection, SplitArticle } from './types.js';

/** English dates only (the whole package holds every locale, about 20 MB): loaded on the first date looked for. */
let english: typeof Chrono.en | undefined;
const chronoEnglish = () => (english ??= createRequire(import.meta.url)('chrono-node/en') as typeof Chrono.en);

/** A paragraph or sentence of a body: `body.slice(start, end) === text`. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export interface ParagraphSpan extends TextSpan {
  /** 0-based paragraph index in the body. */
  index: number;
}

export const PARAGRAPH_SEPARATOR = '\n\n';

/** Lines that are page furniture, never text. Matched against the whole trimmed line. */
const CHROME_LINE =
  /^(?:connect with us|continue reading|read more|read full (?:article|story)|advertisement|share this(?: article| story)?:?|follow us(?: on .{1,40})?|click (?:here )?to (?:read|share|subscribe).{0,40}|related(?: articles| posts| stories| news)?:?|trending now|you may (?:also )?like)$/i;
/** Chrome that closes an article on news sites (the link to the full page). */
const CLOSING_CHROME = /^(?:continue reading|read more|read full (?:article|story))$/i;
/** Closing chrome glued after a sentence end on the same line: "...the world. Continue Reading". */
const GLUED_CLOSING_CHROME = /([.!?…]["”’)\]]*)\s*(?:continue reading|read more)\s*$/i;

/** A link to another story inside the page: "READ MORE: AU suspends Niger after coup", "Also read | ...". */
const INLINE_LINK =
  /^(?:read more|read also|also read|see also|related(?: story| article)?|recommended|more on this(?: story)?|more from \S+|watch|listen)\s*[:：|–—―]\s*\S/i;
const SHARE_WORDS = new Set([
  'share',
  'shares',
  'tweet',
  'email',
  'e-mail',
  'print',
  'whatsapp',
  'facebook',
  'twitter',
  'x',
  'linkedin',
  'telegram',
  'pinterest',
  'reddit',
  'copy',
  'link',
  'on',
  'via',
  'this',
  'article',
  'story',
  'messenger',
  'flipboard',
  'sms',
  'comments',
  'comment',
  'save',
]);
const SHARE_STRONG = /\b(?:share|tweet|facebook|twitter|whatsapp|linkedin|telegram|pinterest|reddit|email|print)\b/i;

/** "Share on Facebook Share on X", "Facebook | Twitter | WhatsApp | Email": share buttons as text. */
function isShareLine(line: string): boolean {
  if (line.length > 120 || !SHARE_STRONG.test(line)) return false;
  const words = line
    .toLowerCase()
    .split(/[\s:|,•·/]+/)
    .filter(Boolean);
  return words.length > 0 && words.length <= 16 && words.every((w) => SHARE_WORDS.has(w));
}

/** "By Ana Ribeiro", "By Tesfaye Alemu in Addis Ababa", "By Staff Reporter | Reuters". */
const BYLINE_BY =
  /^(?:[Bb]y|BY)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|da|van|von|al|bin|el))*(?:\s+(?:in|from)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?\s*(?:[,|–—―-]\s*[^.!?]{0,60})?\.?$/u;
/** "Tesfaye Alemu in Addis Ababa": two or three capitalised names, then "in <Place>". */
const BYLINE_IN =
  /^\p{Lu}[\p{Ll}.'’-]+(?:\s+\p{Lu}[\p{Ll}.'’-]+){1,2}\s+in\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?$/u;

export function isByline(text: string): boolean {
  if (text.split(' ').length > 14) return false;
  return BYLINE_BY.test(text) || BYLINE_IN.test(text);
}

/** A fixed reference instant: relative dates ("on Sunday") never resolve, so the output never depends on the clock. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/**
 * The publication date stated in a short text ("Feb. 16, 2025", "Published on 14 February
 * 2025, 10:31 GMT"): day, month and year all written. ISO 8601; midnight UTC without a time.
 */
export function statedDate(text: string): string | null {
  for (const r of chronoEnglish().parse(text, { instant: REFERENCE, timezone: 0 })) {
    const s = r.start;
    if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) continue;
    const y = s.get('year')!;
    const m = s.get('month')!;
    const d = s.get('day')!;
    if (s.isCertain('hour')) return s.date().toISOString();
    return new Date(Date.UTC(y, m - 1, d)).toISOString();
  }
  return null;
}

/** A block that is only a date ("March 3, 2025", "Published: 3 March 2025 10:31 GMT", "Updated 2025-03-03"). */
function dateOnly(text: string): string | null {
  if (text.length > 80) return null;
  const date = statedDate(text);
  if (!date) return null;
  const rest = text
    .replace(/\b(?:published|updated|posted|last updated|first published|on|at|date|gmt|utc|am|pm|[a-z]{3}t)\b/gi, '')
    .replace(/[\d\s:.,/|–—―()-]+/g, ' ')
    .replace(
      /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b/gi,
      '',
    )
    .trim();
  return rest ? null : date;
}

/** "ADDIS ABABA, Feb. 16, 2025" → place "ADDIS ABABA" and the date; "RIYADH, March 3, 2025 (SPA)" keeps "(SPA)". */
export function splitDatelineDate(dateline: string): { dateline: string; publishedAt: string | null } {
  const m = /^([^,]+),\s*([^()]+?)\s*(\([^)]*\))?$/.exec(dateline);
  if (!m) return { dateline, publishedAt: null };
  const date = dateOnly(m[2]);
  if (!date) return { dateline, publishedAt: null };
  return { dateline: m[3] ? `${m[1].trim()} ${m[3]}` : m[1].trim(), publishedAt: date };
}

const HEADING_MAX_WORDS = 30;
const HEADING_MAX_CHARS = 250;
const MIN_ARTICLE_GAP = 3;

interface Block {
  text: string;
  /** Blank lines between this block and the previous block or chrome line. */
  gapBefore: number;
  /** A closing chrome marker came between the previous block and this one. */
  afterClosingChrome: boolean;
}

/** NBSP, tabs and runs of spaces become one space; zero-width characters go. */
function cleanInline(text: string): string {
  return text
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

/** Splits a line into its text and whether it carried closing chrome. */
function stripChrome(line: string): { text: string; closing: boolean } {
  const trimmed = cleanInline(line);
  if (CHROME_LINE.test(trimmed)) return { text: '', closing: CLOSING_CHROME.test(trimmed) };
  if (INLINE_LINK.test(trimmed) || isShareLine(trimmed)) return { text: '', closing: false };
  const glued = GLUED_CLOSING_CHROME.exec(trimmed);
  if (glued) return { text: trimmed.slice(0, glued.index) + glued[1], closing: true };
  return { text: trimmed, closing: false };
}

/** A quick look for a line that may be only a date, before asking the date parser. */
const DATE_LINE_START =
  /^(?:(?:Published|Updated|Posted|Last updated|First published)\b|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s|\d{1,2}\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})/u;

/** Is a line a byline ("By Li Wei", "Tesfaye Alemu in Addis Ababa") or only a date? */
function headerField(text: string): boolean {
  if (text.length > 80) return false;
  // (a capital after "By": "By then the talks had ended" is a wrapped sentence)
  if ((/^By \p{Lu}/u.test(text) || /\sin\s/.test(text)) && isByline(text)) return true;
  return DATE_LINE_START.test(text) && dateOnly(text) !== null;
}

function toBlocks(raw: string): Block[] {
  const blocks: Block[] = [];
  let lines: string[] = [];
  let gap = 0;
  let gapBefore = 0;
  let closing = false;
  const flush = () => {
    if (!lines.length) return;
    blocks.push({ text: lines.join(' '), gapBefore, afterClosingChrome: closing });
    closing = false;
    lines = [];
  };
  for (const line of raw.replace(/\r\n?/g, '\n').split('\n')) {
    const { text, closing: closes } = stripChrome(line);
    if (text) {
      // a byline or a date line under the headline is a field of its own, blank line or not
      // ("SCO ministers meet\nBy Li Wei in Qingdao\nPublished: June 26, 2025")
      const field = headerField(text);
      if (field) flush();
      if (!lines.length) gapBefore = gap;
      lines.push(text);
      gap = 0;
      if (field) flush();
    } else {
      flush();
      if (line.trim() === '') gap += 1; // chrome-only lines do not widen the gap
    }
    if (closes) {
      flush();
      closing = true;
      gap = 0;
    }
  }
  flush();
  return blocks;
}

/** Short and not ending like a sentence (closing quotes and brackets ignored). */
export function isHeadingLike(text: string): boolean {
  const words = text.split(' ').length;
  if (words > HEADING_MAX_WORDS || text.length > HEADING_MAX_CHARS) return false;
  const tail = text.replace(/["”’')\]]+$/, '');
  return !/[.!?…:;,]$/.test(tail);
}

/**
 * PLACE (in capitals, optionally ", D.C." / ", June 15" / "(Reuters)"), a dash (or "--", or a
 * colon after the agency: "ISLAMABAD, Oct 15 (APP): "), then a capitalised word.
 */
const DATELINE =
  /^([A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+)*(?:,\s*[^–—―\n]{1,40}?|\s*\([^)\n]{1,40}\))?)(?:\s+--\s*|\s*[–—―]\s*|\s+-\s*|-\s+|(?<=\))\s*:\s+)(?=["“‘'(]?[\p{Lu}\p{N}])/u;

/** The news agency's own form: "MOSCOW, June 5. /TASS/. The ..." (place and date, the agency between slashes). */
const AGENCY_DATELINE =
  /^([A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+)*(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?)\.?\s*\/([A-Z][A-Za-z-]{1,20})\/\.?\s+(?=["“‘'(]?[\p{Lu}\p{N}])/u;

/** `{ dateline, rest }` when the paragraph opens with a dateline, else null. */
export function parseDateline(paragraph: string): { dateline: string; rest: string } | null {
  const agency = AGENCY_DATELINE.exec(paragraph);
  if (agency) {
    const rest = paragraph.slice(agency[0].length);
    return rest ? { dateline: `${agency[1].trim()} (${agency[2]})`, rest } : null;
  }
  const match = DATELINE.exec(paragraph);
  if (!match) return null;
  const rest = paragraph.slice(match[0].length);
  return rest ? { dateline: match[1].trim(), rest } : null;
}

/** The usual blank-line gap between paragraphs: the median, at least 1. */
function typicalGap(blocks: Block[]): number {
  const gaps = blocks
    .slice(1)
    .map((b) => b.gapBefore)
    .sort((a, b) => a - b);
  return Math.max(1, gaps[Math.floor(gaps.length / 2)] ?? 1);
}

/** Is a heading-like block, met after body text, followed by a dateline paragraph? */
function precedesDateline(blocks: Block[], i: number): boolean {
  let next = i + 1;
  while (next < blocks.length && next - i <= 3 && isHeadingLike(blocks[next].text)) next += 1;
  return next < blocks.length && parseDateline(blocks[next].text) !== null;
}

/** Groups blocks into articles; each group starts with its headline block. */
function segment(blocks: Block[]): Block[][] {
  const wideGap = Math.max(MIN_ARTICLE_GAP, 2 * typicalGap(blocks) + 1);
  const articles: Block[][] = [];
  let current: Block[] = [];
  let hasBody = false;
  blocks.forEach((block, i) => {
    const heading = isHeadingLike(block.text);
    const opens =
      heading && (block.afterClosingChrome || (hasBody && (block.gapBefore >= wideGap || precedesDateline(blocks, i))));
    if (current.length && opens) {
      articles.push(current);
      current = [];
      hasBody = false;
    }
    if (current.length && !heading) hasBody = true;
    current.push(block);
  });
  if (current.length) articles.push(current);
  return articles;
}

function buildSections(paras: { text: string; heading: boolean }[]): ExtractedSection[] {
  const sections: { heading: string | null; parts: string[] }[] = [];
  for (const p of paras) {
    if (p.heading) sections.push({ heading: p.text, parts: [] });
    else if (sections.length) sections[sections.length - 1].parts.push(p.text);
    else sections.push({ heading: null, parts: [p.text] });
  }
  return sections.map((s) => ({ heading: s.heading, text: s.parts.join(PARAGRAPH_SEPARATOR) }));
}

/**
 * Metadata at the top of a body, as pages print it: a byline line ("By Ana Ribeiro." ends
 * like a sentence, so it may open the body), a line that is only a date, and a dateline
 * ("ADDIS ABABA, Feb. 16, 2025 –") with the date it states. What the caller already
 * found wins. Removes them from `paragraphs` (the dateline from the first).
 */
export function takeBodyLead(
  paragraphs: string[],
  found: { byline: string | null; publishedAt: string | null },
): { byline: string | null; publishedAt: string | null; dateline: string | null } {
  let { byline, publishedAt } = found;
  while (paragraphs.length > 1) {
    const first = paragraphs[0];
    if (!byline && isByline(first) && parseDateline(first) === null) byline = first;
    else {
      const date = publishedAt ? null : dateOnly(first);
      if (!date) break;
      publishedAt = date;
    }
    paragraphs.shift();
  }
  let dateline: string | null = null;
  const dated = paragraphs.length ? parseDateline(paragraphs[0]) : null;
  if (dated) {
    paragraphs[0] = dated.rest;
    const stated = splitDatelineDate(dated.dateline);
    dateline = stated.dateline;
    publishedAt ??= stated.publishedAt;
  }
  return { byline, publishedAt, dateline };
}

function buildArticle(blocks: Block[]): SplitArticle | null {
  const [headline, ...rest] = blocks;
  let first = rest.findIndex((b) => !isHeadingLike(b.text) || parseDateline(b.text) !== null);
  if (first < 0) first = rest.length;
  // the blocks between headline and body: a byline and a date line are metadata, the rest the deck
  let byline: string | null = null;
  let publishedAt: string | null = null;
  const deck: string[] = [];
  for (const b of rest.slice(0, first)) {
    const date = dateOnly(b.text);
    if (!byline && isByline(b.text)) byline = b.text;
    else if (!publishedAt && date) publishedAt = date;
    else deck.push(b.text);
  }
  const bodyBlocks = rest.slice(first).map((b) => b.text);
  if (!bodyBlocks.length) return null;
  const lead = takeBodyLead(bodyBlocks, { byline, publishedAt });
  ({ byline, publishedAt } = lead);
  const { dateline } = lead;
  const paras = bodyBlocks.map((text, i) => ({ text, heading: i > 0 && isHeadingLike(text) }));
  const article: SplitArticle = {
    title: headline.text,
    subtitle: deck.length ? deck.join('\n') : null,
    dateline,
    body: bodyBlocks.join(PARAGRAPH_SEPARATOR),
    sections: buildSections(paras),
  };
  if (byline) article.byline = byline;
  if (publishedAt) article.publishedAt = publishedAt;
  return article;
}

/** Splits a raw dump into clean articles, in the order they appear. */
export function splitArticles(raw: string): SplitArticle[] {
  return segment(toBlocks(CHARACTER_REFERENCE.test(raw) ? decodeHTMLStrict(raw) : raw))
    .map(buildArticle)
    .filter((a): a is SplitArticle => a !== null);
}

/** A named or numeric character reference ("&amp;", "&#8220;", "&#x201C;"). */
const CHARACTER_REFERENCE = /&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});/;

/** The paragraphs of a body (separated by exactly "\n\n"), with their offsets. */
export function paragraphs(body: string): ParagraphSpan[] {
  const out: ParagraphSpan[] = [];
  let start = 0;
  body.split(PARAGRAPH_SEPARATOR).forEach((text, index) => {
    out.push({ index, start, end: start + text.length, text });
    start += text.length + PARAGRAPH_SEPARATOR.length;
  });
  return out;
}

/** 0-based index of the paragraph containing `offset`. */
export function paragraphIndexAt(body: string, offset: number): number {
  return paragraphs(body).findIndex((p) => offset >= p.start && offset <= p.end);
}

/** Words whose trailing period does not end a sentence. Lowercase, without the period. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'mt',
  'gen',
  'col',
  'lt',
  'maj',
  'capt',
  'brig',
  'cmdr',
  'sgt',
  'adm',
  'gov',
  'sen',
  'rep',
  'pres',
  'amb',
  'hon',
  'rev',
  'jr',
  'sr',
  'inc',
  'ltd',
  'co',
  'corp',
  'vs',
  'approx',
  'dept',
  'fig',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'e.g',
  'i.e',
  'cf',
  'al',
]);

/** Is the period at `dot` part of an abbreviation, an initial or a dotted acronym ("U.S.")? */
/**
 * The run of letters and dots just before `dot` ("U.S", "Dr"), or '' when it is glued
 * to a digit. Scanned backwards so that a paragraph with thousands of periods stays
 * linear (an end-anchored regex on the prefix made it quadratic).
 */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1])) i -= 1;
  if (i > 0 && /\p{N}/u.test(text[i - 1])) return '';
  return text.slice(i, dot);
}

function isAbbreviation(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (!word) return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // "No. 2", "Nos. 3 and 4": a number follows
  if ((word === 'No' || word === 'Nos') && /^\s+\d/.test(text.slice(dot + 1, dot + 4))) return true;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Smith"
  return /^(?:\p{L}\.)+\p{L}$/u.test(word); // "U.S", "e.g"
}

/**
 * A sentence ends at . ! ? or … (plus any closing quotes or brackets) followed by
 * whitespace and something that can open a sentence (a capital, a digit, an opening
 * quote or bracket), or at the end of its paragraph. "3.5" never matches (no space after
 * the period); abbreviations and initials are skipped.
 */
const SENTENCE_END = /[.!?…]+["”’')\]]*(?=\s+["“‘'(\[]?[\p{Lu}\p{N}])/gu;

/**
 * After an abbreviation's period, a capitalised pronoun or article followed by a
 * lower-case word opens a new sentence ("... in the U.S. He says ...", "at 7 p.m. She
 * added"): no name follows a title that way ("Gen. He Weidong" keeps its capital).
 */
const SENTENCE_OPENER = /^\s+(?:He|She|They|We|It|I|The|His|Her|Their|Its|But)\s+\p{Ll}/u;
function pronounOpens(text: string, after: number): boolean {
  return SENTENCE_OPENER.test(text.slice(after, after + 24));
}

function sentencesOf(para: TextSpan): TextSpan[] {
  const out: TextSpan[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = para.text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) out.push({ start: para.start + start + lead, end: para.start + start + lead + text.length, text });
  };
  for (const m of para.text.matchAll(SENTENCE_END)) {
    if (m[0] === '.' && isAbbreviation(para.text, m.index) && !pronounOpens(para.text, m.index + 1)) continue;
    const end = m.index + m[0].length;
    push(end);
    start = end;
  }
  push(para.text.length);
  return out;
}

/** Sentence spans of a body with offsets into it; a sentence never crosses a paragraph. */
export function splitSentences(body: string): TextSpan[] {
  return paragraphs(body).flatMap(sentencesOf);
}
