import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildGold, type GoldSource } from '../../scripts/gold-offsets.js';
import { paragraphs, splitArticles } from '../../src/ingest/split.js';
import {
  INITIATIVE_KINDS,
  INITIATIVE_STATUSES,
  ORGANIZATION_KINDS,
  STATEMENT_KINDS,
  type EntityRef,
  type ExtractedArticle,
  type GoldFile,
  type Span,
} from '../../src/ingest/types.js';

const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const gold = JSON.parse(readFileSync(root('data/gold/sco-2021.json'), 'utf8')) as GoldFile;
const source = JSON.parse(readFileSync(root('data/gold/sco-2021.source.json'), 'utf8')) as GoldSource;
const corpus = readFileSync(root(gold.corpus), 'utf8');
const split = splitArticles(corpus);

const FORUM = 'Shanghai Cooperation Organization Forum on People-to-People Friendship';
const NOROV = 'Vladimir Imamovich Norov';

/** Every span of an article with what it belongs to, for the generic checks. */
function spansOf(a: ExtractedArticle): { owner: string; span: Span }[] {
  return [
    ...a.countries.flatMap((c) => c.mentions.map((span) => ({ owner: `country ${c.iso2}`, span }))),
    ...a.organizations.flatMap((o) => o.mentions.map((span) => ({ owner: `organization ${o.key}`, span }))),
    ...a.people.flatMap((p) => p.mentions.map((span) => ({ owner: `person ${p.key}`, span }))),
    ...a.initiatives.flatMap((i) => i.mentions.map((span) => ({ owner: `initiative ${i.key}`, span }))),
    ...a.statements.map((s) => ({
      owner: `statement ${s.kind}`,
      span: { start: s.startOffset, end: s.endOffset, text: s.text },
    })),
  ];
}

function resolves(a: ExtractedArticle, ref: EntityRef): boolean {
  if (ref.type === 'country') return a.countries.some((c) => c.iso2 === ref.key);
  if (ref.type === 'organization') return a.organizations.some((o) => o.key === ref.key);
  return a.people.some((p) => p.key === ref.key);
}

function keysWithMentionInside(entities: { key: string; mentions: Span[] }[], start: number, end: number): string[] {
  return entities.filter((e) => e.mentions.some((m) => m.start >= start && m.end <= end)).map((e) => e.key);
}

const bodyParagraph = (a: ExtractedArticle, offset: number) =>
  paragraphs(a.body).find((p) => offset >= p.start && offset < p.end)?.index;

