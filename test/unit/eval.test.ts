import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateArticle, formatTable, nameRank, ROWS } from '../../src/ingest/eval/evaluate.js';
import { align, compareSets, score } from '../../src/ingest/eval/metrics.js';
import { extractDump } from '../../src/ingest/extract/extract.js';
import type { ExtractedArticle, GoldFile } from '../../src/ingest/types.js';

const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));

describe('metrics', () => {
  it('computes precision, recall and F1, an empty side counting as perfect', () => {
    expect(score(8, 2, 0)).toMatchObject({ precision: 0.8, recall: 1 });
    expect(score(8, 2, 0).f1).toBeCloseTo(0.8889, 4);
    expect(score(0, 0, 0)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(score(0, 3, 0)).toMatchObject({ precision: 0, recall: 1, f1: 0 });
    expect(score(0, 0, 3)).toMatchObject({ precision: 1, recall: 0, f1: 0 });
  });

  it('compares sets by key, counting duplicates once', () => {
    const d = compareSets(['CN', 'CN', 'RU', 'US'], ['CN', 'IN', 'RU'], (x) => x);
    expect(d).toEqual({ tp: ['CN', 'RU'], fp: ['US'], fn: ['IN'] });
  });

  it('aligns one to one, best rank first', () => {
    const a = align(['a1', 'b'], ['a', 'b'], (p, g) => (p === g ? 0 : p.startsWith(g) ? 1 : null));
    expect(a.pairs).toEqual([
      ['b', 'b'],
      ['a1', 'a'],
    ]);
    const taken = align(['x'], ['x', 'x'], () => 0);
    expect(taken.pairs.length).toBe(1);
    expect(taken.fn).toEqual(['x']);
  });

  it('matches names by name, acronym or alias, normalised', () => {
    const sco = {
      name: 'Shanghai Cooperation Organization',
      acronym: 'SCO',
      aliases: ['Shanghai Cooperation Organisation'],
    };
    expect(nameRank({ name: 'the Shanghai Cooperation Organization', aliases: [] }, sco)).toBe(0);
    expect(nameRank({ name: 'SCO', aliases: [] }, sco)).toBe(1);
    expect(nameRank({ name: 'Shanghai Cooperation Organisation', aliases: [] }, sco)).toBe(1);
    expect(nameRank({ name: 'Children’s Fund', aliases: [] }, { name: "Children's Fund", aliases: [] })).toBe(0);
    expect(nameRank({ name: 'ASEAN', aliases: [] }, sco)).toBeNull();
  });
});

function goldArticle(): ExtractedArticle {
  const body = 'Norov said that China and the SCO agree. He praised the Wuhan Initiative.';
  return {
    title: 'T',
    subtitle: null,
    dateline: null,
    body,
    sections: [{ heading: null, text: body }],
    url: null,
    source: null,
    publishedAt: null,
    language: 'en',
    countries: [{ iso2: 'CN', mentions: [{ start: 16, end: 21, text: 'China' }] }],
    organizations: [
      {
        key: 'SCO',
        name: 'Shanghai Cooperation Organization',
        acronym: 'SCO',
        aliases: [],
        kind: 'INTERGOVERNMENTAL',
        country: null,
        parent: null,
        mentions: [{ start: 30, end: 33, text: 'SCO' }],
      },
    ],
    people: [
      {
        key: 'Norov',
        name: 'Norov',
        aliases: [],
        title: null,
        organization: null,
        country: null,
        mentions: [{ start: 0, end: 5, text: 'Norov' }],
      },
    ],
    initiatives: [
      {
        key: 'Wuhan Initiative',
        name: 'Wuhan Initiative',
        aliases: [],
        kind: 'AGREEMENT',
        status: 'UNKNOWN',
        year: null,
        description: null,
        location: null,
        proposedBy: [],
        participants: [],
        mentions: [{ start: 56, end: 72, text: 'Wuhan Initiative' }],
      },
    ],
    statements: [
      {
        text: 'China and the SCO agree',
        kind: 'REPORTED_SPEECH',
        verb: 'said',
        speakerName: 'Norov',
        speaker: { type: 'person', key: 'Norov' },
        paragraph: 0,
        startOffset: 16,
        endOffset: 39,
        countries: ['CN'],
        organizations: ['SCO'],
        initiatives: [],
      },
    ],
  };
}

describe('evaluateArticle', () => {
  it('scores an identical article perfectly on every row', () => {
    const g = goldArticle();
    const r = evaluateArticle(structuredClone(g), g);
    for (const row of ROWS) expect(r.scores[row].f1, row).toBe(1);
    expect(r.errors).toEqual([]);
  });

  it('pairs entities by name forms even when keys differ, and follows the pairing for speakers', () => {
    const g = goldArticle();
    const p = structuredClone(g);
    p.organizations[0].key = 'org-1';
    p.people[0] = { ...p.people[0], key: 'person-7', name: 'Vladimir Norov', aliases: ['Norov'] };
    p.statements[0].speaker = { type: 'person', key: 'person-7' };
    const r = evaluateArticle(p, g);
    expect(r.scores.organizations.f1).toBe(1);
    expect(r.scores.people.f1).toBe(1);
    expect(r.scores.statements.f1).toBe(1);
  });

  it('counts a wrong speaker, a wrong kind or a shifted span as one false positive and one false negative', () => {
    const g = goldArticle();
    for (const change of [
      (p: ExtractedArticle) => {
        p.statements[0].speaker = null;
      },
      (p: ExtractedArticle) => {
        p.statements[0].kind = 'POSITION';
      },
      (p: ExtractedArticle) => {
        p.statements[0].endOffset += 1;
      },
    ]) {
      const p = structuredClone(g);
      change(p);
      const r = evaluateArticle(p, g);
      expect(r.scores.statements).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    }
  });

  it('scores mentions by exact span and type, and checks offsets', () => {
    const g = goldArticle();
    const p = structuredClone(g);
    p.countries[0].mentions[0] = { start: 16, end: 20, text: 'Chin' };
    p.organizations[0].mentions.push({ start: 0, end: 3, text: 'XXX' });
    const r = evaluateArticle(p, g);
    expect(r.scores['mentions.country']).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(r.scores['mentions.organization']).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(r.scores.offsets).toMatchObject({ fp: 1, fn: 0 }); // "XXX" is not body.slice(0, 3)
  });

  it('scores the split field by field', () => {
    const g = goldArticle();
    const p = structuredClone(g);
    p.dateline = 'ISLAMABAD';
    expect(evaluateArticle(p, g).scores.split).toMatchObject({ tp: 4, fp: 1, fn: 1 });
  });

  it('reports attribute accuracy of paired records apart from the F1 rows', () => {
    const g = goldArticle();
    const p = structuredClone(g);
    p.organizations[0].kind = 'NGO';
    p.statements[0].verb = 'added';
    const r = evaluate([p], [g]);
    expect(r.scores.organizations.f1).toBe(1);
    expect(r.attributes['organization.kind']).toEqual({ correct: 0, total: 1 });
    expect(r.attributes['organization.acronym']).toEqual({ correct: 1, total: 1 });
    expect(r.attributes['statement.verb']).toEqual({ correct: 0, total: 1 });
    expect(r.attributeErrors.map((e) => e.item)).toEqual([
      'organization.kind: SCO: "NGO" ≠ gold "INTERGOVERNMENTAL"',
      'statement.verb: China and the SCO agree: "added" ≠ gold "said"',
    ]);
  });

  it('counts a missing article as all false negatives', () => {
    const r = evaluate([], [goldArticle()]);
    expect(r.scores.countries).toMatchObject({ tp: 0, fn: 1 });
    expect(r.scores.statements.recall).toBe(0);
    expect(formatTable(r)).toContain('statements');
  });
});

describe('extraction of the bundled corpus against its gold', () => {
  const gold = JSON.parse(readFileSync(root('data/gold/sco-2021.json'), 'utf8')) as GoldFile;
  const report = evaluate(extractDump(readFileSync(root(gold.corpus), 'utf8')), gold.articles);

  it.each(ROWS.map((r) => [r]))('%s reaches F1 >= 0.95', (row) => {
    expect(report.scores[row].f1).toBeGreaterThanOrEqual(0.95);
  });
});
