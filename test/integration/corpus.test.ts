import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GoldFile } from '../../src/ingest/types.js';
import { data, gql } from './client.js';

const gold = JSON.parse(readFileSync('data/gold/sco-2021.json', 'utf8')) as GoldFile;

describe('the bundled SCO corpus', () => {
  it('holds the four articles with headline, deck, dateline and sections', async () => {
    const result = await data(`{ articles(orderBy: { field: CREATED_AT, direction: ASC }) {
      totalCount nodes { title subtitle dateline language wordCount body sections { heading text } } } }`);
    expect(result.articles.totalCount).toBe(4);
    expect(result.articles.nodes.map((a: any) => a.title)).toEqual(gold.articles.map((a) => a.title));
    expect(result.articles.nodes[0]).toMatchObject({
      title: 'SCO forum pledges cooperation, deep integration of industrial, supply & value chains',
      dateline: 'ISLAMABAD',
      language: 'en',
    });
    expect(result.articles.nodes[0].subtitle).toMatch(/^SCO states agree on unimpeded regional economic circulation/);
    expect(result.articles.nodes[1].sections.map((s: any) => s.heading)).toEqual([
      null,
      'Pakistan, India addition to SCO Club welcomed',
    ]);
    for (const article of result.articles.nodes) {
      expect(article.body).not.toMatch(/Continue Reading|Connect with us/);
      expect(article.wordCount).toBeGreaterThan(100);
    }
  });

  it("serves the Secretary-General's direct quotes, spoken by the Person, with exact offsets", async () => {
    const norov = (
      await data(
        '{ people(filter: { search: "Norov" }) { nodes { id name title aliases organization { acronym } country { iso2 } } } }',
      )
    ).people.nodes[0];
    expect(norov).toMatchObject({
      name: 'Vladimir Imamovich Norov',
      title: 'Secretary-General',
      organization: { acronym: 'SCO' },
    });
    expect(norov.aliases).toContain('Norov');
    const result = await data(
      `query($speaker: ID!) { statements(first: 100, filter: { speaker: $speaker, kinds: [DIRECT_QUOTE] }) {
        totalCount nodes { text kind verb startOffset endOffset paragraph speaker { ... on Person { id } } article { body } } } }`,
      { speaker: norov.id },
    );
    expect(result.statements.totalCount).toBeGreaterThanOrEqual(5);
    expect(result.statements.nodes[0].text).toMatch(/^Our starting point is that the conflict in Afghanistan/);
    for (const s of result.statements.nodes) {
      expect(s.kind).toBe('DIRECT_QUOTE');
      expect(s.speaker.id).toBe(norov.id);
      expect(s.article.body.slice(s.startOffset, s.endOffset)).toBe(s.text);
      expect(s.article.body.split('\n\n')[s.paragraph]).toContain(s.text.split('\n\n')[0]);
    }
  });

  it("serves the Forum's positions as POSITION statements spoken by the Forum, an Organization", async () => {
    const result = await data(`{ statements(first: 100, filter: { kinds: [POSITION], speakerName: "Forum" }) {
      nodes { text verb speaker { __typename ... on Organization { name parent { acronym } } } } } }`);
    const forum = result.statements.nodes.filter((s: any) => s.speaker?.__typename === 'Organization');
    expect(forum.length).toBeGreaterThanOrEqual(5);
    expect(forum[0].speaker).toEqual({
      __typename: 'Organization',
      name: 'Shanghai Cooperation Organization Forum on People-to-People Friendship',
      parent: { acronym: 'SCO' },
    });
    expect(forum.map((s: any) => s.verb)).toEqual(expect.arrayContaining(['believes', 'supports', 'proposes']));
  });

  it('every statement and mention slices its article body exactly', async () => {
    const result = await data(`{ articles { nodes { body statements { text startOffset endOffset }
      mentions { text start end entity { __typename } } } } }`);
    let spans = 0;
    for (const article of result.articles.nodes) {
      for (const s of article.statements) {
        expect(article.body.slice(s.startOffset, s.endOffset)).toBe(s.text);
        spans += 1;
      }
      for (const m of article.mentions) {
        expect(article.body.slice(m.start, m.end)).toBe(m.text);
        spans += 1;
      }
    }
    const expected = gold.articles.reduce(
      (n, a) =>
        n +
        a.statements.length +
        [...a.countries, ...a.organizations, ...a.people, ...a.initiatives].reduce((k, e) => k + e.mentions.length, 0),
      0,
    );
    expect(spans).toBe(expected);
  });

  it('filters articles by country, organization, initiative and person', async () => {
    const tj = await data('{ articles(filter: { countries: ["TJ"] }) { totalCount nodes { body } } }');
    const expected = gold.articles.filter((a) => a.countries.some((c) => c.iso2 === 'TJ')).length;
    expect(tj.articles.totalCount).toBe(expected);
    for (const a of tj.articles.nodes) expect(a.body).toMatch(/Tajik/);

    const ids = await data(`{ organization(acronym: "CHA") { id name }
      initiatives(filter: { search: "Spider Web" }) { nodes { id name kind status year } }
      people(filter: { search: "Wang" }) { nodes { id name } } }`);
    expect(ids.organization.name).toBe('Chinese Hospital Association');
    expect(ids.initiatives.nodes[0]).toMatchObject({
      name: 'International Anti-Drug Operation Spider Web',
      kind: 'OPERATION',
    });
    const filtered = await data(
      `query($org: ID!, $init: ID!, $person: ID!) {
        byOrg: articles(filter: { organizations: [$org] }) { nodes { title } }
        byInit: articles(filter: { initiatives: [$init] }) { nodes { title } }
        byPerson: articles(filter: { people: [$person] }) { nodes { title } }
        both: articles(filter: { organizations: [$org], people: [$person] }) { totalCount } }`,
      { org: ids.organization.id, init: ids.initiatives.nodes[0].id, person: ids.people.nodes[0].id },
    );
    expect(filtered.byOrg.nodes.map((a: any) => a.title)).toEqual([gold.articles[3].title]);
    expect(filtered.byInit.nodes.map((a: any) => a.title)).toEqual([gold.articles[1].title]);
    expect(filtered.byPerson.nodes.map((a: any) => a.title)).toEqual([gold.articles[2].title]);
    expect(filtered.both.totalCount).toBe(0);
  });

  it('filters by source and publication dates (the corpus has neither)', async () => {
    const result = await data(`{ a: articles(filter: { source: "Reuters" }) { totalCount }
      b: articles(filter: { publishedAfter: "2000-01-01T00:00:00Z" }) { totalCount } }`);
    expect(result).toEqual({ a: { totalCount: 0 }, b: { totalCount: 0 } });
    const bad = await gql(
      '{ articles(filter: { publishedAfter: "2022-01-01T00:00:00Z", publishedBefore: "2021-01-01T00:00:00Z" }) { totalCount } }',
    );
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('relations go both ways', async () => {
    const result = await data(`{ country(iso2: "UZ") {
      articles { totalCount nodes { title } }
      statements { totalCount nodes { text countries { iso2 } } }
    }
    organization(acronym: "SCO") { name acronym kind country { iso2 } memberships { role country { iso2 } }
      articles(first: 2) { totalCount } statements { totalCount } people { nodes { name } } } }`);
    expect(result.country.articles.totalCount).toBeGreaterThan(0);
    for (const s of result.country.statements.nodes) expect(s.countries.map((c: any) => c.iso2)).toContain('UZ');
    expect(result.organization).toMatchObject({ name: 'Shanghai Cooperation Organization', kind: 'INTERGOVERNMENTAL' });
    expect(result.organization.memberships).toHaveLength(18);
    expect(result.organization.articles.totalCount).toBe(4);
    expect(result.organization.people.nodes.map((p: any) => p.name)).toContain('Vladimir Imamovich Norov');
  });

  it('initiatives carry kind, status, proposers and participants', async () => {
    const result = await data(`{ initiatives(first: 100) { totalCount nodes { name kind status year
      proposedBy { __typename ... on Country { iso2 } ... on Organization { name } ... on Person { name } }
      participants { __typename } articles { totalCount } statements { totalCount } } } }`);
    const names = result.initiatives.nodes.map((i: any) => i.name);
    for (const name of [
      'Wuhan Initiative',
      'China-SCO Health Cooperation Demonstration Area',
      'China-SCO Friendship Expo Park',
      'House of Friendship',
      'SCO Women’s Forum',
      'International Anti-Drug Operation Spider Web',
      'Shanghai Convention on Combating Terrorism, Separatism and Extremism',
      'SCO Convention on Combating Extremism',
      'SCO Development Strategy until 2025',
      'Lifeline Express International Sight Saving Mission',
    ]) {
      expect(names).toContain(name);
    }
    const lifeline = result.initiatives.nodes.find((i: any) => i.name.startsWith('Lifeline'));
    expect(lifeline).toMatchObject({ status: 'COMPLETED', year: 2019 });
    for (const i of result.initiatives.nodes) expect(i.articles.totalCount).toBeGreaterThan(0);
  });

  it('which initiatives involve Tajikistan', async () => {
    const result = await data(
      '{ initiatives(filter: { country: "TJ" }) { nodes { name } } country(iso2: "TJ") { initiatives { nodes { name } } } }',
    );
    expect(result.initiatives.nodes.map((i: any) => i.name)).toContain('SCO Women’s Forum');
    for (const i of result.country.initiatives.nodes) expect(result.initiatives.nodes).toContainEqual(i);
  });
});