describe('gold file sco-2021', () => {
  it('has the four corpus articles, each exactly as splitArticles produces it', () => {
    expect(gold.articles).toHaveLength(4);
    expect(split).toHaveLength(4);
    gold.articles.forEach((a, i) => {
      const { title, subtitle, dateline, body, sections } = a;
      expect({ title, subtitle, dateline, body, sections }).toEqual(split[i]);
      expect({ url: a.url, source: a.source, publishedAt: a.publishedAt, language: a.language }).toEqual({
        url: null,
        source: null,
        publishedAt: null,
        language: 'en',
      });
    });
  });

  it('is in sync with its annotation source (regenerate with scripts/gold-offsets.ts)', () => {
    expect(buildGold(source, corpus)).toEqual(gold);
  });

  it('has every span equal to its body slice, trimmed, inside one paragraph', () => {
    for (const a of gold.articles) {
      for (const { owner, span } of spansOf(a)) {
        const where = `${owner} "${span.text.slice(0, 40)}"`;
        expect(a.body.slice(span.start, span.end), where).toBe(span.text);
        expect(span.text, where).toBe(span.text.trim());
        expect(span.text.length, where).toBeGreaterThan(0);
        expect(span.text, where).not.toContain('\n');
        expect(bodyParagraph(a, span.start), where).toBe(bodyParagraph(a, span.end - 1));
      }
    }
  });

  it('gives each statement the paragraph where its span starts', () => {
    for (const a of gold.articles) {
      for (const s of a.statements) expect(s.paragraph, s.text).toBe(bodyParagraph(a, s.startOffset));
    }
  });

  it('uses only contract enums, unique keys, and at least one mention per entity', () => {
    for (const a of gold.articles) {
      for (const s of a.statements) expect(STATEMENT_KINDS).toContain(s.kind);
      for (const o of a.organizations) expect(ORGANIZATION_KINDS).toContain(o.kind);
      for (const i of a.initiatives) {
        expect(INITIATIVE_KINDS).toContain(i.kind);
        expect(INITIATIVE_STATUSES).toContain(i.status);
      }
      for (const c of a.countries) expect(c.iso2).toMatch(/^[A-Z]{2}$/);
      for (const list of [
        a.countries.map((c) => c.iso2),
        a.organizations.map((o) => o.key),
        a.people.map((p) => p.key),
        a.initiatives.map((i) => i.key),
      ]) {
        expect(new Set(list).size).toBe(list.length);
      }
      for (const e of [...a.countries, ...a.organizations, ...a.people, ...a.initiatives]) {
        expect(e.mentions.length).toBeGreaterThan(0);
      }
    }
  });

  it('keeps the names layer flat: organization, person and initiative mentions never overlap', () => {
    for (const a of gold.articles) {
      const names = [...a.organizations, ...a.people, ...a.initiatives]
        .flatMap((e) => e.mentions)
        .sort((x, y) => x.start - y.start);
      names.slice(1).forEach((m, i) => expect(m.start, m.text).toBeGreaterThanOrEqual(names[i].end));
    }
  });

  it('resolves every reference to an entity of the same article', () => {
    for (const a of gold.articles) {
      for (const o of a.organizations)
        if (o.parent) expect(resolves(a, { type: 'organization', key: o.parent }), o.key).toBe(true);
      for (const p of a.people)
        if (p.organization) expect(resolves(a, { type: 'organization', key: p.organization }), p.key).toBe(true);
      for (const i of a.initiatives) {
        for (const r of [...i.proposedBy, ...i.participants]) expect(resolves(a, r), `${i.key} -> ${r.key}`).toBe(true);
        const proposers = i.proposedBy.map((r) => `${r.type}:${r.key}`);
        for (const r of i.participants) expect(proposers, i.key).not.toContain(`${r.type}:${r.key}`);
      }
      for (const s of a.statements) {
        expect(s.speaker, s.text).not.toBeNull();
        expect(resolves(a, s.speaker!), s.text).toBe(true);
      }
    }
  });

  it('lists in each statement exactly the entities mentioned inside its span', () => {
    for (const a of gold.articles) {
      const countries = a.countries.map((c) => ({ key: c.iso2, mentions: c.mentions }));
      for (const s of a.statements) {
        const [start, end] = [s.startOffset, s.endOffset];
        expect([...s.countries].sort(), s.text).toEqual(keysWithMentionInside(countries, start, end).sort());
        expect([...s.organizations].sort(), s.text).toEqual(keysWithMentionInside(a.organizations, start, end).sort());
        expect([...s.initiatives].sort(), s.text).toEqual(keysWithMentionInside(a.initiatives, start, end).sort());
      }
    }
  });

  it('follows the span conventions for statements', () => {
    for (const a of gold.articles) {
      for (const s of a.statements) {
        expect(s.text, s.text).not.toMatch(/^[“”"]|[“”",]$/);
        expect(s.text, s.text).not.toMatch(/^that /);
        if (s.kind !== 'DIRECT_QUOTE') expect(s.text, s.text).not.toMatch(/[.,]$/);
        if (s.kind === 'DIRECT_QUOTE') {
          // the content between the outermost marks, a comma just inside the closing mark left out
          expect(a.body.slice(s.startOffset - 1, s.startOffset), s.text).toBe('“');
          expect(a.body.slice(s.endOffset, s.endOffset + 2), s.text).toMatch(/^,?”/);
        }
        expect(s.verb).toBe(s.verb?.toLowerCase());
      }
    }
  });

  it('counts statements by kind per article', () => {
    const counts = gold.articles.map((a) =>
      Object.fromEntries(STATEMENT_KINDS.map((k) => [k, a.statements.filter((s) => s.kind === k).length])),
    );
    expect(counts).toEqual([
      { DIRECT_QUOTE: 0, REPORTED_SPEECH: 0, POSITION: 14 },
      { DIRECT_QUOTE: 7, REPORTED_SPEECH: 8, POSITION: 2 },
      { DIRECT_QUOTE: 0, REPORTED_SPEECH: 10, POSITION: 0 },
      { DIRECT_QUOTE: 3, REPORTED_SPEECH: 0, POSITION: 5 },
    ]);
  });
});

