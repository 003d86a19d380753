/**
 * Extraction vs gold, per article and per type. Pure functions: no I/O.
 *
 * Matching, precisely:
 *
 * - Articles are paired first: same title (exact), then the remaining ones in order
 *   of appearance. Items of an unpaired gold article are all false negatives, items of
 *   an unpaired extracted article all false positives.
 * - `split`: five items per article, `title`, `subtitle`, `dateline`, `body` and
 *   `sections` (the list of `{heading, text}`, compared as JSON). An item is a true
 *   positive when the extracted value is exactly equal (===) to the gold value.
 * - `countries`: the set of ISO2 codes per article.
 * - `organizations`, `people`, `initiatives`: one-to-one alignment per article. Each
 *   entity has name forms: `name`, `aliases` and, for organizations, `acronym`, each
 *   normalised by {@link normName} (lower case, straight apostrophes, no leading "the",
 *   single spaces, no spaces around hyphens). An extracted and a gold entity may pair
 *   when their names are equal (preferred) or when any form of one equals any form of the
 *   other. Pairs are true positives; unpaired extracted entities are false positives,
 *   unpaired gold entities false negatives. Attributes (kind, title, parent ...) are not
 *   scored here.
 * - `mentions`: the set of `(type, start, end)` per article over the four entity types,
 *   exact offsets; also broken down per type (`mentions.country` ...). The entity a
 *   mention belongs to is not compared (that is what the entity rows measure).
 * - `statements`: an extracted statement is a true positive when a gold statement of the
 *   same article has the same `startOffset` and `endOffset`, the same `kind`, and the same
 *   resolved speaker: both null, the same ISO2 for countries, or, for organizations and
 *   people, speakers that were paired by the entity alignment above. `statements.span`
 *   is the diagnostic variant with only the offsets compared.
 * - `offsets`: integrity of every span (all mentions and statements): valid when
 *   `0 <= start < end <= body.length`, `body.slice(start, end) === text` and, for
 *   statements, `paragraph` is the index of the paragraph holding `startOffset`.
 *   tp = valid extracted spans, fp = invalid extracted spans, fn = invalid gold spans
 *   (a broken gold span is one no extraction could ever match).
 */
import type {
  EntityRef,
  ExtractedArticle,
  ExtractedInitiative,
  ExtractedOrganization,
  ExtractedPerson,
  ExtractedStatement,
  Span,
} from '../types.js';
import { normName } from '../extract/text.js';
import { addScores, align, compareSets, score, type Score } from './metrics.js';

export const ROWS = [
  'split',
  'countries',
  'organizations',
  'people',
  'initiatives',
  'mentions',
  'mentions.country',
  'mentions.organization',
  'mentions.person',
  'mentions.initiative',
  'statements',
  'statements.span',
  'offsets',
] as const;
export type Row = (typeof ROWS)[number];

/** Share of paired records whose attribute equals the gold's. */
export interface Accuracy {
  correct: number;
  total: number;
}

export interface EvalError {
  article: string;
  row: Row | 'attributes';
  /** 'fp' = extracted but not in gold; 'fn' = in gold but not extracted. */
  type: 'fp' | 'fn';
  item: string;
}

export interface ArticleEval {
  title: string;
  scores: Record<Row, Score>;
}

export interface EvalReport {
  scores: Record<Row, Score>;
  articles: ArticleEval[];
  errors: EvalError[];
  /** Attribute accuracy over paired records (informational; not an F1 row). */
  attributes: Record<string, Accuracy>;
  attributeErrors: EvalError[];
}

const emptyScores = (): Record<Row, Score> =>
  Object.fromEntries(ROWS.map((r) => [r, score(0, 0, 0)])) as Record<Row, Score>;

type Named = { name: string; aliases: string[]; acronym?: string | null };

function forms(e: Named): Set<string> {
  return new Set([e.name, e.acronym ?? '', ...e.aliases].filter(Boolean).map(normName));
}

