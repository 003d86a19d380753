import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from './client.js';
import { startIsolatedServer, type IsolatedServer } from './isolated-server.js';

let server: IsolatedServer;
beforeAll(async () => {
  server = await startIsolatedServer('trustproxy', { ACCORD_RATE_LIMIT: '2', ACCORD_TRUST_PROXY: '1' });
}, 120_000);
afterAll(async () => server?.close());

const from = (address: string) =>
  gql('{ stats { articles } }', {}, { url: server.url, headers: { 'x-forwarded-for': address } });

describe('ACCORD_TRUST_PROXY', () => {
  it('limits each client behind the proxy by its forwarded address, not the proxy as one client', async () => {
    expect((await from('203.0.113.7')).status).toBe(200);
    expect((await from('203.0.113.7')).status).toBe(200);
    expect((await from('203.0.113.7')).status).toBe(429);
    expect((await from('198.51.100.9')).status).toBe(200);
  });
});
