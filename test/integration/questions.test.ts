import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { data, gql } from './client.js';

/** The first questions a new user asks, each in one query, on the bundled corpus. */
const gold = JSON.parse(readFileSync('data/gold/sco-2021.json', 'utf8')) as {
  articles: { statements: { kind: string; text: string; speaker: { type: string; key: string } | null }[] }[];
};
const norovQuotes = gold.articles
  .flatMap((a) => a.statements)
  .filter((s) => s.kind === 'DIRECT_QUOTE' && s.speaker?.type === 'person' && /Norov/.test(s.speaker.key))
  .map((s) => s.text);

describe('speakerName matches the resolved speaker, not only the attribution as written', () => {
  it("finds all of Norov's direct quotes in the gold file, however they were attributed", async () => {
    expect(norovQuotes).toHaveLength(7);
    const result = await data(
      '{ statements(filter: { speakerName: "Norov", kinds: [DIRECT_QUOTE] }, first: 50) { totalCount nodes { text kind speakerName speaker { ... on Person { name } } } } }',
    );
    expect(result.statements.totalCount).toBe(7);
    const texts = result.statements.nodes.map((s: any) => s.text);
    for (const quote of norovQuotes)
      expect(texts.some((t: string) => t.includes(quote.slice(0, 60)) || quote.includes(t.slice(0, 60)))).toBe(true);
    for (const s of result.statements.nodes) expect(s.speaker.name).toMatch(/Norov/);
    // Most of them are not attributed by name: the old substring-of-attribution match missed them.
    expect(result.statements.nodes.filter((s: any) => !/Norov/i.test(s.speakerName ?? '')).length).toBeGreaterThan(0);
  });

  it('matches an organization speaker by acronym', async () => {
    const result = await data(
      '{ statements(filter: { speakerName: "SCO" }, first: 100) { nodes { speakerName speaker { __typename ... on Organization { acronym name } ... on Person { name } } } } }',
    );
    expect(result.statements.nodes.length).toBeGreaterThan(0);
    for (const s of result.statements.nodes) {
      const names = [s.speakerName, s.speaker?.acronym, s.speaker?.name].filter(Boolean).join(' ');
      expect(names).toMatch(/SCO/i);
    }
  });
});

