import { paragraphs, splitSentences, type TextSpan } from '../../ingest/split.js';

/** The sentences and paragraphs of one body, split once and searched per statement. */
export interface BodySpans {
  body: string;
  sentences: TextSpan[];
  paragraphs: TextSpan[];
}

/** A stretch of a body around a statement; see the Passage GraphQL type for the fields. */
export interface PassageData {
  text: string;
  start: number;
  end: number;
  statementStart: number;
  statementEnd: number;
}

export function bodySpans(body: string): BodySpans {
  return { body, sentences: splitSentences(body), paragraphs: paragraphs(body) };
}

/** Index of the last span starting at or before `offset` (binary search; 0 when none). */
function spanAt(spans: TextSpan[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The smallest run of whole spans covering [start, end): a quote over two sentences (or,
 * by the multi-paragraph convention, two paragraphs) gets both. Pure and O(log n).
 */
export function passageAround(body: string, spans: TextSpan[], start: number, end: number): PassageData {
  if (spans.length === 0)
    return { text: body.slice(start, end), start, end, statementStart: 0, statementEnd: end - start };
  const from = Math.min(spans[spanAt(spans, start)].start, start);
  const to = Math.max(spans[spanAt(spans, Math.max(start, end - 1))].end, end);
  return { text: body.slice(from, to), start: from, end: to, statementStart: start - from, statementEnd: end - from };
}