/** 0 = same name, 1 = some shared form, null = different entities. */
export function nameRank(a: Named, b: Named): number | null {
  if (normName(a.name) === normName(b.name)) return 0;
  const fa = forms(a);
  for (const f of forms(b)) if (fa.has(f)) return 1;
  return null;
}

const paragraphOf = (body: string, offset: number) => body.slice(0, offset).split('\n\n').length - 1;

/** Is a span consistent with the body? */
export function spanValid(body: string, s: Span): boolean {
  return s.start >= 0 && s.start < s.end && s.end <= body.length && body.slice(s.start, s.end) === s.text;
}

export function statementValid(body: string, s: ExtractedStatement): boolean {
  return (
    spanValid(body, { start: s.startOffset, end: s.endOffset, text: s.text }) &&
    s.paragraph === paragraphOf(body, s.startOffset)
  );
}

interface Mention extends Span {
  type: 'country' | 'organization' | 'person' | 'initiative';
}

function mentionsOf(a: ExtractedArticle): Mention[] {
  const out: Mention[] = [];
  for (const c of a.countries) for (const m of c.mentions) out.push({ ...m, type: 'country' });
  for (const o of a.organizations) for (const m of o.mentions) out.push({ ...m, type: 'organization' });
  for (const p of a.people) for (const m of p.mentions) out.push({ ...m, type: 'person' });
  for (const i of a.initiatives) for (const m of i.mentions) out.push({ ...m, type: 'initiative' });
  return out;
}

const showSpan = (s: Span) => `[${s.start},${s.end}) ${JSON.stringify(s.text)}`;
const showSpeaker = (r: EntityRef | null) => (r ? `${r.type}:${r.key}` : 'null');
const clip = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Pairs extracted with gold articles: same title first, then in order. */
export function pairArticles(
  predicted: ExtractedArticle[],
  gold: ExtractedArticle[],
): { pairs: [ExtractedArticle, ExtractedArticle][]; fp: ExtractedArticle[]; fn: ExtractedArticle[] } {
  const byTitle = align(predicted, gold, (p, g) => (p.title === g.title ? 0 : null));
  const restP = byTitle.fp;
  const restG = byTitle.fn;
  const n = Math.min(restP.length, restG.length);
  const pairs = [
    ...byTitle.pairs,
    ...restP.slice(0, n).map((p, i) => [p, restG[i]] as [ExtractedArticle, ExtractedArticle]),
  ];
  pairs.sort((a, b) => gold.indexOf(a[1]) - gold.indexOf(b[1]));
  return { pairs, fp: restP.slice(n), fn: restG.slice(n) };
}

const SPLIT_FIELDS = ['title', 'subtitle', 'dateline', 'body', 'sections'] as const;

