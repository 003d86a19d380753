/**
 * The PolNeAR reader and scorer on tiny texts written here (never PolNeAR's own text):
 * brat standoff parsing, the direct-quote test, span-overlap matching, speaker and cue
 * comparison, and the loader on a scratch folder with the PolNeAR layout.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  emptyScores,
  loadPolnear,
  parseBrat,
  polnearDir,
  quotedShare,
  rate,
  sameCue,
  sameSpeaker,
  scoreArticle,
  scorePolnear,
  splitPolnear,
} from '../../src/ingest/eval/polnear.js';
import { extractArticle } from '../../src/ingest/extract/extract.js';
import type { ExtractedStatement } from '../../src/ingest/types.js';

/** Builds a text and its brat lines from marked pieces: [[label, text], ...] joined as written. */
function annotate(parts: (string | [string, string])[]): { text: string; spans: Record<string, [number, number]> } {
  let text = '';
  const spans: Record<string, [number, number]> = {};
  for (const p of parts) {
    if (typeof p === 'string') text += p;
    else {
      spans[p[0]] = [text.length, text.length + p[1].length];
      text += p[1];
    }
  }
  return { text, spans };
}

const T = (id: string, label: string, s: [number, number], text: string) =>
  `${id}\t${label} ${s[0]} ${s[1]}\t${text.slice(s[0], s[1])}`;

describe('brat reader', () => {
  it('ties sources, cues and contents through E lines, discontinuous spans included', () => {
    const ann = [
      'T1\tSource 0 5\tAlice',
      'T2\tCue 6 10\tsaid',
      'T3\tContent 11 20;25 30\tsomething else',
      'T4\tAttribution 6 10\tsaid',
      'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
      'T5\tContent 40 50\tunsourced!',
      'E2\tAttribution:T4 Content:T5',
      'E3\tAttribution:T4 Source:T1',
      '#1\tAnnotatorNotes T1\tignored',
      '',
    ].join('\n');
    const atts = parseBrat(ann);
    expect(atts).toHaveLength(2);
    expect(atts[0]).toMatchObject({
      id: 'E1',
      source: { text: 'Alice' },
      cue: { text: 'said' },
      content: {
        fragments: [
          [11, 20],
          [25, 30],
        ],
      },
    });
    expect(atts[1]).toMatchObject({ id: 'E2', source: null, cue: null, content: { text: 'unsourced!' } });
  });

  it('measures the quoted share of a content, apostrophes not taken for marks', () => {
    expect(quotedShare('“We will win,”')).toBe(1);
    expect(quotedShare('"We will win"')).toBe(1);
    expect(quotedShare("''We will win,''")).toBe(1); // two apostrophes typed for a double mark
    expect(quotedShare("that the plan was ''dead on arrival''")).toBeLessThan(0.5);
    expect(quotedShare("the party's own polls")).toBe(0);
    expect(quotedShare('that the plan was “dead on arrival”')).toBeLessThan(0.5);
    expect(quotedShare('that “the plan is dead and buried, and we know it”')).toBeGreaterThan(0.5);
    expect(quotedShare('‘It’s over,’')).toBe(1);
    expect(quotedShare('it’s not what they’d want')).toBe(0);
    expect(quotedShare('“an open quote that never closes')).toBe(1);
  });

  it('splits a headline from the body and finds the folder, with an override', () => {
    const { split, bodyOffset } = splitPolnear('A Headline\n\nFirst paragraph.\n\nSecond.');
    expect(split.title).toBe('A Headline');
    expect(split.body).toBe('First paragraph.\n\nSecond.');
    expect(bodyOffset).toBe(12);
    expect(polnearDir('/x/repo', {})).toBe('/x/shared/polnear');
    expect(polnearDir('/x/repo', { ACCORD_POLNEAR: '/data/pn' })).toBe('/data/pn');
  });
});

describe('speaker and cue comparison', () => {
  it('accepts the same words, a run of whole words, and ignores case, "the" and possessives', () => {
    expect(sameSpeaker('Ms. Smith', 'Jane Smith')).toBe(false);
    expect(sameSpeaker('Smith', 'Jane Smith')).toBe(true);
    expect(sameSpeaker('the committee', 'The Committee')).toBe(true);
    expect(sameSpeaker('Sen. Jane Smith', 'Jane Smith')).toBe(true);
    expect(sameSpeaker('he', 'He')).toBe(true);
    expect(sameSpeaker('he', 'she')).toBe(false);
    expect(sameSpeaker('Smithson', 'Smith')).toBe(false);
    expect(sameSpeaker(null, 'Smith')).toBe(false);
    expect(sameCue('said', 'said in a statement')).toBe(true);
    expect(sameCue('told', 'said')).toBe(false);
    expect(sameCue(null, 'said')).toBe(false);
  });
});

const stmt = (
  kind: ExtractedStatement['kind'],
  start: number,
  end: number,
  speakerName: string | null,
  verb: string | null,
): ExtractedStatement => ({
  text: '',
  kind,
  verb,
  speakerName,
  speaker: null,
  paragraph: 0,
  startOffset: start,
  endOffset: end,
  countries: [],
  organizations: [],
  initiatives: [],
});