describe('gold facts', () => {
  const [forum, norov, wang, health] = gold.articles;

  it('quotes Norov directly on Afghanistan first', () => {
    const first = norov.statements.find((s) => s.kind === 'DIRECT_QUOTE' && s.speaker?.key === NOROV)!;
    expect(first.text.startsWith('Our starting point is that the conflict in Afghanistan')).toBe(true);
    expect(first.speaker).toEqual({ type: 'person', key: NOROV });
    expect(first).toMatchObject({
      kind: 'DIRECT_QUOTE',
      verb: 'said',
      speakerName: 'the secretary general of the SCO',
      paragraph: 2,
    });
    expect(first.countries).toEqual(['AF']);
  });

  it('keeps nested quotation marks inside a direct quote and drops the trailing comma', () => {
    const quote = norov.statements.find((s) => s.text.startsWith('We are ready'))!;
    expect(quote.text).toContain('“SCO-Afghanistan” liaison group');
    expect(quote.text.endsWith('on the agenda')).toBe(true);
    expect(quote).toMatchObject({ kind: 'DIRECT_QUOTE', verb: 'added', speakerName: 'he', paragraph: 3 });
  });

  it('has the Forum state at least five positions', () => {
    const positions = forum.statements.filter((s) => s.kind === 'POSITION' && s.speaker?.key === FORUM);
    expect(positions.length).toBeGreaterThanOrEqual(5);
    expect(positions.map((s) => s.verb)).toEqual(
      expect.arrayContaining([
        'realizes',
        'speaks highly of',
        'encourages',
        'believes',
        'supports',
        'proposes',
        'suggests',
        'praises',
      ]),
    );
  });

  it('resolves Wang Yi and his pronouns as REPORTED_SPEECH', () => {
    expect(wang.people.map((p) => [p.name, p.aliases, p.title, p.country])).toEqual([
      ['Wang Yi', ['Wang'], 'State Councilor and Foreign Minister', 'CN'],
    ]);
    expect(wang.statements.every((s) => s.kind === 'REPORTED_SPEECH' && s.speaker?.key === 'Wang Yi')).toBe(true);
    expect(wang.statements.find((s) => s.verb === 'calling on')?.speakerName).toBe('The Chinese Foreign Minister');
  });

  it('resolves quotes of "the statement" and "the proposal" to China', () => {
    const quotes = health.statements.filter((s) => s.kind === 'DIRECT_QUOTE');
    expect(quotes.map((s) => [s.speakerName, s.speaker])).toEqual([
      [
        'the proposal made at the Expert Initiative on the China-SCO Health Cooperation Demonstration Area',
        { type: 'country', key: 'CN' },
      ],
      ['the statement', { type: 'country', key: 'CN' }],
      ['the statement', { type: 'country', key: 'CN' }],
    ]);
  });

  it('annotates demonyms and possessives as countries, never Eurasia', () => {
    const texts = (a: ExtractedArticle, iso2: string) =>
      a.countries.find((c) => c.iso2 === iso2)?.mentions.map((m) => m.text);
    expect(texts(forum, 'KG')).toEqual(['Kyrgyz']);
    expect(texts(forum, 'RU')).toEqual(['Russia', 'Russian']);
    expect(texts(forum, 'AF')).toEqual(['Afghan']);
    expect(texts(wang, 'CN')).toEqual(['Chinese', 'China', 'China', 'Chinese']);
    for (const a of gold.articles) {
      for (const c of a.countries) for (const m of c.mentions) expect(m.text).not.toMatch(/Eurasia/);
    }
  });

  it('records the SCO, its bodies and acronyms', () => {
    for (const a of gold.articles) {
      const sco = a.organizations.find((o) => o.key === 'SCO')!;
      expect(sco).toMatchObject({
        name: 'Shanghai Cooperation Organization',
        acronym: 'SCO',
        aliases: ['Shanghai Cooperation Organisation'],
        kind: 'INTERGOVERNMENTAL',
      });
    }
    expect(norov.organizations.find((o) => o.key === 'SCO')!.mentions).toHaveLength(19);
    const forumOrg = forum.organizations.find((o) => o.key === FORUM)!;
    expect(forumOrg.parent).toBe('SCO');
    expect(forumOrg.mentions.filter((m) => m.text === 'Forum')).toHaveLength(9);
    expect(health.organizations.find((o) => o.key === 'CDC')!.mentions.map((m) => m.text)).toEqual([
      'Centers for Disease Control',
      'CDCs',
    ]);
    expect(health.organizations.find((o) => o.key === 'CHA')).toMatchObject({
      name: 'Chinese Hospital Association',
      country: 'CN',
      kind: 'NGO',
    });
    expect(norov.organizations.find((o) => o.key === 'Global Times')?.kind).toBe('MEDIA');
  });

  it('gives initiatives their status from the verbs', () => {
    const status = (a: ExtractedArticle, key: string) => {
      const i = a.initiatives.find((x) => x.key === key)!;
      return [i.kind, i.status, i.year];
    };
    expect(status(forum, 'Wuhan Initiative')).toEqual(['AGREEMENT', 'ACTIVE', null]);
    expect(status(forum, 'China-SCO Health Cooperation Demonstration Area')).toEqual(['FACILITY', 'ANNOUNCED', null]);
    expect(status(forum, 'SCO Women’s Forum')).toEqual(['EVENT', 'PROPOSED', null]);
    expect(status(norov, 'Shanghai Convention on Combating Terrorism, Separatism and Extremism')).toEqual([
      'AGREEMENT',
      'ACTIVE',
      2001,
    ]);
    expect(status(norov, 'SCO Convention on Combating Extremism')).toEqual(['AGREEMENT', 'ACTIVE', 2017]);
    expect(status(norov, 'International Anti-Drug Operation Spider Web')).toEqual(['OPERATION', 'ACTIVE', 2019]);
    expect(status(norov, 'SCO Development Strategy until 2025')).toEqual(['STRATEGY', 'ACTIVE', null]);
    expect(status(health, 'Lifeline Express International Sight Saving Mission')).toEqual([
      'PROGRAM',
      'COMPLETED',
      2019,
    ]);
    expect(status(health, 'SCO hotline network')).toEqual(['NETWORK', 'PROPOSED', null]);
  });
});
