import { describe, expect, it } from 'vitest';
import { baseUrl, data, gql } from './client.js';

describe('errors and limits', () => {
  it('answers /healthz and /readyz with JSON', async () => {
    const health = await fetch(`${baseUrl()}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    const ready = await fetch(`${baseUrl()}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: 'reachable' });
  });

  it('a query deeper than the limit is QUERY_TOO_COMPLEX, before anything runs', async () => {
    const deep = `{ countries(first: 1) { nodes { memberships { organization { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } }`;
    const result = await gql(deep);
    expect(result.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors?.[0].message).toMatch(/depth limit of 10 exceeded, found \d+/);
    expect(result.status).toBe(400);
  });

  it('a query whose page sizes multiply past the budget is QUERY_TOO_COMPLEX', async () => {
    const wide = `{ countries(first: 100) { nodes { articles(first: 100) { nodes { title statements { text } } } } } }`;
    // 100 countries x 100 articles x (1 + 30 statements) objects
    const result = await gql(wide);
    expect(result.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors?.[0].message).toMatch(/cost 310201 exceeds the limit of 50000/);
    expect(result.status).toBe(400);
    expect(result.extensions?.sqlStatements ?? 0).toBe(0);
  });

  it('a bad key is UNAUTHENTICATED, whatever the operation', async () => {
    const result = await gql('{ stats { articles } }', {}, { key: 'acc_not-a-real-key' });
    expect(result.status).toBe(401);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('validation errors name the field, without stack traces in production', async () => {
    const result = await gql('{ countries { nodes { nope } } }');
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].message).toMatch(/nope/);
    expect(JSON.stringify(result.errors)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });

  it('refuses GET requests that could be cross-site (CSRF prevention)', async () => {
    const response = await fetch(`${baseUrl()}/graphql?query=${encodeURIComponent('{ stats { articles } }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });

  it('node round-trips every kind of object, nodes keeps order and nulls unknown IDs', async () => {
    const tj = await data(
      '{ country(iso2: "TJ") { id name } organization(acronym: "sco") { id name memberships { id } } }',
    );
    const ids = [tj.country.id, tj.organization.id, tj.organization.memberships[0].id];
    const result = await data(
      `query($ids: [ID!]!) { nodes(ids: $ids) { id __typename ... on Country { iso2 } ... on Organization { acronym } ... on Membership { role } } }`,
      { ids: [...ids, 'Q291bnRyeTo5OTk5OTk='] },
    );
    expect(result.nodes.slice(0, 3).map((n: any) => n.id)).toEqual(ids);
    expect(result.nodes[0]).toMatchObject({ __typename: 'Country', iso2: 'TJ' });
    expect(result.nodes[1]).toMatchObject({ __typename: 'Organization', acronym: 'SCO' });
    expect(result.nodes[2]).toMatchObject({ __typename: 'Membership' });
    expect(result.nodes[3]).toBeNull();
    const one = await data('query($id: ID!) { node(id: $id) { id ... on Country { name } } }', { id: tj.country.id });
    expect(one.node).toEqual({ id: tj.country.id, name: 'Tajikistan' });
  });

  it('a malformed ID is BAD_USER_INPUT; an ID of the wrong type in a filter too', async () => {
    const malformed = await gql('{ node(id: "garbage") { id } }');
    expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const tj = (await data('{ country(iso2: "TJ") { id } }')).country.id;
    const wrongType = await gql('query($id: ID!) { people(filter: { organization: $id }) { totalCount } }', { id: tj });
    expect(wrongType.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrongType.errors?.[0].message).toMatch(/expects Organization IDs/);
  });

  it('organization() needs an acronym or a name', async () => {
    const result = await gql('{ organization { id } }');
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
