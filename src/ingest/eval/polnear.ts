/**
 * PolNeAR (Newell, Margolin and Ruths, LREC 2018) as a development set for statements:
 * a reader for its brat standoff annotations and a scorer of extracted statements
 * against them. Pure functions except {@link loadPolnear}, which reads a folder laid out
 * as `<split>/text/<name>.txt` + `<split>/attributions/<name>_<annotator>.ann` (the first
 * `.ann` of an article, in name order, is used).
 *
 * Definitions (offsets are into the article text, 0-based, end exclusive):
 *
 * - An attribution is an `E` line tying a Content span to its Source and Cue spans.
 * - It is a **direct quote** when at least half of its Content's non-space characters lie
 *   inside quotation marks (curly or straight, double or single-curly, or two apostrophes
 *   typed for a double mark: ''...''); otherwise it is
 *   **reported speech**.
 * - Direct-quote **recall**: share of gold direct quotes overlapped (one character is
 *   enough) by an extracted `DIRECT_QUOTE`. **Precision**: share of extracted
 *   `DIRECT_QUOTE`s that overlap some gold Content (any attribution: the quoted words
 *   of `said that the plan was "dead on arrival"` are a direct quote of the speaker).
 * - **Speaker as written**: over recalled gold direct quotes with a Source, the share
 *   where the extracted `speakerName` names the annotated Source: equal after
 *   normalisation (case, a leading "the", punctuation, possessive), or one is a run of
 *   whole words of the other ("Trump" for "Donald Trump", "Sen. Ted Cruz" for "Ted Cruz").
 * - **Cue**: the same over gold direct quotes with a Cue, comparing `verb` with the Cue
 *   (the verb's words appear in the Cue, or the Cue's in the verb).
 * - **Reported-speech recall**: share of gold reported-speech Contents overlapped by an
 *   extracted `REPORTED_SPEECH` or `POSITION` (PolNeAR annotates beliefs and stances too,
 *   so this recall is a ceiling-less diagnostic, not a target). **Precision**: share of
 *   extracted `REPORTED_SPEECH` and `POSITION` statements that overlap some gold Content.
 *   **Speaker as written** for them: as for quotes, over recalled reported speech with a
 *   Source (the statement overlapping most of the Content speaks for it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { curlyDoubleQuotes } from '../extract/text.js';
import type { ExtractedStatement, SplitArticle } from '../types.js';

export interface BratSpan {
  id: string;
  label: string;
  /** Fragments `[start, end)`; usually one. */
  fragments: [number, number][];
  text: string;
}

export interface Attribution {
  id: string;
  source: BratSpan | null;
  cue: BratSpan | null;
  content: BratSpan;
}

/** Parses brat standoff text (T and E lines; other lines are ignored). */
export function parseBrat(ann: string): Attribution[] {
  const spans = new Map<string, BratSpan>();
  const events: { id: string; args: Record<string, string> }[] = [];
  for (const line of ann.split('\n')) {
    if (!line.trim()) continue;
    const cols = line.split('\t');
    const id = cols[0];
    if (id.startsWith('T') && cols.length >= 2) {
      const m = /^(\S+)\s+(.+)$/.exec(cols[1]);
      if (!m) continue;
      const fragments = m[2].split(';').map((f) => f.trim().split(/\s+/).map(Number) as [number, number]);
      if (fragments.some((f) => f.length !== 2 || !Number.isFinite(f[0]) || !Number.isFinite(f[1]))) continue;
      spans.set(id, { id, label: m[1], fragments, text: cols.slice(2).join('\t') });
    } else if (id.startsWith('E') && cols.length >= 2) {
      const args: Record<string, string> = {};
      for (const part of cols[1].trim().split(/\s+/)) {
        const k = part.indexOf(':');
        if (k > 0) args[part.slice(0, k)] = part.slice(k + 1);
      }
      events.push({ id, args });
    }
  }
  const out: Attribution[] = [];
  for (const e of events) {
    const content = e.args.Content ? spans.get(e.args.Content) : undefined;
    if (!content) continue;
    out.push({
      id: e.id,
      content,
      source: (e.args.Source && spans.get(e.args.Source)) || null,
      cue: (e.args.Cue && spans.get(e.args.Cue)) || null,
    });
  }
  return out;
}

const OPENERS = new Set(['“', '"', '‘']);
const CLOSERS: Record<string, string[]> = { '“': ['”', '"'], '"': ['"', '”'], '‘': ['’'] };

/**
 * Share of the non-space characters of `text` inside quotation marks. A mark left open
 * runs to the end (contents often stop before the closing mark).
 */
export function quotedShare(quoted: string): number {
  // ''...'' (two apostrophes, as some archives type double marks) read as curly marks
  const text = curlyDoubleQuotes(quoted);
  let inside = 0;
  let total = 0;
  let open: string | null = null;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (open) {
      if (CLOSERS[open].includes(ch)) {
        // a single curly mark closes only when no letter follows (apostrophes: don’t)
        if (open !== '‘' || !/\p{L}/u.test(text[i + 1] ?? '')) {
          open = null;
          continue;
        }
      }
    } else if (OPENERS.has(ch)) {
      if (ch !== '‘' || !/\p{L}/u.test(text[i - 1] ?? '')) {
        open = ch;
        continue;
      }
    }
    if (/\s/.test(ch)) continue;
    total += 1;
    if (open) inside += 1;
  }
  return total ? inside / total : 0;
}

