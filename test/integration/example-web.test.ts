import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { buildExample } from '../../examples/web/build.mjs';
import { serveStatic } from '../../examples/web/serve.mjs';
import { launchBrowser, watch } from './browser.js';
import { data } from './client.js';
import { startExtraServer, type ExtraServer } from './extra-server.js';

/**
 * The example frontend (examples/web), built from the committed schema, served from its
 * own origin and opened in Chromium against real servers: CORS on (the default), CORS
 * off, and trusted-documents mode with the list the build extracted.
 */
let browser: Browser;
let site: Server;
let siteUrl: string;
let corsOff: ExtraServer;
let trusted: ExtraServer;

beforeAll(async () => {
  const dist = await buildExample({ quiet: true });
  site = await serveStatic(dist, 0, '127.0.0.1');
  const address = site.address();
  siteUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  [browser, corsOff, trusted] = await Promise.all([
    launchBrowser(),
    startExtraServer({ ACCORD_CORS_ORIGINS: 'none' }),
    startExtraServer({ ACCORD_TRUSTED_DOCUMENTS: `${dist}/persisted-documents.json` }),
  ]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await corsOff?.close();
  await trusted?.close();
  await new Promise((resolve) => site?.close(resolve));
});

async function openPage(api: string) {
  const page = await browser.newPage();
  const seen = watch(page);
  await page.goto(`${siteUrl}?${new URLSearchParams({ api, speaker: 'Norov', org: 'SCO' })}`);
  await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
  const cards = await page.$$eval('.quote-card', (els) =>
    els.map((el) => ({
      quote: el.querySelector('.quote')?.textContent ?? '',
      marked: el.querySelector('.sentence mark')?.textContent ?? '',
      sentence: el.querySelector('.sentence')?.textContent ?? '',
      start: Number(el.getAttribute('data-start')),
      footer: el.querySelector('footer')?.textContent ?? '',
    })),
  );
  const members = await page.$$eval('.members li', (els) => els.map((el) => el.textContent ?? ''));
  const months = await page.$$eval('.timeline li', (els) => els.map((el) => Number(el.getAttribute('data-mentions'))));
  const errors = await page.$$eval('.error', (els) => els.map((el) => el.getAttribute('data-code')));
  return { page, seen, cards, members, months, errors };
}

describe('examples/web in Chromium, from another origin', () => {
  it("lists Norov's quotes with their sentences, the SCO's members and a timeline, through the typed client", async () => {
    const api = inject('graphqlUrl');
    expect(new URL(api).origin).not.toBe(new URL(siteUrl).origin);
    const { page, seen, cards, members, months, errors } = await openPage(api);
    expect(errors).toEqual([]);
    const expected = await data(
      `{ people(filter: { search: "Norov" }) { nodes { statements(first: 20) { nodes { text sentence { text } } } } } }`,
    );
    const statements = expected.people.nodes.flatMap((p: any) => p.statements.nodes);
    expect(statements.length).toBeGreaterThanOrEqual(4);
    expect(cards.map((c) => c.quote)).toEqual(statements.map((s: any) => s.text));
    for (const card of cards) {
      // the sentence is shown around the quote, the quote marked inside it
      expect(card.marked).toBe(card.quote);
      expect(card.sentence).toContain(card.quote);
      expect(card.footer).toMatch(/characters \d+–\d+ of the body/);
    }
    expect(cards.some((c) => c.sentence.length > c.quote.length)).toBe(true);
    expect(members.some((m) => m.startsWith('Tajikistan (TJ)'))).toBe(true);
    expect(members.length).toBeGreaterThanOrEqual(8);
    expect(months.length).toBeGreaterThan(0);
    expect(months.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(seen.external()).toEqual([]);
    expect(seen.consoleErrors).toEqual([]);
    await page.close();
  });

  it('reads nothing when the server sends no CORS headers', async () => {
    // the server itself answers (curl-like clients are not subject to CORS) ...
    const direct = await data('{ stats { statements } }', {}, { url: corsOff.url });
    expect(direct.stats.statements).toBeGreaterThan(0);
    // ... but the browser refuses the page a cross-origin read
    const { page, cards, members, errors } = await openPage(corsOff.url);
    expect(cards).toEqual([]);
    expect(members).toEqual([]);
    expect(errors).toEqual(['NETWORK_ERROR', 'NETWORK_ERROR']);
    await page.close();
  });

  it('works against a server that runs only the trusted documents its build extracted', async () => {
    const { page, cards, members, errors } = await openPage(trusted.url);
    expect(errors).toEqual([]);
    expect(cards.length).toBeGreaterThanOrEqual(4);
    expect(members.length).toBeGreaterThanOrEqual(8);
    await page.close();
  });
});
