import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { benchmarkExtraction, benchmarkLongBody } from '../../src/ingest/extract/benchmark.js';
import { extractArticle, extractDump } from '../../src/ingest/extract/extract.js';
import { splitArticles } from '../../src/ingest/split.js';
import type { ExtractedArticle } from '../../src/ingest/types.js';

const corpus = readFileSync(fileURLToPath(new URL('../../data/corpus/sco-2021.txt', import.meta.url)), 'utf8');

function spansExact(a: ExtractedArticle): boolean {
  const spans = [
    ...a.countries.flatMap((c) => c.mentions),
    ...a.organizations.flatMap((o) => o.mentions),
    ...a.people.flatMap((p) => p.mentions),
    ...a.initiatives.flatMap((i) => i.mentions),
    ...a.statements.map((s) => ({ start: s.startOffset, end: s.endOffset, text: s.text })),
  ];
  return spans.every((s) => a.body.slice(s.start, s.end) === s.text);
}

describe('extractArticle / extractDump', () => {
  const articles = extractDump(corpus);

  it('is deterministic', () => {
    expect(extractDump(corpus)).toEqual(articles);
  });

  it('keeps the split fields and fills the contract', () => {
    expect(articles.map((a) => a.title)).toEqual(splitArticles(corpus).map((a) => a.title));
    const a = extractArticle(splitArticles(corpus)[0], {
      url: 'https://example.org/a',
      source: 'Example',
      publishedAt: '2021-06-15',
    });
    expect(a).toMatchObject({
      url: 'https://example.org/a',
      source: 'Example',
      publishedAt: '2021-06-15',
      language: 'en',
    });
  });

  it('produces exact spans, sound references and unique keys', () => {
    for (const a of articles) {
      expect(spansExact(a)).toBe(true);
      const orgKeys = new Set(a.organizations.map((o) => o.key));
      const personKeys = new Set(a.people.map((p) => p.key));
      const initKeys = new Set(a.initiatives.map((i) => i.key));
      expect(orgKeys.size).toBe(a.organizations.length);
      expect(initKeys.size).toBe(a.initiatives.length);
      const isoKeys = new Set(a.countries.map((c) => c.iso2));
      const ok = (r: { type: string; key: string }) =>
        r.type === 'organization'
          ? orgKeys.has(r.key)
          : r.type === 'person'
            ? personKeys.has(r.key)
            : isoKeys.has(r.key);
      for (const o of a.organizations) if (o.parent) expect(orgKeys.has(o.parent)).toBe(true);
      for (const i of a.initiatives)
        for (const r of [...i.proposedBy, ...i.participants]) expect(ok(r), `${i.key} → ${r.key}`).toBe(true);
      for (const s of a.statements) {
        if (s.speaker) expect(ok(s.speaker)).toBe(true);
        for (const k of s.organizations) expect(orgKeys.has(k)).toBe(true);
        for (const k of s.initiatives) expect(initKeys.has(k)).toBe(true);
      }
      for (const e of [...a.organizations, ...a.people, ...a.initiatives]) expect(e.mentions.length).toBeGreaterThan(0);
    }
  });

  it('gives one body one record in every article of a dump', () => {
    const records = articles.flatMap((a) => a.organizations).filter((o) => o.name.startsWith('Good-neighborliness'));
    expect(records.length).toBe(2);
    expect(records[0]).toMatchObject({ ...records[1], mentions: records[0].mentions });
    expect(records[0].aliases).toEqual(['Good-neighborliness, Friendship and Cooperation Committee']);
  });

  it('works on an article about another body (African Union)', () => {
    const body = [
      'ADDIS ABABA – The Peace and Security Council of the African Union (AU) has urged Sudan’s warring parties to observe a ceasefire.',
      'AU Commission Chairperson Moussa Faki Mahamat said the Commission stands ready to deploy the African Standby Force.',
      '“There is no military solution,” Faki told reporters. “We call on all parties to return to the Jeddah talks.”',
      'Kenya and Ethiopia proposed the Nairobi Peace Roadmap, according to diplomats.',
    ].join('\n\n');
    const a = extractArticle({ title: 'T', subtitle: null, dateline: null, body, sections: [] });
    expect(a.countries.map((c) => c.iso2)).toEqual(['SD', 'KE', 'ET']);
    expect(a.organizations.map((o) => o.name)).toEqual([
      'Peace and Security Council',
      'African Union',
      'African Union Commission',
      'African Standby Force',
    ]);
    expect(a.people.map((p) => [p.name, p.title, p.organization])).toEqual([
      ['Moussa Faki Mahamat', 'Chairperson', 'AUC'],
    ]);
    expect(a.initiatives.map((i) => [i.name, i.status, i.proposedBy.map((r) => r.key)])).toEqual([
      ['Nairobi Peace Roadmap', 'PROPOSED', ['KE', 'ET']],
    ]);
    expect(a.statements.map((s) => [s.kind, s.verb, s.speakerName, s.speaker?.key, s.text])).toEqual([
      ['POSITION', 'urged', 'Peace and Security Council', 'PSC', 'Sudan’s warring parties to observe a ceasefire'],
      [
        'REPORTED_SPEECH',
        'said',
        'Moussa Faki Mahamat',
        'Moussa Faki Mahamat',
        'the Commission stands ready to deploy the African Standby Force',
      ],
      ['DIRECT_QUOTE', 'told', 'Faki', 'Moussa Faki Mahamat', 'There is no military solution'],
      ['DIRECT_QUOTE', 'told', 'Faki', 'Moussa Faki Mahamat', 'We call on all parties to return to the Jeddah talks.'], // continues the quote before it: its verb and speaker as written
      [
        'REPORTED_SPEECH',
        'according to',
        'diplomats',
        undefined,
        'Kenya and Ethiopia proposed the Nairobi Peace Roadmap',
      ],
      ['POSITION', 'proposed', 'Kenya', 'KE', 'the Nairobi Peace Roadmap'],
      ['POSITION', 'proposed', 'Ethiopia', 'ET', 'the Nairobi Peace Roadmap'],
    ]);
  });
});

describe('performance', () => {
  it('reports throughput', () => {
    const r = benchmarkExtraction(corpus, 5);
    expect(r).toMatchObject({ mode: 'articles', repeat: 5, articles: 20 });
    expect(r.articlesPerSecond).toBeGreaterThan(0);
  });

  it('grows linearly with the length of one text (no quadratic scans)', { timeout: 60_000 }, () => {
    // CPU time of this process, best of three: other processes on the machine do not count
    const cpu = (n: number) =>
      Math.min(
        ...[0, 1, 2].map(() => {
          const t = process.cpuUsage();
          benchmarkLongBody(corpus, n);
          const d = process.cpuUsage(t);
          return d.user + d.system;
        }),
      );
    cpu(2); // warm up
    const small = cpu(2);
    const large = cpu(16);
    // 8x the text: linear work takes ~8x; quadratic would take ~64x.
    expect(large / small).toBeLessThan(32);
  });
});
