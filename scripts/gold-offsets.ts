/**
 * Builds a gold file (`GoldFile`, src/ingest/types.ts) from a hand-written annotation
 * source, so that the annotator chooses every entity and statement by reading, and never
 * types an offset.
 *
 *   node --import @swc-node/register/esm-register scripts/gold-offsets.ts \
 *     data/gold/sco-2021.source.json data/gold/sco-2021.json
 *
 * The source (see data/gold/sco-2021.source.json) names the corpus file, the canonical
 * organization and person records, and per article: country patterns, the organization
 * and person keys present, the initiatives, and the statements by their exact text.
 * Offsets are found by search; the rules of data/gold/GUIDELINES.md that are mechanical
 * are applied here:
 * - a pattern matches as a whole word (no letter or digit on either side), everywhere
 *   (optionally in context: `prefix [[mention]] suffix`);
 * - names layer (organizations, initiatives, people): a match inside a longer match of
 *   the layer is dropped (longest name wins); countries are matched independently;
 * - a statement's entity lists are the entities with a mention inside its span.
 * It fails loudly when a pattern or a statement text is not found, or is ambiguous.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { splitArticles, paragraphIndexAt } from '../src/ingest/split.js';
import type {
  EntityRef,
  ExtractedArticle,
  ExtractedInitiative,
  ExtractedOrganization,
  ExtractedPerson,
  ExtractedStatement,
  GoldFile,
  Span,
} from '../src/ingest/types.js';

type WithPatterns<T> = Omit<T, 'mentions'> & { patterns: string[] };

interface SourceStatement extends Omit<
  ExtractedStatement,
  'paragraph' | 'startOffset' | 'endOffset' | 'countries' | 'organizations' | 'initiatives'
> {
  /** 0-based occurrence of `text` in the body when it occurs more than once. */
  occurrence?: number;
}

interface SourceArticle {
  /** ISO2 -> the names and demonyms used for it in this article. */
  countries: Record<string, string[]>;
  organizations: string[];
  people: string[];
  initiatives: WithPatterns<ExtractedInitiative>[];
  statements: SourceStatement[];
}

