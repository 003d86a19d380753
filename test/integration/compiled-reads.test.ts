import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { generateArticleTexts } from '../../src/generate/index.js';
import { gql, type GraphQLResponse } from './client.js';
import { startExtraServer, type ExtraServer } from './extra-server.js';
import { startIsolatedServer, type IsolatedServer } from './isolated-server.js';

/**
 * Compiled reads (src/graphql/compiled-reads.ts) answer a query with one SQL statement
 * that builds the JSON; the resolvers answer everything else. Both must give the same
 * answer to the same query, byte for byte: every query here is sent to a server with
 * compiled reads (the default) and to one with ACCORD_COMPILED_READS=false on the same
 * database, and the answers compared. `extensions.sqlStatements` shows which path ran.
 */

let compiled: IsolatedServer;
let resolvers: ExtraServer;

beforeAll(async () => {
  compiled = await startIsolatedServer('compiled');
  // The bundled corpus plus generated articles: dates, several speakers of each kind, titles to sort.
  for (const file of generateArticleTexts(60, 7, 20)) {
    const result = await gql(
      'mutation($input: IngestArticlesInput!) { ingestArticles(input: $input) { results { status } } }',
      { input: { text: file.text, source: 'Accord test generator' } },
      { url: compiled.url, key: inject('adminKey') },
    );
    expect(result.errors).toBeUndefined();
  }
  resolvers = await startExtraServer({ ACCORD_COMPILED_READS: 'false' }, compiled.databaseUrl);
}, 180_000);
afterAll(async () => {
  await resolvers?.close();
  await compiled?.close();
});

/** The response body as sent, and parsed. */
async function post(url: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, text, ...(JSON.parse(text) as Omit<GraphQLResponse, 'status'>) };
}

/** Both answers, checked equal byte for byte (but for the SQL count); returns the compiled server's answer and the counts. */
async function both(query: string, variables: Record<string, unknown> = {}) {
  const [a, b] = await Promise.all([post(compiled.url, query, variables), post(resolvers.url, query, variables)]);
  const sent = (text: string) => text.replace(/"sqlStatements":\d+/, '"sqlStatements":_');
  expect({ status: a.status, body: sent(a.text) }).toEqual({ status: b.status, body: sent(b.text) });
  return {
    result: a,
    statements: a.extensions?.sqlStatements as number,
    resolverStatements: b.extensions?.sqlStatements as number,
  };
}

const SPEAKER = `speaker { __typename
  ... on Person { id name aliases title createdAt updatedAt organization { id name acronym kind aliases country { iso2 } parent { name } } country { iso2 name } }
  ... on Organization { id name acronym kind aliases country { iso2 } parent { id name } }
  ... on Country { id name iso2 iso3 officialName region subregion demonyms aliases } }`;

const ARTICLE_FIELDS = `id __typename title subtitle body url source byline dateline publishedAt language wordCount contentHash createdAt updatedAt`;
const STATEMENT_FIELDS = `id __typename text kind verb speakerName paragraph startOffset endOffset createdAt updatedAt`;

