import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { ERROR_CATALOGUE } from '../../src/graphql/error-catalogue.js';

/** The error table (docs/errors.md, the IDE) tells the truth: each code, provoked, answers the status it lists. */
const statusOf = (code: string) => Number(/^\d{3}/.exec(ERROR_CATALOGUE.find((e) => e.code === code)!.status)![0]);

const post = async (body: unknown, headers: Record<string, string> = {}) => {
  const response = await fetch(inject('graphqlUrl'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, code: json.errors?.[0]?.extensions?.code };
};

const CASES: [string, unknown, Record<string, string>?][] = [
  ['GRAPHQL_PARSE_FAILED', { query: '{ stats { articles ' }],
  ['GRAPHQL_VALIDATION_FAILED', { query: '{ nope }' }],
  ['BAD_REQUEST', {}],
  ['OPERATION_RESOLUTION_FAILURE', { query: 'query A { stats { articles } } query B { stats { people } }' }],
  ['BAD_USER_INPUT', { query: 'query($n: Int!) { articles(first: $n) { totalCount } }', variables: { n: 'many' } }],
  ['BAD_USER_INPUT', { query: '{ articles(first: 500) { nodes { title } } }' }],
  ['UNAUTHENTICATED', { query: '{ stats { articles } }' }, { authorization: 'Bearer acc_not-a-real-key' }],
  [
    'QUERY_TOO_COMPLEX',
    { query: '{ countries(first: 100) { nodes { articles(first: 100) { nodes { title statements { text } } } } } }' },
  ],
  ['PERSISTED_QUERY_NOT_FOUND', { extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } }],
];

describe('the error table', () => {
  it.each(CASES)('%s answers the HTTP status the table gives', async (code, body, headers) => {
    const result = await post(body, headers);
    expect(result.code).toBe(code);
    expect(result.status).toBe(statusOf(code));
  });
});
