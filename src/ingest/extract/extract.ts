/**
 * Extraction: a split article in, an {@link ExtractedArticle} out. Pure and
 * deterministic: no I/O, no database, no model. Every step reads one prepared
 * {@link Doc} (tokens, units, country hits, sentences), so the whole run is linear in the
 * size of the text (see `benchmarkExtraction`).
 *
 *     countries ─┐
 *     names ─────┼─ organizations ─ people ─ initiatives ─ statements
 */
import { splitArticles } from '../split.js';
import type { EntityRef, ExtractedArticle, ExtractedCountry, ExtractedPerson, Span, SplitArticle } from '../types.js';
import { consolidate } from './consolidate.js';
import { countriesFromMatches, dropNonCountryMatches } from './countries.js';
import { makeDoc } from './doc.js';
import { curlyDoubleQuotes, plainTypography } from './text.js';
import type { KnownEntities } from './gazetteer.js';
import { groupInitiatives, initiativeRecords } from './initiatives.js';
import { findNames } from './names.js';
import { buildOrganizations } from './organizations.js';
import { findPeople } from './people.js';
import { findStatements, type EntityMention } from './statements.js';

export type { KnownEntities, KnownInitiative, KnownOrganization, KnownPerson } from './gazetteer.js';
export { consolidate } from './consolidate.js';

export interface ExtractOptions {
  /** Entities the caller already knows (e.g. from the database), used as a gazetteer. */
  known?: KnownEntities;
  url?: string | null;
  source?: string | null;
  publishedAt?: string | null;
  language?: string;
  /**
   * Attribute quotes the lexicon cannot by sentence structure (part-of-speech tags).
   * Default true; false only to measure what that step costs (`npm run bench:ingest`).
   */
  structural?: boolean;
}