describe('Person, Organization and Country statements take a StatementFilter', () => {
  it('answers "what did Norov say about Afghanistan" in one query', async () => {
    const result = await data(`{
      people(filter: { search: "Norov" }) { nodes { name
        all: statements { totalCount }
        afghanistan: statements(filter: { countries: ["AF"] }) { totalCount nodes { text countries { iso2 } } }
        quotes: statements(filter: { kinds: [DIRECT_QUOTE] }, first: 3) { totalCount nodes { kind } pageInfo { hasNextPage } }
      } } }`);
    const [norov] = result.people.nodes;
    expect(norov.name).toBe('Vladimir Imamovich Norov');
    expect(norov.quotes.totalCount).toBe(7);
    expect(norov.quotes.nodes).toHaveLength(3);
    expect(norov.quotes.pageInfo.hasNextPage).toBe(true);
    for (const s of norov.quotes.nodes) expect(s.kind).toBe('DIRECT_QUOTE');
    expect(norov.afghanistan.totalCount).toBeGreaterThan(0);
    expect(norov.afghanistan.totalCount).toBeLessThan(norov.all.totalCount);
    for (const s of norov.afghanistan.nodes) expect(s.countries.map((c: any) => c.iso2)).toContain('AF');
  });

  it('filters Country.statements and Organization.statements, with the same answer as the top-level filter', async () => {
    const result = await data(`{
      country(iso2: "AF") { statements(filter: { kinds: [DIRECT_QUOTE] }) { totalCount nodes { kind } } }
      top: statements(filter: { countries: ["AF"], kinds: [DIRECT_QUOTE] }) { totalCount }
      organization(acronym: "SCO") { statements(filter: { search: "terrorism" }) { totalCount nodes { text } } }
    }`);
    expect(result.country.statements.totalCount).toBe(result.top.totalCount);
    expect(result.country.statements.totalCount).toBeGreaterThan(0);
    for (const s of result.country.statements.nodes) expect(s.kind).toBe('DIRECT_QUOTE');
    for (const s of result.organization.statements.nodes) expect(s.text).toMatch(/terror/i);
  });

  it('refuses a bad filter on a nested list with BAD_USER_INPUT', async () => {
    const result = await gql(
      '{ people(first: 2) { nodes { statements(filter: { countries: ["Afghanistan"] }) { totalCount } } } }',
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('costs one statement per level for many parents, filtered or not', async () => {
    const query = (filter: string) =>
      `{ countries(first: 100) { nodes { statements(${filter}first: 2) { totalCount nodes { text } } } } }`;
    const plain = await gql(query(''));
    const filtered = await gql(query('filter: { kinds: [DIRECT_QUOTE], speakerName: "Norov" }, '));
    expect(plain.errors).toBeUndefined();
    expect(filtered.errors).toBeUndefined();
    expect(filtered.extensions?.sqlStatements).toBe(plain.extensions?.sqlStatements);
    expect(filtered.extensions?.sqlStatements).toBeLessThanOrEqual(6);
  });
});

describe('SearchConnection.totalCount', () => {
  it('counts every hit across pages', async () => {
    const first = await data(
      '{ search(query: "Afghanistan", first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { node { __typename } } } }',
    );
    const total = first.search.totalCount;
    expect(total).toBeGreaterThan(3);
    let seen = first.search.edges.length;
    let cursor = first.search.pageInfo.endCursor;
    let more = first.search.pageInfo.hasNextPage;
    while (more) {
      const next = await data(
        'query($after: String) { search(query: "Afghanistan", first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } } }',
        { after: cursor },
      );
      expect(next.search.totalCount).toBe(total);
      seen += next.search.edges.length;
      cursor = next.search.pageInfo.endCursor;
      more = next.search.pageInfo.hasNextPage;
    }
    expect(seen).toBe(total);
  });

  it('counts only the types asked for', async () => {
    const result = await data(
      '{ statements: search(query: "drug trafficking", types: [STATEMENT]) { totalCount } all: search(query: "drug trafficking") { totalCount } }',
    );
    expect(result.statements.totalCount).toBeGreaterThan(0);
    expect(result.all.totalCount).toBeGreaterThanOrEqual(result.statements.totalCount);
  });
});

describe("search treats a country's name, demonyms and adjectives as one term, and stems words", () => {
  const ids = async (query: string) => {
    const result = await data(
      'query($q: String!) { search(query: $q, types: [ARTICLE, STATEMENT], first: 100) { totalCount edges { highlight node { ... on Statement { id text } ... on Article { id } } } } }',
      { q: query },
    );
    return result.search;
  };

  it('"Afghan" and "Afghanistan" find the same articles and statements', async () => {
    const [afghan, afghanistan] = await Promise.all([ids('Afghan'), ids('Afghanistan')]);
    expect(afghanistan.totalCount).toBeGreaterThan(3);
    expect(afghan.edges.map((e: any) => e.node.id).sort()).toEqual(afghanistan.edges.map((e: any) => e.node.id).sort());
    // The adjective alone finds statements that only name the country, highlighted.
    const countryOnly = afghan.edges.find((e: any) => e.node.text && !/Afghan(?!istan)/.test(e.node.text));
    expect(countryOnly?.highlight).toMatch(/<b>Afghanistan<\/b>/);
  });

  it('works for multi-word names, inside phrases and in the statements filter', async () => {
    const [chinese, china] = await Promise.all([ids('Chinese'), ids('China')]);
    expect(chinese.edges.map((e: any) => e.node.id).sort()).toEqual(china.edges.map((e: any) => e.node.id).sort());
    const filtered = await data(
      '{ a: statements(filter: { search: "Afghan" }) { totalCount } b: statements(filter: { search: "Afghanistan" }) { totalCount } }',
    );
    expect(filtered.a.totalCount).toBe(filtered.b.totalCount);
    expect(filtered.a.totalCount).toBeGreaterThan(0);
    const phrase = await ids('"situation in Afghanistan"');
    const adjectivePhrase = await ids('"situation in Afghan"');
    expect(phrase.totalCount).toBeGreaterThan(0);
    expect(adjectivePhrase.totalCount).toBe(phrase.totalCount);
  });

  it('stems ordinary words: "meeting" finds what "meetings" finds', async () => {
    const result = await data(
      '{ a: search(query: "meeting", types: [STATEMENT, ARTICLE]) { totalCount } b: search(query: "meetings", types: [STATEMENT, ARTICLE]) { totalCount } }',
    );
    expect(result.a.totalCount).toBeGreaterThan(0);
    expect(result.a.totalCount).toBe(result.b.totalCount);
  });
});
