import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { httpLogMiddleware } from '../../src/observability/http-log.js';
import { requestRecordMiddleware } from '../../src/observability/request-record.js';

/** The request log of a small express app over real HTTP, at a given log level. */
async function served(level: string) {
  const lines: Record<string, any>[] = [];
  const log = pino({ level }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  const app = express();
  app.use(requestRecordMiddleware);
  app.use(httpLogMiddleware(log));
  app.get('/ok', (_req, res) => void res.json({ ok: true }));
  app.get('/broken', (_req, res) => void res.status(503).json({ ok: false }));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = async (path: string) => {
    const response = await fetch(`${base}${path}`, { headers: { 'x-request-id': `test-${path.slice(1)}` } });
    await response.text();
    // The line is written on 'finish', after the body went out.
    await new Promise((r) => setTimeout(r, 20));
    return response.status;
  };
  return { lines, get, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

describe('the request log', () => {
  it('at info, one line per request, failures at error', async () => {
    const app = await served('info');
    close = app.close;
    expect(await app.get('/ok')).toBe(200);
    expect(await app.get('/broken')).toBe(503);
    expect(app.lines.map((l) => [l.level, l.reqId, l.res?.statusCode])).toEqual([
      [30, 'test-ok', 200],
      [50, 'test-broken', 503],
    ]);
  });

  it('above info, only failures, in the same shape and without pino-http', async () => {
    const app = await served('warn');
    close = app.close;
    expect(await app.get('/ok')).toBe(200);
    expect(await app.get('/broken')).toBe(503);
    expect(app.lines).toHaveLength(1);
    expect(app.lines[0]).toMatchObject({
      level: 50,
      reqId: 'test-broken',
      req: { method: 'GET', path: '/broken' },
      res: { statusCode: 503 },
      msg: 'GET /broken failed with 503',
    });
    expect(typeof app.lines[0].responseTime).toBe('number');
  });
});