/** Extracts entities, mentions and statements from one split article. */
export function extractArticle(split: SplitArticle, opts: ExtractOptions = {}): ExtractedArticle {
  // (quotes typed ''...'' are read as curly ones, a quotation dash as an em dash, a no-break
  // space as a space; the copy keeps every offset)
  const read = plainTypography(curlyDoubleQuotes(split.body));
  const doc = makeDoc(read, opts.known);
  const names = findNames(doc);
  const orgs = buildOrganizations(doc, names);
  const found = findPeople(doc, names);
  const inits = groupInitiatives(names);

  // a person's given name or a place inside a body's name is not a country mention
  doc.countries = dropNonCountryMatches(
    doc.tokens,
    doc.countries,
    found.flatMap((p) => p.mentions),
    orgs.groups.flatMap((g) => (g.known ? [] : g.cands.filter((c) => !c.shortForm))),
  );
  const countries: ExtractedCountry[] = countriesFromMatches(doc.body, doc.tokens, doc.countries);

  const people: ExtractedPerson[] = found.map((p) => ({
    key: p.name,
    name: p.name,
    aliases: p.aliases,
    title: p.title,
    organization: p.org ? (orgs.groupOf.get(p.org)?.key ?? null) : orgKeyByName(orgs, p.orgName),
    country: p.country,
    mentions: p.mentions,
  }));

  // One index of every entity mention, for statements and initiative parties.
  const mentions: EntityMention[] = [];
  for (const c of countries)
    for (const m of c.mentions) mentions.push(mention(m, { type: 'country', key: c.iso2 }, false));
  for (const g of orgs.groups) {
    for (const c of g.cands) mentions.push(mention(c, { type: 'organization', key: g.key }, false));
    for (const m of g.acronymMentions) mentions.push(mention(m, { type: 'organization', key: g.key }, false));
    for (const m of g.shortMentions) mentions.push(mention(m, { type: 'organization', key: g.key }, true));
  }
  for (const p of people) for (const m of p.mentions) mentions.push(mention(m, { type: 'person', key: p.key }, false));
  for (const g of inits.groups) {
    for (const c of g.cands) mentions.push(mention(c, { type: 'initiative', key: g.key }, false));
    for (const m of g.shortMentions) mentions.push(mention(m, { type: 'initiative', key: g.key }, true));
  }
  mentions.sort((a, b) => a.start - b.start);

  const byStart = new Map<number, EntityRef>();
  for (const m of mentions) if (m.ref.type !== 'initiative' && !byStart.has(m.start)) byStart.set(m.start, m.ref);
  /** The subject right before a cue ("Kenya and Ethiopia proposed"): the nearest mentions, coordinated ones too. */
  const subjectBefore = (offset: number): EntityRef[] => {
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    const out: EntityRef[] = [];
    let limit = offset;
    for (let k = lo - 1; k >= 0; k -= 1) {
      const m = mentions[k];
      if (m.ref.type === 'initiative' || m.end > limit) continue;
      const gap = doc.body.slice(m.end, limit);
      if (out.length === 0 ? gap.length > 60 : !/^(?:,\s*|\s+)(?:and\s+)?$/.test(gap)) break;
      out.unshift(m.ref);
      limit = m.start;
    }
    return out;
  };

  const firstAtOrAfter = (offset: number) => {
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const listAt = (offset: number): EntityRef[] => {
    const out: EntityRef[] = [];
    let at = offset;
    for (let k = firstAtOrAfter(offset); k < mentions.length; k += 1) {
      const m = mentions[k];
      if (m.ref.type === 'initiative' || m.start < at) continue;
      const gap = doc.body.slice(at, m.start);
      if (/^\s*(?:of\s+)?(?:the\s+)?$/i.test(gap) && /\bof\s+(?:the\s+)?$/i.test(gap) && out.length) {
        at = m.end; // "X of the Y": Y is X's parent, not another party
        continue;
      }
      if (!/^(?:,?\s*(?:and\s+)?(?:the\s+)?)$/i.test(gap)) break;
      if (!out.some((r) => r.type === m.ref.type && r.key === m.ref.key)) out.push(m.ref);
      at = m.end;
      // an acronym in parentheses right after a name
      const paren = /^\s*\([^)]{1,12}\)/.exec(doc.body.slice(at));
      if (paren) at += paren[0].length;
    }
    return out;
  };
  const bodiesIn = (start: number, end: number): EntityRef[] => {
    const out: EntityRef[] = [];
    for (let k = firstAtOrAfter(start); k < mentions.length && mentions[k].start < end; k += 1) {
      const m = mentions[k];
      if (m.ref.type !== 'organization' && m.ref.type !== 'country') continue;
      // a name inside another (a country in a foundation's name) is not a party of its own
      let nested = false;
      for (let j = Math.max(0, k - 3); j < Math.min(mentions.length, k + 4); j += 1) {
        const o = mentions[j];
        if (o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start) nested = true;
      }
      if (nested) continue;
      if (!out.some((r) => r.type === m.ref.type && r.key === m.ref.key)) out.push(m.ref);
    }
    return out;
  };
  const nameSpans = mentions.filter((m) => m.ref.type !== 'country');
  const insideName = (offset: number) => {
    let lo = 0;
    let hi = nameSpans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (nameSpans[mid].start <= offset) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0 && k >= lo - 4; k -= 1)
      if (nameSpans[k].start <= offset && offset < nameSpans[k].end) return true;
    return false;
  };
  const initiatives = initiativeRecords(inits.groups, {
    doc,
    orgs,
    subjectBefore,
    entityAt: (s) => byStart.get(skipSpaces(doc.body, s)) ?? null,
    listAt,
    bodiesIn,
    insideName,
  });
  const statements = findStatements({
    doc,
    mentions,
    people: people.map((p) => ({ key: p.key, title: p.title, country: p.country, organization: p.organization })),
    structural: opts.structural !== false,
    title: split.title,
  });
  if (read !== split.body) for (const st of statements) st.text = split.body.slice(st.startOffset, st.endOffset);

  return {
    title: split.title,
    subtitle: split.subtitle,
    dateline: split.dateline,
    body: split.body,
    sections: split.sections,
    url: opts.url ?? null,
    source: opts.source ?? null,
    publishedAt: opts.publishedAt ?? split.publishedAt ?? null,
    language: opts.language ?? 'en',
    countries,
    organizations: orgs.organizations,
    people,
    initiatives,
    statements,
  };
}

/** (An object literal, not a spread: V8 takes a slow path for `{ ...m, a, b }`.) */
function mention(m: Span, ref: EntityMention['ref'], short: boolean): EntityMention {
  return { start: m.start, end: m.end, text: m.text, ref, short };
}

function skipSpaces(body: string, i: number): number {
  let j = i;
  while (j < body.length && /\s/.test(body[j])) j += 1;
  return j;
}

function orgKeyByName(orgs: ReturnType<typeof buildOrganizations>, name: string | null | undefined): string | null {
  if (!name) return null;
  const g = orgs.groups.find((x) => x.name === name || x.acronym === name || x.aliases.includes(name));
  return g?.key ?? null;
}

/**
 * Splits a raw dump into articles and extracts each; the organizations of the dump are
 * then consolidated to one record (name, acronym, aliases, kind, seat, parent, key) per
 * body across all its articles.
 */
export function extractDump(raw: string, opts: ExtractOptions = {}): ExtractedArticle[] {
  return consolidate(
    splitArticles(raw).map((a) => extractArticle(a, opts)),
    opts.known,
  );
}
