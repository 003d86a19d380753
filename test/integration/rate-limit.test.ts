import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gql } from './client.js';
import { startIsolatedServer, type IsolatedServer } from './isolated-server.js';

let server: IsolatedServer;
beforeAll(async () => {
  server = await startIsolatedServer('ratelimit', { ACCORD_RATE_LIMIT: '3' });
}, 120_000);
afterAll(async () => server?.close());

describe('rate limiting', () => {
  it('answers RATE_LIMITED (HTTP 429) past the limit, per caller', async () => {
    for (let i = 0; i < 3; i += 1)
      expect((await gql('{ stats { articles } }', {}, { url: server.url })).errors).toBeUndefined();
    const limited = await gql('{ stats { articles } }', {}, { url: server.url });
    expect(limited.status).toBe(429);
    expect(limited.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(limited.errors?.[0].message).toMatch(/limit is 3 per minute; retry in \d+ s/);
    // a key is a caller of its own
    const withKey = await gql('{ stats { articles } }', {}, { url: server.url, key: inject('adminKey') });
    expect(withKey.errors).toBeUndefined();
  });
});