/** Evaluates one paired article (either side may be absent). */
export function evaluateArticle(
  pred: ExtractedArticle | null,
  gold: ExtractedArticle | null,
): {
  scores: Record<Row, Score>;
  errors: EvalError[];
  attributes: Record<string, Accuracy>;
  attributeErrors: EvalError[];
} {
  const scores = emptyScores();
  const errors: EvalError[] = [];
  const title = gold?.title ?? pred?.title ?? '';
  const set = <T>(row: Row, p: T[], g: T[], key: (t: T) => string, show: (t: T) => string) => {
    const d = compareSets(p, g, key);
    scores[row] = score(d.tp.length, d.fp.length, d.fn.length);
    for (const t of d.fp) errors.push({ article: title, row, type: 'fp', item: show(t) });
    for (const t of d.fn) errors.push({ article: title, row, type: 'fn', item: show(t) });
  };

  // split
  const fields = (a: ExtractedArticle | null) => (a ? SPLIT_FIELDS.map((f) => ({ f, v: JSON.stringify(a[f]) })) : []);
  set(
    'split',
    fields(pred),
    fields(gold),
    (x) => `${x.f}=${x.v}`,
    (x) => `${x.f}: ${clip(x.v, 120)}`,
  );

  // countries
  set(
    'countries',
    pred?.countries.map((c) => c.iso2) ?? [],
    gold?.countries.map((c) => c.iso2) ?? [],
    (x) => x,
    (x) => x,
  );

  // entities
  const entityRow = <E extends Named & { key: string }>(row: Row, p: E[], g: E[]) => {
    const a = align(p, g, nameRank);
    scores[row] = score(a.pairs.length, a.fp.length, a.fn.length);
    for (const e of a.fp) errors.push({ article: title, row, type: 'fp', item: describe(e) });
    for (const e of a.fn) errors.push({ article: title, row, type: 'fn', item: describe(e) });
    return { map: new Map(a.pairs.map(([pe, ge]) => [pe.key, ge.key])), pairs: a.pairs };
  };
  const orgs = entityRow<ExtractedOrganization>('organizations', pred?.organizations ?? [], gold?.organizations ?? []);
  const people = entityRow<ExtractedPerson>('people', pred?.people ?? [], gold?.people ?? []);
  const inits = entityRow<ExtractedInitiative>('initiatives', pred?.initiatives ?? [], gold?.initiatives ?? []);
  const orgMap = orgs.map;
  const personMap = people.map;

  // mentions
  const pm = pred ? mentionsOf(pred) : [];
  const gm = gold ? mentionsOf(gold) : [];
  const mkey = (m: Mention) => `${m.type}:${m.start}:${m.end}`;
  const mshow = (m: Mention) => `${m.type} ${showSpan(m)}`;
  set('mentions', pm, gm, mkey, mshow);
  for (const type of ['country', 'organization', 'person', 'initiative'] as const) {
    const d = compareSets(
      pm.filter((m) => m.type === type),
      gm.filter((m) => m.type === type),
      mkey,
    );
    scores[`mentions.${type}`] = score(d.tp.length, d.fp.length, d.fn.length);
  }

  // statements
  const sameSpeaker = (p: EntityRef | null, g: EntityRef | null): boolean => {
    if (!p || !g) return p === g;
    if (p.type !== g.type) return false;
    if (p.type === 'country') return p.key === g.key;
    const map = p.type === 'organization' ? orgMap : personMap;
    return map.get(p.key) === g.key;
  };
  const ps = pred?.statements ?? [];
  const gs = gold?.statements ?? [];
  const spanKey = (s: ExtractedStatement) => `${s.startOffset}:${s.endOffset}`;
  let statementPairs: [ExtractedStatement, ExtractedStatement][] = [];
  const sshow = (s: ExtractedStatement) =>
    `${s.kind} [${s.startOffset},${s.endOffset}) speaker=${showSpeaker(s.speaker)} (${JSON.stringify(s.speakerName)}) ${JSON.stringify(clip(s.text, 70))}`;
  set('statements.span', ps, gs, spanKey, sshow);
  {
    const a = align(ps, gs, (p, g) =>
      spanKey(p) === spanKey(g) && p.kind === g.kind && sameSpeaker(p.speaker, g.speaker) ? 0 : null,
    );
    scores.statements = score(a.pairs.length, a.fp.length, a.fn.length);
    for (const s of a.fp) errors.push({ article: title, row: 'statements', type: 'fp', item: sshow(s) });
    for (const s of a.fn) errors.push({ article: title, row: 'statements', type: 'fn', item: sshow(s) });
    statementPairs = a.pairs;
  }

  // attributes of paired records (informational: accuracy, not part of the F1 rows)
  const attributes: Record<string, Accuracy> = {};
  const tally = (name: string, ok: boolean, detail: string) => {
    const acc = (attributes[name] ??= { correct: 0, total: 0 });
    acc.total += 1;
    if (ok) acc.correct += 1;
    else attributeErrors.push({ article: title, row: 'attributes', type: 'fp', item: `${name}: ${detail}` });
  };
  const attributeErrors: EvalError[] = [];
  const mapRef = (r: EntityRef) =>
    r.type === 'organization'
      ? `organization:${orgMap.get(r.key) ?? `?${r.key}`}`
      : r.type === 'person'
        ? `person:${personMap.get(r.key) ?? `?${r.key}`}`
        : `country:${r.key}`;
  const refSet = (rs: EntityRef[], map: boolean) =>
    JSON.stringify(rs.map((r) => (map ? mapRef(r) : `${r.type}:${r.key}`)).sort());
  const same = (name: string, p: unknown, g: unknown, who: string) =>
    tally(name, JSON.stringify(p) === JSON.stringify(g), `${who}: ${JSON.stringify(p)} ≠ gold ${JSON.stringify(g)}`);
  for (const [p, g] of orgs.pairs) {
    same('organization.kind', p.kind, g.kind, g.key);
    same('organization.country', p.country, g.country, g.key);
    same('organization.parent', p.parent ? (orgMap.get(p.parent) ?? p.parent) : null, g.parent, g.key);
    same('organization.acronym', p.acronym, g.acronym, g.key);
  }
  for (const [p, g] of people.pairs) {
    same('person.title', p.title, g.title, g.key);
    same(
      'person.organization',
      p.organization ? (orgMap.get(p.organization) ?? p.organization) : null,
      g.organization,
      g.key,
    );
    same('person.country', p.country, g.country, g.key);
  }
  for (const [p, g] of inits.pairs) {
    same('initiative.kind', p.kind, g.kind, g.key);
    same('initiative.status', p.status, g.status, g.key);
    same('initiative.year', p.year, g.year, g.key);
    same('initiative.location', p.location, g.location, g.key);
    tally(
      'initiative.proposedBy',
      refSet(p.proposedBy, true) === refSet(g.proposedBy, false),
      `${g.key}: ${refSet(p.proposedBy, true)} ≠ gold ${refSet(g.proposedBy, false)}`,
    );
    tally(
      'initiative.participants',
      refSet(p.participants, true) === refSet(g.participants, false),
      `${g.key}: ${refSet(p.participants, true)} ≠ gold ${refSet(g.participants, false)}`,
    );
  }
  for (const [p, g] of statementPairs) {
    same('statement.verb', p.verb, g.verb, g.text.slice(0, 40));
    same('statement.speakerName', p.speakerName, g.speakerName, g.text.slice(0, 40));
    same('statement.paragraph', p.paragraph, g.paragraph, g.text.slice(0, 40));
    same(
      'statement.entities',
      [p.countries, p.organizations.map((k) => orgMap.get(k) ?? k), p.initiatives],
      [g.countries, g.organizations, g.initiatives],
      g.text.slice(0, 40),
    );
  }

  // offsets
  const check = (a: ExtractedArticle | null) => {
    if (!a) return { valid: 0, invalid: [] as string[] };
    let valid = 0;
    const invalid: string[] = [];
    for (const m of mentionsOf(a)) {
      if (spanValid(a.body, m)) valid += 1;
      else invalid.push(mshow(m));
    }
    for (const s of a.statements) {
      if (statementValid(a.body, s)) valid += 1;
      else invalid.push(`statement ${sshow(s)} paragraph=${s.paragraph}`);
    }
    return { valid, invalid };
  };
  const po = check(pred);
  const go = check(gold);
  scores.offsets = score(po.valid, po.invalid.length, go.invalid.length);
  for (const i of po.invalid) errors.push({ article: title, row: 'offsets', type: 'fp', item: i });
  for (const i of go.invalid) errors.push({ article: title, row: 'offsets', type: 'fn', item: `gold ${i}` });

  return { scores, errors, attributes, attributeErrors };
}

