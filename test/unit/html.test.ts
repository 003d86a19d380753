import { describe, expect, it } from 'vitest';
import { articleFromHtml } from '../../src/ingest/html.js';
import { refusedAddress } from '../../src/modules/job/fetch-page.js';

const page = (head: string, article: string) =>
  `<!doctype html><html><head>${head}</head><body>
  <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a> <a href="/about">About us</a></nav>
  ${article}
  <aside><h3>Most read</h3><ul><li><a href="/a">Celebrity wedding pictures</a></li><li><a href="/b">Weather tomorrow</a></li></ul></aside>
  <footer>© 2021 Test Wire. All rights reserved. <a href="/privacy">Privacy</a></footer></body></html>`;

const STORY = `<article><h1>Ministers agree on a regional drug plan</h1>
  <p class="byline">By Ana Ribeiro</p>
  <p>DUSHANBE – Foreign ministers of the Shanghai Cooperation Organization met in Dushanbe on Wednesday to agree on a plan against drug trafficking across the region.</p>
  <p>“We remain committed to the fight against drug trafficking,” the Secretary-General said after the meeting, adding that the plan would be reviewed next year.</p>
  <h2>Border controls</h2>
  <p>The ministers asked Tajikistan and Kazakhstan to report on <a href="/borders">border controls</a> by the end of the year, the joint statement said.</p>
  </article>`;

describe('articleFromHtml (Readability on linkedom)', () => {
  it('reads title, byline, date, site and canonical URL, and keeps only the story as paragraphs', () => {
    const a = articleFromHtml(
      page(
        `<title>Ministers agree on a regional drug plan | Test Wire</title><meta property="og:site_name" content="Test Wire">
         <meta property="article:published_time" content="2021-07-14T08:30:00Z"><link rel="canonical" href="https://wire.example.org/drug-plan">`,
        STORY,
      ),
    )!;
    expect(a.title).toBe('Ministers agree on a regional drug plan');
    expect(a.byline).toBe('By Ana Ribeiro');
    expect(a.publishedAt).toBe('2021-07-14T08:30:00.000Z');
    expect(a.siteName).toBe('Test Wire');
    expect(a.url).toBe('https://wire.example.org/drug-plan');
    const paragraphs = a.body.split('\n\n');
    expect(paragraphs[0]).toMatch(/^DUSHANBE – Foreign ministers/);
    expect(paragraphs).toContain('Border controls');
    expect(paragraphs.at(-1)).toMatch(/report on border controls by the end of the year/);
    expect(a.body).not.toMatch(/Most read|Celebrity|All rights reserved|About us|By Ana Ribeiro/);
  });

  it('takes the date from a <time datetime> when the metadata has none', () => {
    const a = articleFromHtml(
      page(
        '<title>T</title>',
        STORY.replace(
          '<p class="byline">By Ana Ribeiro</p>',
          '<p>Posted <time datetime="2021-06-15">15 June</time></p>',
        ),
      ),
    )!;
    expect(a.publishedAt).toBe('2021-06-15T00:00:00.000Z');
    expect(a.byline).toBeNull();
  });

  it('finds no article in a page without one', () => {
    expect(articleFromHtml('<html><body><nav><a href="/">Home</a></nav></body></html>')).toBeNull();
    expect(articleFromHtml('')).toBeNull();
  });
});

describe('refusedAddress', () => {
  it('refuses loopback, private, link-local, unspecified and mapped addresses; allows public unicast', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.9',
      '192.168.1.1',
      '169.254.169.254',
      '0.0.0.0',
      '100.64.0.1',
      '::1',
      '::',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
    ]) {
      expect(refusedAddress(address), address).not.toBeNull();
    }
    expect(refusedAddress('127.0.0.1')).toMatch(/loopback/);
    expect(refusedAddress('192.168.1.1')).toMatch(/private/);
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111'])
      expect(refusedAddress(address), address).toBeNull();
  });
});
