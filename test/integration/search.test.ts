import { describe, expect, it } from 'vitest';
import { data, gql } from './client.js';

const SEARCH = `query($q: String!, $types: [SearchType!], $first: Int, $after: String) {
  search(query: $q, types: $types, first: $first, after: $after) {
    edges { cursor rank highlight node { __typename
      ... on Article { title } ... on Statement { text speaker { ... on Person { name } } }
      ... on Country { name } ... on Person { name } ... on Organization { name } ... on Initiative { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function search(q: string, extra: Record<string, unknown> = {}) {
  return (await data(SEARCH, { q, ...extra })).search;
}

describe('search', () => {
  it('"drug trafficking" ranks the Secretary-General first, with the words highlighted', async () => {
    const result = await search('drug trafficking');
    const top = result.edges[0];
    const fromNorov =
      top.node.speaker?.name === 'Vladimir Imamovich Norov' || top.node.title?.includes('SCO Secretary General');
    expect(fromNorov).toBe(true);
    expect(top.highlight).toMatch(/<b>drug<\/b> <b>trafficking<\/b>/i);
    const ranks = result.edges.map((e: any) => e.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it.each([
    ['Tadjikistan', 'Country', 'Tajikistan'],
    ['Kirgizstan', 'Country', 'Kyrgyzstan'],
    ['Norow', 'Person', 'Vladimir Imamovich Norov'],
  ])('finds names despite typos: %s', async (query, type, name) => {
    const result = await search(query);
    expect(result.edges[0].node).toMatchObject({ __typename: type, name });
  });

  it('restricts to the asked types and pages with cursors', async () => {
    const all = await search('SCO', { types: ['STATEMENT'], first: 100 });
    expect(all.edges.length).toBeGreaterThan(5);
    for (const e of all.edges) expect(e.node.__typename).toBe('Statement');
    const first = await search('SCO', { types: ['STATEMENT'], first: 3 });
    const second = await search('SCO', { types: ['STATEMENT'], first: 3, after: first.pageInfo.endCursor });
    expect([...first.edges, ...second.edges].map((e: any) => e.node.text)).toEqual(
      all.edges.slice(0, 6).map((e: any) => e.node.text),
    );
  });

  it('supports phrases, or and exclusion (web search syntax)', async () => {
    const phrase = await search('"political dialogue"', { types: ['STATEMENT'] });
    for (const e of phrase.edges) expect(e.node.text.toLowerCase()).toContain('political dialogue');
    const excluded = await search('dialogue -Afghanistan', { types: ['STATEMENT'] });
    for (const e of excluded.edges) expect(e.node.text).not.toMatch(/Afghanistan/);
  });

  it('a query that matches nothing is an empty connection; odd syntax is no error', async () => {
    expect((await search('xyzzyplugh')).edges).toEqual([]);
    const odd = await gql(SEARCH, { q: '"unbalanced & | ! (' });
    expect(odd.errors).toBeUndefined();
    const empty = await gql(SEARCH, { q: '   ' });
    expect(empty.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('the search argument of filters uses the same text search', async () => {
    const result = await data(
      '{ articles(filter: { search: "opioids" }) { nodes { title } } statements(filter: { search: "opioids" }) { totalCount } }',
    );
    expect(result.articles.nodes).toHaveLength(1);
    expect(result.articles.nodes[0].title).toMatch(/Secretary General/);
    expect(result.statements.totalCount).toBe(1);
  });
});

describe('analytics', () => {
  it('stats counts the graph', async () => {
    const { stats } = await data('{ stats { articles statements people organizations countries initiatives } }');
    expect(stats.articles).toBe(4);
    expect(stats.countries).toBe(249);
    expect(stats.statements).toBeGreaterThan(40);
  });

  it('topSpeakers puts the Secretary-General and the Forum in its top two', async () => {
    const result = await data(
      '{ topSpeakers(first: 2) { statements speaker { __typename ... on Person { name } ... on Organization { name } } } }',
    );
    expect(result.topSpeakers.map((s: any) => s.speaker.name).sort()).toEqual([
      'Shanghai Cooperation Organization Forum on People-to-People Friendship',
      'Vladimir Imamovich Norov',
    ]);
    // the kept counts (no filter) and the aggregation (any filter) agree
    const Q =
      '{ statements speaker { __typename ... on Person { id } ... on Organization { id } ... on Country { id } } }';
    const both = await data(
      `{ kept: topSpeakers(first: 20) ${Q} counted: topSpeakers(first: 20, filter: { kinds: [DIRECT_QUOTE, REPORTED_SPEECH, POSITION] }) ${Q} }`,
    );
    expect(both.kept.length).toBeGreaterThan(3);
    expect(both.kept).toEqual(both.counted);
    const quotes = await data(
      '{ topSpeakers(filter: { kinds: [DIRECT_QUOTE] }, first: 1) { speaker { ... on Person { name } } } }',
    );
    expect(quotes.topSpeakers[0].speaker.name).toBe('Vladimir Imamovich Norov');
  });

  it('mentionTimeline buckets the articles and mentions of an entity', async () => {
    const { country } = await data('{ country(iso2: "AF") { id articles { totalCount } } }');
    const result = await data(
      'query($id: ID!) { mentionTimeline(id: $id, interval: YEAR) { start articles mentions } }',
      { id: country.id },
    );
    const total = result.mentionTimeline.reduce((n: number, b: any) => n + b.articles, 0);
    expect(total).toBe(country.articles.totalCount);
    expect(result.mentionTimeline[0].mentions).toBeGreaterThanOrEqual(total);
    const bad = await gql('{ mentionTimeline(id: "QXJ0aWNsZTox", interval: DAY) { start } }');
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('coMentions ranks what appears in the same articles, never the entity itself', async () => {
    const { organization } = await data('{ organization(acronym: "SCO") { id } }');
    const result = await data(
      'query($id: ID!) { coMentions(id: $id, types: [COUNTRY], first: 5) { articles node { __typename ... on Country { iso2 } } } }',
      { id: organization.id },
    );
    expect(result.coMentions).toHaveLength(5);
    expect(result.coMentions.every((c: any) => c.node.__typename === 'Country')).toBe(true);
    expect(result.coMentions[0]).toMatchObject({ node: { iso2: 'CN' }, articles: 4 });
  });
});
