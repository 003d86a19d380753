import { describe, expect, it } from 'vitest';
import { data, gql } from './client.js';

const FIELDS = 'text start end statementStart statementEnd';

describe('Statement.sentence and Statement.context', () => {
  it('hold every statement of the corpus, with offsets that point back into the body', async () => {
    const result = await data(`{
      statements(first: 100) { totalCount nodes { text startOffset endOffset paragraph
        sentence { ${FIELDS} } context { ${FIELDS} } article { body } } }
    }`);
    const nodes = result.statements.nodes;
    expect(nodes.length).toBeGreaterThan(20);
    for (const s of nodes) {
      const body: string = s.article.body;
      for (const p of [s.sentence, s.context]) {
        expect(body.slice(p.start, p.end)).toBe(p.text);
        expect(p.text.slice(p.statementStart, p.statementEnd)).toBe(s.text);
        expect(p.start + p.statementStart).toBe(s.startOffset);
        expect(p.start + p.statementEnd).toBe(s.endOffset);
      }
      // the sentence lies inside the paragraph, which is whole paragraphs of the body
      expect(s.sentence.start).toBeGreaterThanOrEqual(s.context.start);
      expect(s.sentence.end).toBeLessThanOrEqual(s.context.end);
      expect(s.context.start === 0 || body.slice(s.context.start - 2, s.context.start) === '\n\n').toBe(true);
      expect(s.context.end === body.length || body.slice(s.context.end, s.context.end + 2) === '\n\n').toBe(true);
      expect(body.split('\n\n')[s.paragraph]).toBe(body.slice(s.context.start, s.context.end).split('\n\n')[0]);
    }
    // a sentence is shorter than its paragraph somewhere in the corpus
    expect(nodes.some((s: any) => s.sentence.text.length < s.context.text.length)).toBe(true);
  });

  it("a direct quote's sentence carries its attribution", async () => {
    const result = await data(
      `{ statements(first: 100, filter: { kinds: [DIRECT_QUOTE] }) { nodes { text verb sentence { text statementEnd } } } }`,
    );
    const nodes = result.statements.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    const withVerb = nodes.filter(
      (s: any) => s.verb && s.sentence.text.slice(s.sentence.statementEnd).includes(s.verb),
    );
    expect(withVerb.length).toBeGreaterThan(0);
  });

  it('cost no query per statement: 100 statements with both fields add at most one SQL statement', async () => {
    const plain = await gql('{ statements(first: 100) { nodes { text } } }');
    const withPassages = await gql(
      `{ statements(first: 100) { nodes { text sentence { ${FIELDS} } context { ${FIELDS} } } } }`,
    );
    expect(withPassages.errors).toBeUndefined();
    expect(withPassages.extensions?.sqlStatements).toBeLessThanOrEqual(plain.extensions?.sqlStatements + 1);
    // and nothing more when the article is asked for too: its bodies are shared
    const withArticle = await gql(`{ statements(first: 100) { nodes { text sentence { text } article { title } } } }`);
    expect(withArticle.extensions?.sqlStatements).toBe(withPassages.extensions?.sqlStatements);
  });
});
