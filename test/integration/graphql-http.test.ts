import { auditServer } from 'graphql-http';
import { describe, expect, inject, it } from 'vitest';

/**
 * The GraphQL-over-HTTP spec's own audits (graphql-http's auditServer) against the
 * production test server: every MUST, and at least 21 of the 23 SHOULDs.
 */
describe('GraphQL over HTTP (graphql-http audit)', () => {
  it('passes 13/13 MUST and at least 21/23 SHOULD', async () => {
    const results = await auditServer({ url: inject('graphqlUrl') });
    const of = (level: string) => results.filter((r) => r.name.startsWith(level));
    const must = of('MUST');
    const should = of('SHOULD');
    const failed = results.filter((r) => r.status !== 'ok').map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`);
    console.info(
      `graphql-http audit: MUST ${must.filter((r) => r.status === 'ok').length}/${must.length}, SHOULD ${should.filter((r) => r.status === 'ok').length}/${should.length}\n${failed.join('\n')}`,
    );
    expect(must.length).toBe(13);
    expect(must.filter((r) => r.status !== 'ok').map((r) => r.name)).toEqual([]);
    expect(should.filter((r) => r.status === 'ok').length, failed.join('\n')).toBeGreaterThanOrEqual(21);
  });

  it('answers a document error 200 only to a client that asks for application/json alone', async () => {
    const post = (accept?: string) =>
      fetch(inject('graphqlUrl'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) },
        body: JSON.stringify({ query: '{ stats {' }),
      });
    const legacy = await post('application/json');
    expect(legacy.status).toBe(200);
    expect(((await legacy.json()) as any).errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect((await post('application/graphql-response+json, application/json')).status).toBe(400);
    expect((await post()).status).toBe(400);
  });
});
