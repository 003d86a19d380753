import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startExtraServer, type ExtraServer } from './extra-server.js';

const APP = 'http://127.0.0.1:5173';

function preflight(url: string, origin: string) {
  return fetch(url, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type, authorization',
    },
  });
}

function post(url: string, origin: string) {
  return fetch(url, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ stats { articles } }' }),
  });
}

let listed: ExtraServer;
let off: ExtraServer;

beforeAll(async () => {
  [listed, off] = await Promise.all([
    startExtraServer({ ACCORD_CORS_ORIGINS: `${APP}, https://news.example.org/` }),
    startExtraServer({ ACCORD_CORS_ORIGINS: 'none' }),
  ]);
}, 60_000);
afterAll(async () => {
  await listed?.close();
  await off?.close();
});

describe('CORS', () => {
  it("by default answers any origin's preflight, for the Authorization header, without credentials", async () => {
    const response = await preflight(inject('graphqlUrl'), 'https://anywhere.example');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(Number(response.headers.get('access-control-max-age'))).toBeGreaterThan(0);
    const answer = await post(inject('graphqlUrl'), 'https://anywhere.example');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(answer.headers.get('access-control-expose-headers')).toMatch(/X-RateLimit-Remaining/);
  });

  it('with a list, allows exactly the listed origins', async () => {
    const ok = await preflight(listed.url, APP);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(APP);
    expect(ok.headers.get('vary')).toMatch(/Origin/i);
    const alsoOk = await post(listed.url, 'https://news.example.org');
    expect(alsoOk.headers.get('access-control-allow-origin')).toBe('https://news.example.org');
    const other = await preflight(listed.url, 'https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('off: no CORS header at all, and CSRF prevention still refuses simple cross-site requests', async () => {
    const response = await preflight(off.url, APP);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const answer = await post(off.url, APP);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    // a form-like POST (simple content type, no preflight) is refused whatever CORS says
    for (const url of [inject('graphqlUrl'), off.url]) {
      const simple = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: '{"query":"{ stats { articles } }"}',
      });
      expect(simple.status).toBe(400);
      expect(await simple.text()).toMatch(/CSRF/i);
    }
  });
});