describe('compiled reads answer as the resolvers do', () => {
  it('the nested list of the benchmark, with one statement instead of several', async () => {
    const { result, statements, resolverStatements } = await both(`{ articles(first: 10) { nodes { id title
      statements { id kind text speaker { __typename ... on Person { id name organization { id name } } ... on Organization { id name } } } } } }`);
    expect(result.data.articles.nodes).toHaveLength(10);
    expect(statements).toBe(1);
    expect(resolverStatements).toBeGreaterThanOrEqual(1);
  });

  it('every column of articles, statements and speakers of each kind', async () => {
    const { result, statements } = await both(`{ articles(first: 100) { totalCount nodes { ${ARTICLE_FIELDS}
      statements { ${STATEMENT_FIELDS} article { id title } ${SPEAKER} } } } }`);
    const kinds = new Set(
      result.data.articles.nodes.flatMap((a: any) => a.statements.map((s: any) => s.speaker?.__typename ?? 'none')),
    );
    expect([...kinds].sort((x, y) => String(x).localeCompare(String(y)))).toEqual([
      'Country',
      'none',
      'Organization',
      'Person',
    ]);
    expect(result.data.articles.totalCount).toBeGreaterThan(60);
    expect(statements).toBe(1);
  });

  it('a country with its memberships, and null for an unknown code', async () => {
    const { result, statements } =
      await both(`{ tj: country(iso2: " tj ") { id name iso2 iso3 region subregion demonyms aliases officialName createdAt
      memberships { id __typename role since until createdAt country { iso2 } organization { id name acronym kind memberships { role country { iso2 } } } } }
      none: country(iso2: "QQ") { name } __typename }`);
    expect(result.data.tj.memberships.length).toBeGreaterThan(0);
    expect(result.data.none).toBeNull();
    expect(statements).toBe(1);
  });

  it('filters, orders, cursors and pageInfo, forwards and backwards', async () => {
    const page = `edges { __typename cursor node { id title publishedAt } } pageInfo { __typename hasNextPage hasPreviousPage startCursor endCursor } totalCount`;
    for (const orderBy of [
      null,
      { field: 'TITLE', direction: 'ASC' },
      { field: 'CREATED_AT', direction: 'DESC' },
      { field: 'PUBLISHED_AT', direction: 'ASC' },
    ]) {
      const query = `query($first: Int, $last: Int, $after: String, $before: String, $orderBy: ArticleOrder, $filter: ArticleFilter) {
        articles(first: $first, last: $last, after: $after, before: $before, orderBy: $orderBy, filter: $filter) { ${page} } }`;
      const first = await both(query, { first: 7, orderBy });
      expect(first.statements).toBe(1);
      const after = first.result.data.articles.pageInfo.endCursor;
      const second = await both(query, { first: 7, after, orderBy });
      expect(second.result.errors).toBeUndefined();
      expect(second.result.data.articles.pageInfo.hasPreviousPage).toBe(true);
      const before = second.result.data.articles.pageInfo.startCursor;
      const back = await both(query, { last: 3, before, orderBy });
      expect(back.result.data.articles.edges.map((e: any) => e.cursor)).toEqual(
        first.result.data.articles.edges.slice(-3).map((e: any) => e.cursor),
      );
      await both(query, { before, orderBy });
      await both(query, {
        first: 5,
        orderBy,
        filter: { countries: ['KZ', 'tj'], publishedAfter: '2000-01-01T00:00:00Z' },
      });
    }
  });

  it('statement lists with filters, variables, aliases, fragments and directives', async () => {
    const query = `query($kinds: [StatementKind!], $withSpeaker: Boolean!, $skipText: Boolean!) {
      quotes: statements(filter: { kinds: $kinds }, first: 50) { nodes { ...S kind speaker @include(if: $withSpeaker) { ...Who } } pageInfo { hasNextPage } }
      byDate: statements(orderBy: { field: CREATED_AT, direction: DESC }, first: 30) { nodes { id text @skip(if: $skipText) same: text speakerName } }
      named: statements(filter: { speakerName: "Norov" }, first: 20) { totalCount nodes { id } }
    }
    fragment S on Statement { id text verb }
    fragment Who on Speaker { __typename ... on Person { name } ... on Organization { name acronym } ... on Country { name } }`;
    for (const variables of [
      { kinds: ['DIRECT_QUOTE'], withSpeaker: true, skipText: false },
      { kinds: ['REPORTED_SPEECH', 'POSITION'], withSpeaker: false, skipText: true },
    ]) {
      const { result, statements } = await both(query, variables);
      expect(result.data.quotes.nodes.length).toBeGreaterThan(0);
      expect(statements).toBe(1);
    }
  });

  it('countries, people and organizations: filters, name cursors through every page, README queries', async () => {
    const observers = await both(`query ScoObservers {
      countries(filter: { membership: { organization: "SCO", roles: [OBSERVER] } }) {
        totalCount nodes { name iso2 memberships { role since organization { acronym } } } } }`);
    expect(observers.result.data.countries.totalCount).toBeGreaterThan(0);
    expect(observers.statements).toBe(1);
    // Every page of all countries by name: text cursors (accents, apostrophes) as encodeCursor writes them.
    let after: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof both>> = await both(
        `query($after: String) { countries(first: 100, after: $after) { edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      const info = page.result.data.countries.pageInfo;
      after = info.hasNextPage ? info.endCursor : null;
      pages += 1;
    } while (after && pages < 10);
    expect(pages).toBeGreaterThan(2);
    const people =
      await both(`{ people(filter: { search: "Norov" }) { nodes { id name title aliases organization { name acronym } country { iso2 } } }
      all: people(first: 100) { totalCount nodes { name organization { name } } } }`);
    expect(people.result.data.people.nodes.length).toBeGreaterThan(0);
    expect(people.statements).toBe(1);
    const organizations = await both(`{ organizations(first: 50, filter: { kinds: [INTERGOVERNMENTAL] }) { totalCount
      pageInfo { hasNextPage startCursor endCursor } nodes { name acronym kind country { iso2 } parent { name }
      memberships { role country { iso2 } } } }
      cn: organizations(filter: { country: "cn" }) { nodes { name } } }`);
    expect(organizations.result.data.organizations.nodes.length).toBeGreaterThan(0);
    expect(organizations.statements).toBe(1);
    await both('{ countries(filter: { membership: { organization: " " } }) { nodes { name } } }');
    await both('{ people(filter: { organization: "QXJ0aWNsZTox" }) { nodes { name } } }');
  });

  it('a field only resolvers know sends the whole query to them, with the same answer; /metrics counts both', async () => {
    const counted = async () => {
      const text = await (await fetch(compiled.url.replace(/\/graphql$/, '/metrics'))).text();
      const value = (result: string) =>
        Number(
          text
            .split('\n')
            .find((l) => l.startsWith(`accord_graphql_compiled_reads_total{result="${result}"}`))
            ?.split(' ')[1] ?? 0,
        );
      return { compiled: value('compiled'), resolvers: value('resolvers') };
    };
    const before = await counted();
    const { statements, resolverStatements } = await both(
      `{ statements(first: 5) { nodes { id text sentence { text statementStart } } } }`,
    );
    expect(statements).toBe(resolverStatements);
    expect(statements).toBeGreaterThan(1);
    await both('{ statements(first: 5) { nodes { id } } }');
    const after = await counted();
    expect(after.compiled - before.compiled).toBeGreaterThanOrEqual(1);
    expect(after.resolvers - before.resolvers).toBeGreaterThanOrEqual(1);
  });

  it('arguments the resolvers refuse get the same error', async () => {
    for (const query of [
      '{ articles(first: 101) { nodes { id } } }',
      '{ articles(first: 2, last: 2) { nodes { id } } }',
      '{ articles(after: "not-a-cursor") { nodes { id } } }',
      '{ statements(filter: { speaker: "QXJ0aWNsZTox" }) { nodes { id } } }',
    ]) {
      const { result } = await both(query);
      expect(result.status).toBe(400);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
