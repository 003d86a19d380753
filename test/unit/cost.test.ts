import 'reflect-metadata';
import { parse, type OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLSchema } from 'graphql';
import { analyseOperation, LIST_BOUNDS, listFieldsOf, SPECIAL_LISTS } from '../../src/graphql/cost.js';
import { createSchema } from '../../src/graphql/schema.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

function cost(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
  return analyseOperation(schema, document, operation, variables);
}

describe('query cost', () => {
  it('every list of objects in the schema has a deliberate bound', () => {
    const missing = listFieldsOf(schema).filter((f) => !(f in LIST_BOUNDS) && !SPECIAL_LISTS.includes(f));
    expect(missing, 'give each new list field a bound in LIST_BOUNDS (src/graphql/cost.ts)').toEqual([]);
  });

  it('plain lists multiply like pages: the amplification query costs millions', () => {
    const { cost: amplified } = cost(
      '{ articles(first: 4) { nodes { mentions { article { mentions { article { mentions { article { mentions { start } } } } } } } } } }',
    );
    expect(amplified).toBeGreaterThan(100_000_000);
  });

  it('costs a page by its size, nested pages multiply, totalCount alone is cheap', () => {
    expect(cost('{ articles(first: 10) { nodes { title } } }').cost).toBe(1 + 10);
    expect(cost('{ articles(first: 10) { totalCount } }').cost).toBe(2);
    expect(cost('{ countries(first: 10) { nodes { articles(first: 5) { nodes { title } } } } }').cost).toBe(
      1 + 10 * (1 + 1 + 5),
    );
    expect(cost('query($n: Int) { articles(first: $n) { nodes { title } } }', { n: 3 }).cost).toBe(4);
  });

  it('nodes(ids:) costs what it is asked for', () => {
    expect(cost('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['a', 'b', 'c'] }).cost).toBe(3);
  });

  it('fragments are costed once: 30 levels of doubling stay linear', () => {
    const defs = ['fragment F0 on Article { mentions { start } }'];
    for (let i = 1; i <= 30; i += 1) defs.push(`fragment F${i} on Article { ...F${i - 1} ...F${i - 1} }`);
    const started = performance.now();
    const { cost: doubled } = cost(`{ articles(first: 1) { nodes { ...F30 } } } ${defs.join(' ')}`);
    expect(performance.now() - started).toBeLessThan(500);
    expect(doubled).toBeGreaterThan(2 ** 30);
  });

  it('checks argument values on the way: NUL, lone surrogates, lengths, list sizes', () => {
    expect(cost('{ search(query: "a\\u0000") { __typename } }').problems[0].message).toMatch(/NUL/);
    expect(
      cost('query($q: String!) { search(query: $q) { __typename } }', { q: 'a\ud800' }).problems[0].message,
    ).toMatch(/surrogate/);
    expect(
      cost('query($q: String!) { search(query: $q) { __typename } }', { q: 'x'.repeat(201) }).problems[0].argument,
    ).toBe('query');
    expect(
      cost('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array(101).fill('x') }).problems[0].message,
    ).toMatch(/101 items/);
  });
});
