/**
 * Text primitives shared by every extraction step: one linear tokenizer, a token trie
 * for gazetteer look-ups (longest match, O(text × longest entry)), and small helpers.
 *
 * Tokens are maximal runs of letters/digits, or single punctuation characters, so a
 * gazetteer entry can only ever match whole words ("India" never hits "Indiana",
 * "Asia" never hits "Eurasian"). Apostrophes and hyphens are normalised in `norm`
 * (’ ‘ ` → ', ‐ ‑ → -) so entries are written once with straight characters.
 */
import type { Span } from '../types.js';

export interface Token {
  /** Offset of the first character in the text. */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** As written. */
  text: string;
  /** Apostrophes and hyphens normalised. */
  norm: string;
  /** A word (letters/digits) rather than a punctuation character. */
  word: boolean;
  /** Whitespace (or the start of the text) before this token. */
  spaceBefore: boolean;
  /** Index in the token array. */
  i: number;
}

const TOKEN = /([\p{L}\p{M}\p{N}]+)|[^\s\p{L}\p{M}\p{N}]/gu;

export function normChar(text: string): string {
  return text.replace(/[’‘`´]/g, "'").replace(/[‐‑]/g, '-');
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const word = m[1] !== undefined;
    out.push({
      start,
      end: start + m[0].length,
      text: m[0],
      norm: word ? m[0] : normChar(m[0]),
      word,
      spaceBefore: start === 0 || start > last,
      i: out.length,
    });
    last = start + m[0].length;
  }
  return out;
}

/** Tokenizes a gazetteer entry the same way as the text: the key sequence. */
export function keyOf(phrase: string): string[] {
  return tokenize(normChar(phrase)).map((t) => t.norm);
}

export function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

export const isCapitalized = (w: string) => /^[\p{Lu}]/u.test(w);
export const isAllCaps = (w: string) => /^[\p{Lu}\p{N}]+$/u.test(w) && /\p{Lu}/u.test(w);
export const isNumber = (w: string) => /^\p{N}+$/u.test(w);
export const isApostrophe = (t: Token | undefined) => !!t && t.norm === "'";
export const isHyphen = (t: Token | undefined) => !!t && t.norm === '-';

/** The token starting exactly at `offset`, via binary search. */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return lo;
}

interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  value?: V;
}

export interface TrieMatch<V> {
  /** First token index. */
  from: number;
  /** Index after the last token. */
  to: number;
  value: V;
}

/**
 * A trie over token keys. `caseInsensitive` tries compare lower-cased keys. Entries
 * whose value is `null` are *blockers*: they win as the longest match and produce no
 * hit ("New Mexico" stops "Mexico", "Latin America" stops "America").
 */
export class TokenTrie<V> {
  private readonly root: TrieNode<V | null> = { next: new Map() };
  private depth = 0;
  constructor(readonly caseInsensitive = false) {}

  private k(s: string) {
    return this.caseInsensitive ? s.toLowerCase() : s;
  }

  add(phrase: string | string[], value: V | null, overwrite = false): void {
    const keys = typeof phrase === 'string' ? keyOf(phrase) : phrase;
    if (!keys.length) return;
    let node = this.root;
    for (const key of keys) {
      const k = this.k(key);
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map() };
        node.next.set(k, child);
      }
      node = child;
    }
    if (overwrite || node.value === undefined) node.value = value;
    this.depth = Math.max(this.depth, keys.length);
  }

  /** Longest entry starting at token `i`, or null. Blockers are returned too (value null). */
  longestAt(tokens: Token[], i: number, limit = tokens.length): TrieMatch<V | null> | null {
    let node: TrieNode<V | null> | undefined = this.root;
    let best: TrieMatch<V | null> | null = null;
    for (let j = i; j < limit && node; j += 1) {
      node = node.next.get(this.k(tokens[j].norm));
      if (node && node.value !== undefined) best = { from: i, to: j + 1, value: node.value };
    }
    return best;
  }

  /** The entry spelled exactly by tokens [i, to), if any. */
  exact(tokens: Token[], i: number, to: number): V | null | undefined {
    let node: TrieNode<V | null> | undefined = this.root;
    for (let j = i; j < to && node; j += 1) node = node.next.get(this.k(tokens[j].norm));
    return node?.value;
  }

  /** Non-overlapping longest matches, left to right, within tokens [from, to). */
  scan(tokens: Token[], from = 0, to = tokens.length): TrieMatch<V>[] {
    const out: TrieMatch<V>[] = [];
    for (let i = from; i < to;) {
      const m = this.longestAt(tokens, i, to);
      if (m) {
        if (m.value !== null) out.push(m as TrieMatch<V>);
        i = m.to;
      } else i += 1;
    }
    return out;
  }
}

/** Merges spans, drops exact duplicates, sorts by position. */
export function sortSpans(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans
    .filter((s) => {
      const k = `${s.start}:${s.end}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

const normCache = new Map<string, string>();

/** Lower-cased, straight apostrophes, no leading "the", single spaces: for comparing names. */
export function normName(name: string): string {
  const hit = normCache.get(name);
  if (hit !== undefined) return hit;
  let n = name.toLowerCase();
  if (/[’‘`´‐‑]/.test(n)) n = normChar(n);
  if (n.includes('-')) n = n.replace(/ *- */g, '-');
  if (/\s\s|[^\S ]/.test(n)) n = n.replace(/\s+/g, ' ');
  n = n.trim();
  if (n.startsWith('the ')) n = n.slice(4);
  if (normCache.size > 50_000) normCache.clear();
  normCache.set(name, n);
  return n;
}

/**
 * Double quotation marks typed as two apostrophes or backticks (''...'' and ``...'', the
 * style of some news archives) rewritten as curly marks, keeping every offset: the mark
 * stays against the words it encloses and the spare character becomes a space on its other
 * side (` ''We` → `  “We`, `said.'' He` → `said.”  He`), so that a closing mark stays in its
 * sentence; a pair between words (`''We''re`) keeps its space inside. Any other apostrophe is
 * kept. Extraction reads this copy; texts it returns are sliced from the original.
 */
export function curlyDoubleQuotes(text: string): string {
  if (!text.includes("''") && !text.includes('``')) return text;
  let out = '';
  let last = 0;
  for (const m of text.matchAll(/``|'{2,3}/g)) {
    const at = m.index;
    const run = m[0];
    const prev = at === 0 ? ' ' : text[at - 1];
    const end = at + run.length;
    const after = end >= text.length ? ' ' : text[end];
    let rep: string | null = null;
    if (/[\s(\[—–-]/.test(prev) && /\S/.test(after)) {
      // opening (a third mark opens a nested single quote: '''We)
      rep = /\s/.test(prev) && run.length === 2 ? ' “' : `“ ${run.slice(2)}`;
    } else if (run !== '``' && /\S/.test(prev) && /[\s,.;:!?)\]—–-]/.test(after)) {
      // closing (a mark before it closes a nested single quote: them,''')
      rep = run.length === 3 ? "' ”" : /\s/.test(after) || end >= text.length ? '” ' : ' ”';
    }
    if (rep) {
      out += text.slice(last, at) + rep;
      last = end;
    }
  }
  return out + text.slice(last);
}

/**
 * Typographic variants read as the characters the rules know, one character for one so that
 * every offset holds: the horizontal bar (U+2015, the quotation dash: "“...” ― Jane Doe"), the
 * figure dash and the two- and three-em dashes as an em dash; a no-break, narrow, thin or
 * other fixed-width space as a space ("“...”\u00a0― Jane\u00a0Doe"); the reversed, ornamental
 * and full-width quotation marks as the curly or straight ones ("‟We are ready,” ...",
 * "❝...❞", "＂...＂"). Hyphens inside words are left as written.
 */
export function plainTypography(text: string): string {
  return PLAIN_VARIANT.test(text) ? text.replace(PLAIN_VARIANTS, (c) => PLAIN[c]) : text;
}
/** No-break, fixed-width and ideographic spaces. */
const SPACES = '\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000';
const PLAIN: Record<string, string> = {
  ...Object.fromEntries([...'‒―⸺⸻'].map((c) => [c, '—'])),
  ...Object.fromEntries([...'‟❝〝'].map((c) => [c, '“'])),
  ...Object.fromEntries([...'❞〞'].map((c) => [c, '”'])),
  '‛': '‘',
  '＂': '"',
  '＇': "'",
  ...Object.fromEntries([...SPACES].map((c) => [c, ' '])),
};
const PLAIN_VARIANT = new RegExp(`[${Object.keys(PLAIN).join('')}]`);
const PLAIN_VARIANTS = new RegExp(PLAIN_VARIANT.source, 'g');

/** `s` with the characters a regular expression reads specially escaped. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
