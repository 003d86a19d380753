import { extractArticle } from '../../src/ingest/extract/extract.js';
import type { ExtractedArticle, Span } from '../../src/ingest/types.js';

/** Extraction of one article made of `paragraphs` (a written-for-the-test body under a dummy headline). */
export const extract = (...paragraphs: string[]): ExtractedArticle => {
  const body = paragraphs.join('\n\n');
  return extractArticle({
    title: 'T',
    subtitle: null,
    dateline: null,
    body,
    sections: [{ heading: null, text: body }],
  });
};

export const texts = (spans: Span[]) => spans.map((s) => s.text);

/** The organization named, abbreviated or aliased `name`; fails the test, listing what was found, when none is. */
export const org = (a: ExtractedArticle, name: string) => {
  const o = a.organizations.find((x) => x.name === name || x.acronym === name || x.aliases.includes(name));
  if (!o) throw new Error(`no organization ${name} in ${a.organizations.map((x) => x.name).join(' | ')}`);
  return o;
};

export const person = (a: ExtractedArticle, name: string) => {
  const p = a.people.find((x) => x.name === name);
  if (!p) throw new Error(`no person ${name} in ${a.people.map((x) => x.name).join(' | ')}`);
  return p;
};

export const initiative = (a: ExtractedArticle, name: string) => {
  const i = a.initiatives.find((x) => x.name === name);
  if (!i) throw new Error(`no initiative ${name} in ${a.initiatives.map((x) => x.name).join(' | ')}`);
  return i;
};