function describe(e: Named & { key: string }): string {
  const extra = [e.acronym ? `acronym=${e.acronym}` : '', e.aliases.length ? `aliases=${e.aliases.join('|')}` : '']
    .filter(Boolean)
    .join(' ');
  return `${JSON.stringify(e.name)}${extra ? ` ${extra}` : ''}`;
}

/** Evaluates a whole extraction against a whole gold file: totals are micro-averaged. */
export function evaluate(predicted: ExtractedArticle[], gold: ExtractedArticle[]): EvalReport {
  const { pairs, fp, fn } = pairArticles(predicted, gold);
  const scores = emptyScores();
  const articles: ArticleEval[] = [];
  const errors: EvalError[] = [];
  const attributes: Record<string, Accuracy> = {};
  const attributeErrors: EvalError[] = [];
  const add = (p: ExtractedArticle | null, g: ExtractedArticle | null) => {
    const r = evaluateArticle(p, g);
    for (const row of ROWS) scores[row] = addScores(scores[row], r.scores[row]);
    articles.push({ title: (g ?? p)!.title, scores: r.scores });
    errors.push(...r.errors);
    for (const [k, v] of Object.entries(r.attributes)) {
      const acc = (attributes[k] ??= { correct: 0, total: 0 });
      acc.correct += v.correct;
      acc.total += v.total;
    }
    attributeErrors.push(...r.attributeErrors);
  };
  for (const [p, g] of pairs) add(p, g);
  for (const g of fn) add(null, g);
  for (const p of fp) add(p, null);
  return { scores, articles, errors, attributes, attributeErrors };
}

