import { describe, expect, it } from 'vitest';
import { bodySpans, passageAround } from '../../src/modules/statement/passage.js';

const body =
  'BEIJING – The ministers met on Tuesday. “We will work together. Trade matters,” the envoy said. Talks went on.\n\n' +
  '“A new era,” he added.';

function locate(quote: string) {
  const start = body.indexOf(quote);
  return { start, end: start + quote.length };
}

describe('passageAround', () => {
  const spans = bodySpans(body);

  it('gives the sentence with the statement inside it', () => {
    const { start, end } = locate('A new era,');
    const p = passageAround(body, spans.sentences, start, end);
    expect(p.text).toBe('“A new era,” he added.');
    expect(p.text.slice(p.statementStart, p.statementEnd)).toBe('A new era,');
    expect(body.slice(p.start, p.end)).toBe(p.text);
  });

  it('covers every sentence of a quote over two sentences', () => {
    const { start, end } = locate('We will work together. Trade matters,');
    const p = passageAround(body, spans.sentences, start, end);
    expect(p.text).toBe('“We will work together. Trade matters,” the envoy said.');
    expect(p.statementStart).toBe(1);
  });

  it('gives the paragraph as context', () => {
    const { start, end } = locate('Trade matters,');
    const p = passageAround(body, spans.paragraphs, start, end);
    expect(p.start).toBe(0);
    expect(p.text).toBe(body.split('\n\n')[0]);
    expect(p.text.slice(p.statementStart, p.statementEnd)).toBe('Trade matters,');
  });

  it('joins the paragraphs of a quote that crosses one', () => {
    const start = body.indexOf('Talks');
    const end = body.indexOf(' he added');
    const p = passageAround(body, spans.paragraphs, start, end);
    expect(p.text).toBe(body);
  });
});