export interface GoldSource {
  corpus: string;
  organizations: Record<string, WithPatterns<Omit<ExtractedOrganization, 'key'>>>;
  people: Record<string, WithPatterns<Omit<ExtractedPerson, 'key'>>>;
  articles: SourceArticle[];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every whole-word occurrence of any pattern. A pattern may carry context around the
 * mention, `Tajikistan’s [[Association for Friendship with Foreign Countries]]`: the
 * context must match, only the bracketed part is the span.
 */
function find(body: string, patterns: string[]): Span[] {
  const spans: Span[] = [];
  for (const p of patterns) {
    const [, before = '', mention = p, after = ''] = /^(.*)\[\[(.+)\]\](.*)$/s.exec(p) ?? [];
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}])${escape(before)}(${escape(mention)})${escape(after)}(?![\\p{L}\\p{N}])`,
      'gu',
    );
    for (const m of body.matchAll(re)) {
      const start = m.index + before.length;
      spans.push({ start, end: start + mention.length, text: mention });
    }
  }
  return spans;
}

const inside = (a: Span, b: Span) => a.start >= b.start && a.end <= b.end;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;

/** Names layer: drop a match that overlaps a longer match of another entity (or a longer one of its own). */
function flatten(layer: Map<string, Span[]>): Map<string, Span[]> {
  const all = [...layer.entries()].flatMap(([key, spans]) => spans.map((s) => ({ key, s })));
  const out = new Map<string, Span[]>();
  for (const [key, spans] of layer) {
    const kept = spans.filter(
      (s) => !all.some((o) => o.s !== s && overlaps(o.s, s) && o.s.end - o.s.start > s.end - s.start),
    );
    const unique = kept.filter((s, i) => kept.findIndex((k) => k.start === s.start && k.end === s.end) === i);
    if (!unique.length) throw new Error(`no mention left for ${key}`);
    out.set(key, unique.sort(byStart));
  }
  return out;
}

function locate(body: string, st: SourceStatement): number {
  const hits: number[] = [];
  for (let i = body.indexOf(st.text); i >= 0; i = body.indexOf(st.text, i + 1)) hits.push(i);
  if (!hits.length) throw new Error(`statement not found: ${st.text.slice(0, 60)}`);
  if (hits.length > 1 && st.occurrence === undefined) throw new Error(`ambiguous statement: ${st.text.slice(0, 60)}`);
  return hits[st.occurrence ?? 0];
}

function keysInside(span: Span, entities: { key: string; mentions: Span[] }[]): string[] {
  return entities
    .map((e) => ({ key: e.key, first: e.mentions.find((m) => inside(m, span)) }))
    .filter((e) => e.first)
    .sort((a, b) => a.first!.start - b.first!.start)
    .map((e) => e.key);
}

function checkRef(ref: EntityRef, art: ExtractedArticle, where: string): void {
  const pool =
    ref.type === 'country'
      ? art.countries.map((c) => c.iso2)
      : ref.type === 'organization'
        ? art.organizations.map((o) => o.key)
        : art.people.map((p) => p.key);
  if (!pool.includes(ref.key)) throw new Error(`${where}: unresolved ${ref.type} ${ref.key}`);
}

function buildArticle(
  src: GoldSource,
  a: SourceArticle,
  split: ReturnType<typeof splitArticles>[number],
): ExtractedArticle {
  const body = split.body;
  const names = new Map<string, Span[]>();
  for (const k of a.organizations) names.set(`o:${k}`, find(body, src.organizations[k].patterns));
  for (const k of a.people) names.set(`p:${k}`, find(body, src.people[k].patterns));
  for (const i of a.initiatives) names.set(`i:${i.key}`, find(body, i.patterns));
  const flat = flatten(names);

  const countries = Object.entries(a.countries)
    .map(([iso2, patterns]) => ({ iso2, mentions: find(body, patterns).sort(byStart) }))
    .map((c) => {
      if (!c.mentions.length) throw new Error(`no mention for ${c.iso2}`);
      return c;
    })
    .sort((x, y) => x.mentions[0].start - y.mentions[0].start);
  const organizations = a.organizations
    .map((key) => {
      const { patterns: _p, ...rec } = src.organizations[key];
      return { key, ...rec, mentions: flat.get(`o:${key}`)! };
    })
    .sort((x, y) => x.mentions[0].start - y.mentions[0].start);
  const people = a.people.map((key) => {
    const { patterns: _p, ...rec } = src.people[key];
    return { key, ...rec, mentions: flat.get(`p:${key}`)! };
  });
  const initiatives = a.initiatives
    .map(({ patterns: _p, ...rec }) => ({ ...rec, mentions: flat.get(`i:${rec.key}`)! }))
    .sort((x, y) => x.mentions[0].start - y.mentions[0].start);

  const countryEntities = countries.map((c) => ({ key: c.iso2, mentions: c.mentions }));
  const statements = a.statements
    .map(({ occurrence: _o, ...st }) => {
      const start = locate(body, { ...st, occurrence: _o });
      const span = { start, end: start + st.text.length, text: st.text };
      return {
        ...st,
        paragraph: paragraphIndexAt(body, start),
        startOffset: span.start,
        endOffset: span.end,
        countries: keysInside(span, countryEntities),
        organizations: keysInside(span, organizations),
        initiatives: keysInside(span, initiatives),
      };
    })
    .sort((x, y) => x.startOffset - y.startOffset);

  // the byline is not part of an extracted article; a date the text states is its publishedAt (GUIDELINES §0)
  const { byline: _byline, publishedAt: stated, ...fields } = split;
  const art: ExtractedArticle = {
    ...fields,
    url: null,
    source: null,
    publishedAt: stated ?? null,
    language: 'en',
    countries,
    organizations,
    people,
    initiatives,
    statements,
  };
  for (const o of organizations) if (o.parent) checkRef({ type: 'organization', key: o.parent }, art, o.key);
  for (const p of people) if (p.organization) checkRef({ type: 'organization', key: p.organization }, art, p.key);
  for (const i of initiatives) for (const r of [...i.proposedBy, ...i.participants]) checkRef(r, art, i.key);
  for (const s of statements) if (s.speaker) checkRef(s.speaker, art, s.text.slice(0, 30));
  return art;
}

/** The gold file for a source and the raw corpus text it names. */
export function buildGold(src: GoldSource, raw: string): GoldFile {
  const split = splitArticles(raw);
  if (split.length !== src.articles.length)
    throw new Error(`corpus has ${split.length} articles, source ${src.articles.length}`);
  return { corpus: src.corpus, articles: src.articles.map((a, i) => buildArticle(src, a, split[i])) };
}

function main(sourcePath: string, outPath: string): void {
  const src = JSON.parse(readFileSync(sourcePath, 'utf8')) as GoldSource;
  writeFileSync(outPath, JSON.stringify(buildGold(src, readFileSync(src.corpus, 'utf8')), null, 2) + '\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [sourcePath, outPath] = process.argv.slice(2);
  if (!sourcePath || !outPath) {
    console.error('usage: gold-offsets.ts <source.json> <out.json>');
    process.exit(2);
  }
  main(sourcePath, outPath);
}