const pct = (x: number) => x.toFixed(3);

/** A fixed-width table of a report. */
export function formatTable(report: EvalReport, heading?: string): string {
  const lines: string[] = [];
  if (heading) lines.push(heading);
  const head = [
    'type'.padEnd(22),
    'tp'.padStart(5),
    'fp'.padStart(5),
    'fn'.padStart(5),
    'P'.padStart(7),
    'R'.padStart(7),
    'F1'.padStart(7),
  ];
  lines.push(head.join(' '));
  lines.push('-'.repeat(head.join(' ').length));
  for (const row of ROWS) {
    const s = report.scores[row];
    lines.push(
      [
        row.padEnd(22),
        String(s.tp).padStart(5),
        String(s.fp).padStart(5),
        String(s.fn).padStart(5),
        pct(s.precision).padStart(7),
        pct(s.recall).padStart(7),
        pct(s.f1).padStart(7),
      ].join(' '),
    );
  }
  return lines.join('\n');
}

/** Per-article F1 as a compact table (rows = articles, columns = main types). */
export function formatArticleTable(report: EvalReport): string {
  const cols: Row[] = ['split', 'countries', 'organizations', 'people', 'initiatives', 'mentions', 'statements'];
  const short: Record<string, string> = {
    split: 'split',
    countries: 'ctry',
    organizations: 'org',
    people: 'ppl',
    initiatives: 'init',
    mentions: 'ment',
    statements: 'stmt',
  };
  const lines = [['article'.padEnd(48), ...cols.map((c) => short[c].padStart(6))].join(' ')];
  for (const a of report.articles) {
    lines.push([clip(a.title, 48).padEnd(48), ...cols.map((c) => a.scores[c].f1.toFixed(2).padStart(6))].join(' '));
  }
  return lines.join('\n');
}

/** Attribute accuracy of paired records, one line per attribute. */
export function formatAttributes(report: EvalReport): string {
  const lines = ['attribute accuracy (paired records; informational)'];
  for (const [k, v] of Object.entries(report.attributes).sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(
      `  ${k.padEnd(26)} ${String(v.correct).padStart(4)}/${String(v.total).padEnd(4)} ${(v.total ? v.correct / v.total : 1).toFixed(3)}`,
    );
  }
  return lines.join('\n');
}

export function formatErrors(report: EvalReport): string {
  const lines: string[] = [];
  let last = '';
  for (const e of [...report.errors, ...report.attributeErrors]) {
    if (e.article !== last) {
      lines.push(`\n## ${e.article}`);
      last = e.article;
    }
    lines.push(`  ${e.type.toUpperCase()} ${e.row.padEnd(14)} ${e.item}`);
  }
  return lines.join('\n');
}