export interface PolnearArticle {
  name: string;
  /** The whole `.txt`. */
  text: string;
  /** Headline = first line; body = after the first blank line, at `bodyOffset` in `text`. */
  split: SplitArticle;
  bodyOffset: number;
  attributions: Attribution[];
}

/** Builds the split article from a PolNeAR text: headline on line 1, blank line, body. */
export function splitPolnear(text: string): { split: SplitArticle; bodyOffset: number } {
  const nl = text.indexOf('\n');
  const title = (nl < 0 ? text : text.slice(0, nl)).trim();
  let bodyOffset = nl < 0 ? text.length : nl + 1;
  while (bodyOffset < text.length && text[bodyOffset] === '\n') bodyOffset += 1;
  return { split: { title, subtitle: null, dateline: null, body: text.slice(bodyOffset), sections: [] }, bodyOffset };
}

/** Where PolNeAR lies: `$ACCORD_POLNEAR`, else `<repo>/../shared/polnear`. */
export function polnearDir(repoRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.ACCORD_POLNEAR || join(repoRoot, '..', 'shared', 'polnear');
}

/** Articles of one split (`train` or `dev`), in name order; `limit` keeps the first N. */
export function loadPolnear(dir: string, split: string, limit = Infinity): PolnearArticle[] {
  const textDir = join(dir, split, 'text');
  const annDir = join(dir, split, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) return [];
  const anns = readdirSync(annDir)
    .filter((f) => f.endsWith('.ann'))
    .sort();
  const firstAnn = new Map<string, string>();
  for (const f of anns) {
    const name = f.replace(/_[^_]+\.ann$/, '');
    if (!firstAnn.has(name)) firstAnn.set(name, f);
  }
  const out: PolnearArticle[] = [];
  for (const f of readdirSync(textDir)
    .filter((x) => x.endsWith('.txt'))
    .sort()) {
    if (out.length >= limit) break;
    const name = f.slice(0, -4);
    const ann = firstAnn.get(name);
    if (!ann) continue;
    const text = readFileSync(join(textDir, f), 'utf8');
    const { split, bodyOffset } = splitPolnear(text);
    out.push({ name, text, split, bodyOffset, attributions: parseBrat(readFileSync(join(annDir, ann), 'utf8')) });
  }
  return out;
}

// ------------------------------------------------------------------ scoring

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/^\s*the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

const wordRun = (small: string, big: string) => ` ${big} `.includes(` ${small} `);

/** Does an extracted speakerName name the annotated Source? (see the module comment) */
export function sameSpeaker(predicted: string | null, source: string): boolean {
  if (!predicted) return false;
  const p = norm(predicted);
  const s = norm(source);
  if (!p || !s) return false;
  return p === s || wordRun(p, s) || wordRun(s, p);
}

/** Does an extracted verb match the annotated Cue? */
export function sameCue(verb: string | null, cue: string): boolean {
  if (!verb) return false;
  const v = norm(verb);
  const c = norm(cue);
  return !!v && !!c && (wordRun(v, c) || wordRun(c, v));
}

export interface Ratio {
  hit: number;
  total: number;
}
const ratio = (): Ratio => ({ hit: 0, total: 0 });
export const rate = (r: Ratio) => (r.total ? r.hit / r.total : 1);

export type MissClass = 'dq-miss' | 'dq-fp' | 'speaker' | 'cue' | 'rs-miss' | 'rs-fp' | 'rs-speaker';

export interface PolnearMiss {
  article: string;
  class: MissClass;
  /** Offsets into the article text. */
  start: number;
  end: number;
  gold: string | null;
  predicted: string | null;
}

export interface PolnearScores {
  articles: number;
  directRecall: Ratio;
  directPrecision: Ratio;
  speaker: Ratio;
  cue: Ratio;
  reportedRecall: Ratio;
  reportedPrecision: Ratio;
  reportedSpeaker: Ratio;
  /** Extracted statements by kind (for context). */
  extracted: Record<string, number>;
}

export interface PolnearReport {
  scores: PolnearScores;
  misses: PolnearMiss[];
}

const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];
const fragsOverlap = (fs: [number, number][], s: [number, number]) => fs.some((f) => overlaps(f, s));

export function emptyScores(): PolnearScores {
  return {
    articles: 0,
    directRecall: ratio(),
    directPrecision: ratio(),
    speaker: ratio(),
    cue: ratio(),
    reportedRecall: ratio(),
    reportedPrecision: ratio(),
    reportedSpeaker: ratio(),
    extracted: {},
  };
}

/**
 * Scores the statements extracted from one article. `bodyOffset` maps statement offsets
 * (into the body) to the text the annotations point into.
 */
