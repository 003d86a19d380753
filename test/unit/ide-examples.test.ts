import { readFileSync } from 'node:fs';
import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/errors.js';
import { ERROR_CATALOGUE } from '../../src/graphql/error-catalogue.js';
import { IDE_EXAMPLES } from '../../src/graphql/ide-examples.js';

const canonical = (document: string) => print(parse(document));
const readme = readFileSync('README.md', 'utf8');
const graphqlBlocks = (markdown: string) => [...markdown.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);

describe('the IDE shows what the README and docs promise', () => {
  it('every query of "Five queries to start with" is an IDE tab, and every tab is named', () => {
    const section = readme.slice(
      readme.indexOf('## Five queries to start with'),
      readme.indexOf('## The API in brief'),
    );
    const queries = graphqlBlocks(section);
    expect(queries).toHaveLength(5);
    const tabs = IDE_EXAMPLES.map((e) => canonical(e.query));
    for (const query of queries) expect(tabs).toContain(canonical(query));
    for (const example of IDE_EXAMPLES) expect(example.query).toMatch(/^(#.*\n)*(query|mutation) [A-Z]\w+/);
  });

  it('the error table lists every domain code and those of the GraphQL layer, and docs/errors.md lists the same', () => {
    const documented = ERROR_CATALOGUE.map((e) => e.code);
    expect(new Set(documented).size).toBe(documented.length);
    const raised = new Set<string>([...ERROR_CODES, 'INTERNAL_SERVER_ERROR']);
    // the GraphQL layer's public codes, and the codes trusted-documents mode answers with
    const errors = readFileSync('src/graphql/errors.ts', 'utf8');
    const publicCodes = /PUBLIC_CODES = new Set<string>\(\[([\s\S]*?)\]\)/.exec(errors)![1];
    for (const m of publicCodes.matchAll(/'([A-Z_]+)'/g)) raised.add(m[1]);
    for (const m of readFileSync('src/graphql/trusted-documents.ts', 'utf8').matchAll(
      /(?:refuse\(res, \d+, |code: )'([A-Z_]+)'/g,
    ))
      raised.add(m[1]);
    expect(raised).toContain('UNTRUSTED_DOCUMENT');
    expect(raised).toContain('GRAPHQL_VALIDATION_FAILED');
    for (const code of raised)
      expect(documented, `${code} is raised but not in src/graphql/error-catalogue.ts`).toContain(code);
    const doc = readFileSync('docs/errors.md', 'utf8');
    const rows = [...doc.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect(rows).toEqual(documented);
  });
});