describe('scorer', () => {
  const { text, spans } = annotate([
    'Headline here\n\n',
    ['c1', '“We will build the bridge,”'],
    ' ',
    ['s1', 'the mayor'],
    ' ',
    ['q1', 'said'],
    '. ',
    ['s2', 'Critics'],
    ' ',
    ['q2', 'argued'],
    ' ',
    ['c2', 'that it would cost too much'],
    '. ',
    ['s3', 'She'],
    ' ',
    ['q3', 'added'],
    ' ',
    ['c3', '“the money is there and the plan is ready.”'],
  ]);
  const ann = [
    T('T1', 'Source', spans.s1, text),
    T('T2', 'Cue', spans.q1, text),
    T('T3', 'Content', spans.c1, text),
    'E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1',
    T('T4', 'Source', spans.s2, text),
    T('T5', 'Cue', spans.q2, text),
    T('T6', 'Content', spans.c2, text),
    'E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4',
    T('T7', 'Source', spans.s3, text),
    T('T8', 'Cue', spans.q3, text),
    T('T9', 'Content', spans.c3, text),
    'E3\tAttribution:T8 Content:T9 Cue:T8 Source:T7',
  ].join('\n');
  const article = { name: 'synthetic', attributions: parseBrat(ann) };
  const body = 15; // "Headline here\n\n"
  /** Body offsets of a content without its marks. */
  const at = (s: [number, number]) => [s[0] - body + 1, s[1] - body - 2] as const;

  it('scores direct-quote recall and precision by overlap, speaker as written and cue', () => {
    const scores = emptyScores();
    const misses = scoreArticle(
      article,
      [
        stmt('DIRECT_QUOTE', ...at(spans.c1), 'the mayor', 'said'),
        stmt('DIRECT_QUOTE', ...at(spans.c3), 'Critics', 'added'),
        stmt('DIRECT_QUOTE', 0, 4, 'nobody', 'said'), // a sliver of the first quote: it overlaps a content
        stmt('REPORTED_SPEECH', spans.c2[0] - body, spans.c2[1] - body, 'Critics', 'argued'),
      ],
      body,
      scores,
    );
    expect(scores.directRecall).toEqual({ hit: 2, total: 2 });
    expect(scores.speaker).toEqual({ hit: 1, total: 2 });
    expect(scores.cue).toEqual({ hit: 2, total: 2 });
    expect(scores.reportedRecall).toEqual({ hit: 1, total: 1 });
    expect(scores.reportedPrecision).toEqual({ hit: 1, total: 1 });
    expect(scores.reportedSpeaker).toEqual({ hit: 1, total: 1 });
    expect(scores.directPrecision).toEqual({ hit: 3, total: 3 });
    expect(misses.map((m) => m.class)).toEqual(['speaker']);
    expect(misses[0]).toMatchObject({ gold: 'She', predicted: 'Critics' });
  });

  it('counts quotes missed, quotes invented and reported speech missed', () => {
    const scores = emptyScores();
    const off = text.indexOf('. Critics') - body; // ". " between the attributions: no content there
    const misses = scoreArticle(article, [stmt('DIRECT_QUOTE', off, off + 1, 'x', 'said')], body, scores);
    expect(scores.directRecall).toEqual({ hit: 0, total: 2 });
    expect(scores.directPrecision).toEqual({ hit: 0, total: 1 });
    expect(rate(scores.directRecall)).toBe(0);
    expect(misses.map((m) => m.class).sort()).toEqual(['dq-fp', 'dq-miss', 'dq-miss', 'rs-miss']);
  });

  it('scores reported speech: precision over what was extracted, and its speaker as written', () => {
    const scores = emptyScores();
    const gap = text.indexOf('. Critics') - body;
    const misses = scoreArticle(
      article,
      [
        stmt('REPORTED_SPEECH', spans.c2[0] - body, spans.c2[1] - body, 'the mayor', 'argued'),
        stmt('POSITION', gap, gap + 1, 'nobody', 'said'), // between the attributions: no content there
      ],
      body,
      scores,
    );
    expect(scores.reportedRecall).toEqual({ hit: 1, total: 1 });
    expect(scores.reportedPrecision).toEqual({ hit: 1, total: 2 });
    expect(scores.reportedSpeaker).toEqual({ hit: 0, total: 1 });
    expect(misses.filter((m) => m.class.startsWith('rs-'))).toMatchObject([
      { class: 'rs-speaker', gold: 'Critics', predicted: 'the mayor' },
      { class: 'rs-fp', predicted: 'nobody' },
    ]);
  });

  const dir = mkdtempSync(join(tmpdir(), 'accord-polnear-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads a split from the PolNeAR layout, first annotation file per article, and scores real extraction', () => {
    mkdirSync(join(dir, 'train/text'), { recursive: true });
    mkdirSync(join(dir, 'train/attributions'), { recursive: true });
    writeFileSync(join(dir, 'train/text/a1.txt'), text);
    writeFileSync(join(dir, 'train/attributions/a1_ann1.ann'), ann);
    writeFileSync(join(dir, 'train/attributions/a1_ann2.ann'), 'garbage\n');
    writeFileSync(join(dir, 'train/text/a2.txt'), 'No annotation\n\nfile for this one.');
    const arts = loadPolnear(dir, 'train');
    expect(arts.map((a) => a.name)).toEqual(['a1']);
    expect(arts[0].attributions).toHaveLength(3);
    expect(loadPolnear(dir, 'dev')).toEqual([]);
    const report = scorePolnear(arts, (a) => extractArticle(a).statements);
    expect(report.scores.directRecall.total).toBe(2);
    expect(report.scores.directRecall.hit).toBeGreaterThanOrEqual(1);
    expect(report.scores.directPrecision.hit).toBe(report.scores.directPrecision.total);
  });
});