export function scoreArticle(
  a: Pick<PolnearArticle, 'name' | 'attributions'>,
  statements: ExtractedStatement[],
  bodyOffset: number,
  into: PolnearScores = emptyScores(),
): PolnearMiss[] {
  const misses: PolnearMiss[] = [];
  into.articles += 1;
  const span = (s: ExtractedStatement): [number, number] => [s.startOffset + bodyOffset, s.endOffset + bodyOffset];
  for (const s of statements) into.extracted[s.kind] = (into.extracted[s.kind] ?? 0) + 1;
  const dq = statements.filter((s) => s.kind === 'DIRECT_QUOTE');
  const other = statements.filter((s) => s.kind !== 'DIRECT_QUOTE');
  const direct = a.attributions.filter((x) => quotedShare(x.content.text) >= 0.5);
  const reported = a.attributions.filter((x) => quotedShare(x.content.text) < 0.5);
  const gspan = (x: Attribution): [number, number] => [
    x.content.fragments[0][0],
    x.content.fragments[x.content.fragments.length - 1][1],
  ];
  /** The extracted statement (of `among`) overlapping most of a gold content. */
  const bestOf = (g: Attribution, among: ExtractedStatement[]): ExtractedStatement | null => {
    let best: ExtractedStatement | null = null;
    let bestLen = 0;
    for (const s of among) {
      const sp = span(s);
      let len = 0;
      for (const f of g.content.fragments) len += Math.max(0, Math.min(f[1], sp[1]) - Math.max(f[0], sp[0]));
      if (len > bestLen) {
        best = s;
        bestLen = len;
      }
    }
    return best;
  };
  /** Recall, speaker (and cue) over one family of gold contents; precision over what was extracted for it. */
  const family = (
    golds: Attribution[],
    extracted: ExtractedStatement[],
    r: { recall: Ratio; speaker: Ratio; precision: Ratio; cue?: Ratio },
    cls: { miss: MissClass; speaker: MissClass; fp: MissClass },
  ) => {
    for (const g of golds) {
      r.recall.total += 1;
      // the extracted statement overlapping most of the content speaks for it
      const best = bestOf(g, extracted);
      const [gs, ge] = gspan(g);
      const miss = (c: MissClass, gold: string | null, predicted: string | null) =>
        misses.push({ article: a.name, class: c, start: gs, end: ge, gold, predicted });
      if (!best) {
        miss(cls.miss, g.source?.text ?? null, null);
        continue;
      }
      r.recall.hit += 1;
      if (g.source) {
        r.speaker.total += 1;
        if (sameSpeaker(best.speakerName, g.source.text)) r.speaker.hit += 1;
        else miss(cls.speaker, g.source.text, best.speakerName);
      }
      if (r.cue && g.cue) {
        r.cue.total += 1;
        if (sameCue(best.verb, g.cue.text)) r.cue.hit += 1;
        else miss('cue', g.cue.text, best.verb);
      }
    }
    for (const s of extracted) {
      r.precision.total += 1;
      const sp = span(s);
      if (a.attributions.some((x) => fragsOverlap(x.content.fragments, sp))) r.precision.hit += 1;
      else
        misses.push({ article: a.name, class: cls.fp, start: sp[0], end: sp[1], gold: null, predicted: s.speakerName });
    }
  };
  family(
    direct,
    dq,
    { recall: into.directRecall, speaker: into.speaker, precision: into.directPrecision, cue: into.cue },
    { miss: 'dq-miss', speaker: 'speaker', fp: 'dq-fp' },
  );
  family(
    reported,
    other,
    { recall: into.reportedRecall, speaker: into.reportedSpeaker, precision: into.reportedPrecision },
    { miss: 'rs-miss', speaker: 'rs-speaker', fp: 'rs-fp' },
  );
  return misses;
}

/** Scores a whole split with an extraction function (the split article in, statements out). */
export function scorePolnear(
  articles: PolnearArticle[],
  extract: (a: SplitArticle) => ExtractedStatement[],
): PolnearReport {
  const scores = emptyScores();
  const misses: PolnearMiss[] = [];
  for (const a of articles) misses.push(...scoreArticle(a, extract(a.split), a.bodyOffset, scores));
  return { scores, misses };
}

const f3 = (x: number) => x.toFixed(3);

/** One line per measure. */
export function formatPolnear(name: string, s: PolnearScores, seconds?: number): string {
  const line = (label: string, r: Ratio) => `  ${label.padEnd(28)} ${f3(rate(r))}  (${r.hit}/${r.total})`;
  const kinds = Object.entries(s.extracted)
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  return [
    `# polnear/${name} (${s.articles} articles${seconds !== undefined ? `, ${seconds.toFixed(1)} s` : ''})`,
    line('direct-quote recall', s.directRecall),
    line('direct-quote precision', s.directPrecision),
    line('speaker as written', s.speaker),
    line('cue', s.cue),
    line('reported-speech recall', s.reportedRecall),
    line('reported-speech precision', s.reportedPrecision),
    line('reported-speech speaker', s.reportedSpeaker),
    `  extracted: ${kinds || 'nothing'}`,
  ].join('\n');
}
