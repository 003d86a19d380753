import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { baseUrl, data } from './client.js';

/**
 * Bad inputs by family, generated from the schema the server serves, each sent to the
 * production test server over HTTP as an attacker or a careless client would. Every one
 * must be answered: no 5xx, no INTERNAL_SERVER_ERROR, within 2 s, with no stack trace, SQL
 * or file path; nothing is written; and the server is ready afterwards.
 */
interface BadInput {
  family: string;
  name: string;
  /** A JSON body (stringified here), or a raw body. */
  body: unknown;
  raw?: boolean;
  headers?: Record<string, string>;
  /** Must the answer carry an error? (false: a clean empty or null answer is fine too) */
  mustFail?: boolean;
  /** Expected HTTP status range; default any 4xx, or 200 with an error of a client code. */
  status?: number;
  code?: string;
}

const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'QUERY_TOO_COMPLEX',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);
const LEAK =
  /stacktrace|\bat [\w.<>]+ \(|\.ts:\d+|\.js:\d+|node_modules|\/work\/|SELECT\s|INSERT\s|UPDATE\s+\w+\s+SET|QueryFailedError|violates|relation "/i;

let schema: GraphQLSchema;
let key: string;

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const b64url = (s: string) => Buffer.from(s, 'utf8').toString('base64url');

/** A valid value of an input type, for the arguments a case does not spoil. */
function sample(type: GraphQLInputType, ids: Record<string, string>): unknown {
  if (isNonNullType(type)) return sample(type.ofType, ids);
  if (isListType(type)) return [sample(type.ofType, ids)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields()))
      if (isNonNullType(field.type)) value[field.name] = sample(field.type, ids);
    return value;
  }
  switch (type.name) {
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    case 'ID':
      return ids.country;
    case 'DateTimeISO':
      return '2021-06-15T00:00:00Z';
    case 'JSON':
      return {};
    default:
      return 'SCO';
  }
}

function typeRef(type: GraphQLInputType): string {
  return type.toString();
}

/** The smallest selection of a field's type, so the operation is valid. */
function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (isScalarType(named) || isEnumType(named)) return '';
  return '{ __typename }';
}

/** An operation calling `field` with every argument from a variable. */
function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const defs = field.args.map((a) => `$${a.name}: ${typeRef(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind}${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selectionOf(field)} }`;
}

function validVariables(
  field: GraphQLField<unknown, unknown>,
  ids: Record<string, string>,
  only: 'required' | 'all' = 'required',
) {
  const vars: Record<string, unknown> = {};
  for (const arg of field.args) if (only === 'all' || isNonNullType(arg.type)) vars[arg.name] = sample(arg.type, ids);
  return vars;
}

/** Values of the wrong JSON type for a scalar or enum. */
function wrongValues(type: GraphQLInputType): unknown[] {
  const named = getNamedType(type);
  const base: unknown[] = [{ nested: true }, [[1]]];
  if (isEnumType(named)) return [...base, 'NOT_A_VALUE', 7];
  switch (named.name) {
    case 'Int':
      return [...base, 'x', 1.5, 2 ** 31, -(2 ** 31) - 1, true];
    case 'Float':
      return [...base, 'x', true];
    case 'Boolean':
      return [...base, 'yes', 1];
    case 'DateTimeISO':
      return [...base, 'yesterday', '2021-02-30T00:00:00Z', 5];
    case 'String':
    case 'ID':
      return [...base, true, 1.5];
    default:
      return base;
  }
}

/** Every (field, argument path, type) reaching a scalar: arguments and input fields one level down. */
function scalarSlots(
  field: GraphQLField<unknown, unknown>,
): { arg: GraphQLArgument; path: string[]; type: GraphQLInputType }[] {
  const slots: { arg: GraphQLArgument; path: string[]; type: GraphQLInputType }[] = [];
  for (const arg of field.args) {
    const named = getNamedType(arg.type);
    if (isInputObjectType(named)) {
      for (const f of Object.values(named.getFields())) {
        const inner = getNamedType(f.type);
        if (isScalarType(inner) || isEnumType(inner)) slots.push({ arg, path: [f.name], type: f.type });
      }
    } else {
      slots.push({ arg, path: [], type: arg.type });
    }
  }
  return slots;
}

function withValue(arg: GraphQLArgument, path: string[], value: unknown, ids: Record<string, string>): unknown {
  if (path.length === 0) return value;
  const base = (sample(arg.type, ids) as Record<string, unknown>) ?? {};
  const container = Array.isArray(base) ? { ...(base[0] as object) } : { ...base };
  (container as Record<string, unknown>)[path[0]] = value;
  return isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type) ? [container] : container;
}

function rootFields(kind: 'query' | 'mutation'): GraphQLField<unknown, unknown>[] {
  const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
  return root ? Object.values(root.getFields()) : [];
}

function generate(ids: Record<string, string>): BadInput[] {
  const cases: BadInput[] = [];
  const gqlBody = (query: string, variables: Record<string, unknown> = {}) => ({ query, variables });

  // 1. Wrong-typed variables, for every scalar argument and input field of every root field.
  for (const kind of ['query', 'mutation'] as const) {
    for (const field of rootFields(kind)) {
      const op = operationFor(kind, field);
      for (const slot of scalarSlots(field)) {
        for (const value of wrongValues(slot.type)) {
          const variables = {
            ...validVariables(field, ids),
            [slot.arg.name]: withValue(slot.arg, slot.path, value, ids),
          };
          cases.push({
            family: 'wrong-typed variables',
            name: `${field.name}(${[slot.arg.name, ...slot.path].join('.')}) = ${JSON.stringify(value)}`,
            body: gqlBody(op, variables),
            mustFail: true,
            status: 400,
            code: 'BAD_USER_INPUT',
          });
        }
      }
    }
  }

  // 2. Strings that cannot be stored, or are too long, in every string argument of every query field.
  const nasty: [string, (cap: number) => string][] = [
    ['a NUL byte', () => 'SCO\u0000x'],
    ['a lone high surrogate', () => 'SCO\ud800'],
    ['a lone low surrogate', () => '\udc00SCO'],
    ['100,001 characters', () => 'x'.repeat(100_001)],
  ];
  for (const kind of ['query', 'mutation'] as const) {
    for (const field of rootFields(kind)) {
      const op = operationFor(kind, field);
      for (const slot of scalarSlots(field)) {
        const named = getNamedType(slot.type).name;
        if (named !== 'String' && named !== 'ID') continue;
        for (const [what, make] of nasty) {
          if (kind === 'mutation' && what === '100,001 characters' && field.name === 'ingestArticles') continue;
          const value = isListType(isNonNullType(slot.type) ? slot.type.ofType : slot.type) ? [make(0)] : make(0);
          const variables = {
            ...validVariables(field, ids),
            [slot.arg.name]: withValue(slot.arg, slot.path, value, ids),
          };
          cases.push({
            family: 'unstorable or oversized strings',
            name: `${field.name}(${[slot.arg.name, ...slot.path].join('.')}) with ${what}`,
            body: gqlBody(op, variables),
            headers: kind === 'mutation' ? { authorization: `Bearer ${key}` } : {},
            mustFail: true,
            status: 400,
            code: 'BAD_USER_INPUT',
          });
        }
      }
    }
  }

  // 3. Global IDs that are not ours: every ID argument of every query field.
  const badIds = [
    'garbage',
    '',
    b64('Article:2147483648'),
    b64('Article:99999999999999999999'),
    b64('Article:-1'),
    b64('Article:0'),
    b64('Article:1e3'),
    b64('Article:1.5'),
    b64('Nope:1'),
    b64('Article:'),
    b64(':1'),
    '%%%%',
  ];
  for (const field of rootFields('query')) {
    const op = operationFor('query', field);
    for (const slot of scalarSlots(field)) {
      if (getNamedType(slot.type).name !== 'ID') continue;
      for (const id of badIds) {
        const value = isListType(isNonNullType(slot.type) ? slot.type.ofType : slot.type) ? [id] : id;
        const variables = {
          ...validVariables(field, ids),
          [slot.arg.name]: withValue(slot.arg, slot.path, value, ids),
        };
        cases.push({
          family: 'foreign global IDs',
          name: `${field.name}(${[slot.arg.name, ...slot.path].join('.')}) = ${JSON.stringify(id)}`,
          body: gqlBody(op, variables),
          headers: { authorization: `Bearer ${key}` },
          mustFail: true,
          code: 'BAD_USER_INPUT',
        });
      }
    }
  }

  // 4. Forged cursors and bad page sizes on every connection: root ones, and nested ones through a parent.
  // [cursor, refused by every list?] A cursor whose values fit a list's sort keys (a name
  // where the list sorts by name) is a position in it: answered with a page, not an error.
  const forged: [string, boolean][] = [
    ['garbage', true],
    [b64url('[]'), true],
    [b64url('{"a":1}'), true],
    [b64url('[null, null]'), true],
    [b64url('[true, "1"]'), true],
    [b64url('["\\u0000", "1"]'), true],
    [b64url('["\\ud800", "1"]'), true],
    [b64url(JSON.stringify(['a'.repeat(3000), '1'])), true],
    [b64url('["x"]'), false],
    [b64url('["not a date", "1"]'), false],
    [b64url('["2021-02-30 00:00:00+00", "1"]'), false],
    [b64url('["2021-06-15 00:00:00+00", "99999999999"]'), false],
    [b64url('["2021-06-15 00:00:00+00", "1; DROP TABLE article"]'), false],
    [b64url('["x", "y", "z"]'), false],
    [b64url('[1e400, "a", "b"]'), false],
    [b64url('["NaN", "Article", "1"]'), false],
    [b64url('["2021-06-15 00:00:00+00", "-2147483649"]'), false],
  ];
  const connections: { name: string; query: (args: string) => string; variables: Record<string, unknown> }[] = [];
  for (const field of rootFields('query')) {
    if (!field.args.some((a) => a.name === 'after')) continue;
    const required = field.args.filter((a) => isNonNullType(a.type));
    const defs = required.map((a) => `$${a.name}: ${typeRef(a.type)}`).join(', ');
    const fixed = required.map((a) => `${a.name}: $${a.name}`);
    connections.push({
      name: field.name,
      query: (args) =>
        `query${defs ? `(${defs})` : ''} { ${field.name}(${[...fixed, args].join(', ')}) { totalCount: __typename edges { cursor } } }`,
      variables: validVariables(field, ids),
    });
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (
      !isObjectType(type) ||
      type.name.startsWith('__') ||
      !['Country', 'Organization', 'Person', 'Initiative'].includes(type.name)
    )
      continue;
    const root = { Country: 'countries', Organization: 'organizations', Person: 'people', Initiative: 'initiatives' }[
      type.name
    ]!;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.some((a) => a.name === 'after')) continue;
      connections.push({
        name: `${type.name}.${field.name}`,
        query: (args) => `{ ${root}(first: 2) { nodes { ${field.name}(${args}) { edges { cursor } } } } }`,
        variables: {},
      });
    }
  }
  for (const c of connections) {
    for (const [cursor, alwaysBad] of forged) {
      for (const side of ['after', 'before'] as const) {
        cases.push({
          family: 'forged cursors',
          name: `${c.name}(${side}: ${Buffer.from(cursor, 'base64url').toString('utf8').slice(0, 40)})`,
          body: gqlBody(c.query(`${side}: ${JSON.stringify(cursor)}`), c.variables),
          headers: { authorization: `Bearer ${key}` },
          mustFail: alwaysBad,
          code: alwaysBad ? 'BAD_USER_INPUT' : undefined,
        });
      }
    }
    for (const size of ['first: -1', 'first: 101', 'last: 1000000', 'first: 2147483647', 'first: 1, last: 1']) {
      cases.push({
        family: 'page sizes',
        name: `${c.name}(${size})`,
        body: gqlBody(c.query(size), c.variables),
        headers: { authorization: `Bearer ${key}` },
        mustFail: true,
        code: 'BAD_USER_INPUT',
      });
    }
  }

  // 5. Documents: too big, too deep, too wide, malformed, or not GraphQL at all.
  const fragmentDoubling = (levels: number) => {
    const defs = ['fragment F0 on Country { name }'];
    for (let i = 1; i <= levels; i += 1) defs.push(`fragment F${i} on Country { ...F${i - 1} ...F${i - 1} }`);
    return `{ countries(first: 1) { nodes { ...F${levels} } } } ${defs.join(' ')}`;
  };
  const documents: [string, unknown, Partial<BadInput>?][] = [
    [
      'the amplification query',
      gqlBody(
        '{ articles(first: 4) { nodes { mentions { article { mentions { article { mentions { article { mentions { start } } } } } } } } } }',
      ),
      { code: 'QUERY_TOO_COMPLEX', status: 400 },
    ],
    [
      'nodes with 101 IDs',
      gqlBody('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
        ids: Array.from({ length: 101 }, () => ids.country),
      }),
      { code: 'BAD_USER_INPUT', status: 400 },
    ],
    [
      'nodes with 50,000 IDs',
      gqlBody('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
        ids: Array.from({ length: 50_000 }, () => ids.country),
      }),
      { code: 'BAD_USER_INPUT', status: 400 },
    ],
    // answered (fragments are analysed once; the answer is one country's name), within 2 s
    ['22 levels of fragment doubling', gqlBody(fragmentDoubling(22)), { mustFail: false }],
    ['30 levels of fragment doubling', gqlBody(fragmentDoubling(30)), { mustFail: false }],
    [
      'a NUL escape in a literal',
      gqlBody('{ search(query: "a\\u0000b") { __typename } }'),
      { code: 'BAD_USER_INPUT', status: 400 },
    ],
    ['a lone surrogate escape in a literal', gqlBody('{ search(query: "a\\uD800b") { __typename } }'), { status: 400 }],
    [
      'an Int literal past 2^31',
      gqlBody('{ articles(first: 99999999999) { totalCount } }'),
      { code: 'GRAPHQL_VALIDATION_FAILED', status: 400 },
    ],
    [
      'a Float where an Int goes',
      gqlBody('{ articles(first: 1.5) { totalCount } }'),
      { code: 'GRAPHQL_VALIDATION_FAILED', status: 400 },
    ],
    [
      'a 1 MB search literal',
      gqlBody(`{ search(query: "${'x'.repeat(1_000_000)}") { __typename } }`),
      { code: 'BAD_USER_INPUT', status: 400 },
    ],
    [
      'a 1 MB search variable',
      gqlBody('query($q: String!) { search(query: $q) { __typename } }', { q: 'x '.repeat(500_000) }),
      { code: 'BAD_USER_INPUT', status: 400 },
    ],
    [
      '20,000 fields',
      gqlBody(`{ stats { ${'articles '.repeat(20_000)} } }`),
      { code: 'GRAPHQL_PARSE_FAILED', status: 400 },
    ],
    [
      '100,000 tokens of nesting',
      gqlBody(`{ ${'a { '.repeat(25_000)}${'} '.repeat(25_000)} }`),
      { code: 'GRAPHQL_PARSE_FAILED', status: 400 },
    ],
    [
      '31 aliases',
      gqlBody(`{ ${Array.from({ length: 31 }, (_, i) => `a${i}: stats { articles }`).join(' ')} }`),
      { code: 'QUERY_TOO_COMPLEX', status: 400 },
    ],
    [
      '21 directives',
      gqlBody(`{ stats { ${Array.from({ length: 21 }, () => 'articles @include(if: true)').join(' ')} } }`),
      { code: 'QUERY_TOO_COMPLEX', status: 400 },
    ],
    [
      'depth 12',
      gqlBody(
        '{ countries(first: 1) { nodes { memberships { organization { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } }',
      ),
      { code: 'QUERY_TOO_COMPLEX', status: 400 },
    ],
    [
      '100 aliased searches',
      gqlBody(
        `{ ${Array.from({ length: 100 }, (_, i) => `s${i}: search(query: "sco") { totalCount: __typename }`).join(' ')} }`,
      ),
      { code: 'QUERY_TOO_COMPLEX' },
    ],
    [
      'ten timelines without a range',
      gqlBody(
        `query($id: ID!) { ${Array.from({ length: 11 }, (_, i) => `t${i}: mentionTimeline(id: $id, interval: DAY) { start }`).join(' ')} }`,
        { id: ids.country },
      ),
      { code: 'QUERY_TOO_COMPLEX' },
    ],
    ['a subscription over HTTP', gqlBody('subscription { statementAdded { id } }')],
    ['a syntax error', gqlBody('{ stats { articles '), { code: 'GRAPHQL_PARSE_FAILED', status: 400 }],
    ['an empty query', gqlBody(''), { status: 400 }],
    ['no query', { variables: {} }, { status: 400 }],
    ['a query that is a number', { query: 5 }, { status: 400 }],
    ['a query that is an object', { query: { a: 1 } }, { status: 400 }],
    ['variables that are a string', { query: '{ stats { articles } }', variables: 'x' }, { status: 400 }],
    ['variables that are a list', { query: '{ stats { articles } }', variables: [1] }, { status: 400 }],
    ['an unknown operationName', { query: 'query A { stats { articles } }', operationName: 'B' }, { status: 400 }],
    [
      'two operations, no operationName',
      { query: 'query A { stats { articles } } query B { stats { articles } }' },
      { status: 400 },
    ],
    ['a batch (an array)', [{ query: '{ stats { articles } }' }, { query: '{ stats { articles } }' }], { status: 400 }],
    ['an unknown field', gqlBody('{ nope }'), { code: 'GRAPHQL_VALIDATION_FAILED', status: 400 }],
    [
      'an unknown argument',
      gqlBody('{ stats(x: 1) { articles } }'),
      { code: 'GRAPHQL_VALIDATION_FAILED', status: 400 },
    ],
    [
      'an undeclared variable',
      gqlBody('{ articles(first: $n) { totalCount } }'),
      { code: 'GRAPHQL_VALIDATION_FAILED', status: 400 },
    ],
    [
      'a missing required variable',
      gqlBody('query($id: ID!) { node(id: $id) { id } }'),
      { code: 'BAD_USER_INPUT', status: 400 },
    ],
    [
      'a null required variable',
      gqlBody('query($id: ID!) { node(id: $id) { id } }', { id: null }),
      { code: 'BAD_USER_INPUT', status: 400 },
    ],
    [
      'a fragment cycle',
      gqlBody('{ countries { nodes { ...A } } } fragment A on Country { ...B } fragment B on Country { ...A }'),
      { code: 'GRAPHQL_VALIDATION_FAILED', status: 400 },
    ],
    ['a persisted query hash unknown', { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }],
    ['a mutation by GET', 'GET'],
  ];
  for (const [name, body, extra] of documents) {
    cases.push({ family: 'documents', name, body, mustFail: true, ...extra });
  }
  const rawBodies: [string, string, Record<string, string>][] = [
    ['a body that is not JSON', '{"query": "{ stats { articles } }"', { 'content-type': 'application/json' }],
    ['a JSON string body', '"{ stats { articles } }"', { 'content-type': 'application/json' }],
    ['a JSON null body', 'null', { 'content-type': 'application/json' }],
    ['an empty body', '', { 'content-type': 'application/json' }],
    [
      'a body over 2 MB',
      JSON.stringify({ query: `{ search(query: "${'x'.repeat(2_100_000)}") { totalCount: __typename } }` }),
      { 'content-type': 'application/json' },
    ],
    [
      'a body with a lone surrogate escape',
      '{"query":"{ search(query: \\"\\ud800\\") { __typename } }"}',
      { 'content-type': 'application/json' },
    ],
    ['a text/plain body (CSRF)', '{"query":"{ stats { articles } }"}', { 'content-type': 'text/plain' }],
    ['no content type', '{"query":"{ stats { articles } }"}', {}],
    ['a form body', 'query=%7B+stats+%7B+articles+%7D+%7D', { 'content-type': 'application/x-www-form-urlencoded' }],
    ['a latin-1 charset', '{"query":"{ stats { articles } }"}', { 'content-type': 'application/json; charset=latin1' }],
    [
      'deeply nested JSON variables',
      `{"query":"query($f: ArticleFilter) { articles(filter: $f) { totalCount } }","variables":{"f":${'['.repeat(5000)}${']'.repeat(5000)}}}`,
      { 'content-type': 'application/json' },
    ],
  ];
  for (const [name, body, headers] of rawBodies) {
    cases.push({ family: 'bodies', name, body, raw: true, headers, mustFail: true });
  }

  // 6. Ingestion: items that must be refused whole, naming the item and the field.
  const article = {
    title: 'SCO ministers meet in Dushanbe',
    body: 'DUSHANBE – Ministers of the SCO met on Tuesday to discuss trade.',
  };
  const ingestCases: [string, unknown, RegExp][] = [
    ['a 1 MB title', { articles: [{ ...article, title: 'x'.repeat(1_000_000) }] }, /articles\[0\]\.title/],
    ['a 501-character title', { articles: [{ ...article, title: 'x'.repeat(501) }] }, /articles\[0\]\.title/],
    ['a 201-character source', { articles: [{ ...article, source: 's'.repeat(201) }] }, /articles\[0\]\.source/],
    [
      'a 2,001-character URL',
      { articles: [{ ...article, url: `https://example.org/${'a'.repeat(2000)}` }] },
      /articles\[0\]\.url/,
    ],
    ['February 30', { articles: [{ ...article, publishedAt: '2021-02-30' }] }, /publishedAt/],
    ['April 31', { articles: [{ ...article, publishedAt: '2021-04-31' }] }, /publishedAt/],
    ['February 29 of 2021', { articles: [{ ...article, publishedAt: '2021-02-29' }] }, /publishedAt/],
    ['month 13', { articles: [{ ...article, publishedAt: '2021-13-01' }] }, /publishedAt/],
    ['day 00', { articles: [{ ...article, publishedAt: '2021-06-00' }] }, /publishedAt/],
    ['year 0000', { articles: [{ ...article, publishedAt: '0000-01-01' }] }, /publishedAt/],
    ['year 0999', { articles: [{ ...article, publishedAt: '0999-06-15' }] }, /publishedAt/],
    ['year 9999', { articles: [{ ...article, publishedAt: '9999-12-31' }] }, /publishedAt/],
    ['hour 25', { articles: [{ ...article, publishedAt: '2021-06-15T25:00:00Z' }] }, /publishedAt/],
    ['a date in words', { articles: [{ ...article, publishedAt: 'June 15, 2021' }] }, /publishedAt/],
    ['a call-level February 30', { publishedAt: '2021-02-30', articles: [article] }, /publishedAt/],
    [
      'a body of control characters',
      { articles: [{ ...article, body: '\u0001\u0002\u0003\u0004\u0005\u0006' }] },
      /articles\[0\]\.body/,
    ],
    [
      'a body of digits and punctuation',
      { articles: [{ ...article, body: '1234 5678 -- !!! ... 42' }] },
      /articles\[0\]\.body/,
    ],
    ['a body of whitespace', { articles: [{ ...article, body: ' \n\n \t ' }] }, /articles\[0\]\.body/],
    ['an empty title', { articles: [{ ...article, title: '   ' }] }, /articles\[0\]\.title/],
    ['a NUL in the body', { articles: [{ ...article, body: `${article.body}\u0000` }] }, /articles\[0\]\.body/],
    [
      'a lone surrogate in the body',
      { articles: [{ ...article, body: `${article.body}\ud83d` }] },
      /articles\[0\]\.body/,
    ],
    [
      'a lone surrogate in the title',
      { articles: [{ ...article, title: `\udc00${article.title}` }] },
      /articles\[0\]\.title/,
    ],
    ['a javascript: URL', { articles: [{ ...article, url: 'javascript:alert(1)' }] }, /articles\[0\]\.url/],
    ['a URL that is no URL', { articles: [{ ...article, url: 'not a url' }] }, /articles\[0\]\.url/],
    ['the same article twice', { articles: [article, { ...article }] }, /articles\[1\]/],
    [
      'the same text twice, spaced differently',
      { articles: [article, { ...article, body: `  ${article.body.replace(/ /g, '  ')}` }] },
      /articles\[1\]/,
    ],
    [
      'a good item then a bad one',
      { articles: [article, { ...article, title: 'Another', publishedAt: '2021-02-30' }] },
      /articles\[1\]\.publishedAt/,
    ],
    [
      '101 articles',
      { articles: Array.from({ length: 101 }, (_, i) => ({ ...article, title: `${article.title} ${i}` })) },
      /articles/,
    ],
    ['nothing', {}, /Nothing to ingest/],
    ['a text with a NUL', { text: `Headline\n\n${article.body}\u0000` }, /input\.text/],
  ];
  for (const [name, input, message] of ingestCases) {
    cases.push({
      family: 'ingestion',
      name,
      body: gqlBody('mutation($input: IngestArticlesInput!) { ingestArticles(input: $input) { results { status } } }', {
        input,
      }),
      headers: { authorization: `Bearer ${key}` },
      mustFail: true,
      code: 'BAD_USER_INPUT',
      messageMatch: message,
    } as BadInput & { messageMatch: RegExp });
  }

  // 7. Authentication: a missing key and a bad one answer alike on every mutation.
  const badKeys = [
    undefined,
    'Bearer acc_not-a-real-key',
    'Bearer ',
    'Basic dXNlcjpwYXNz',
    `Bearer ${'k'.repeat(5000)}`,
    'Bearer a b c',
    'Bearer acc_\u00e9\u00e8',
  ];
  for (const field of rootFields('mutation')) {
    for (const header of badKeys) {
      cases.push({
        family: 'authentication',
        name: `${field.name} with ${header === undefined ? 'no key' : JSON.stringify(header.slice(0, 30))}`,
        body: gqlBody(operationFor('mutation', field), validVariables(field, ids)),
        headers: header === undefined ? {} : { authorization: header },
        mustFail: true,
        status: 401,
        code: 'UNAUTHENTICATED',
      });
    }
  }

  // 8. Analytics ranges, checked before any work.
  const timeline =
    'query($id: ID!, $from: DateTimeISO, $to: DateTimeISO, $i: TimeInterval!) { mentionTimeline(id: $id, from: $from, to: $to, interval: $i) { start } }';
  const ranges: [string, Record<string, unknown>][] = [
    ['from after to', { from: '2022-01-01T00:00:00Z', to: '2021-01-01T00:00:00Z', i: 'MONTH' }],
    ['a thousand years of days', { from: '1021-01-01T00:00:00Z', to: '2021-01-01T00:00:00Z', i: 'DAY' }],
    ['9,000 years of weeks', { from: '0001-01-01T00:00:00Z', to: '9000-01-01T00:00:00Z', i: 'WEEK' }],
    ['from year 1 by day, no end', { from: '0001-01-01T00:00:00Z', i: 'DAY' }],
  ];
  for (const [name, vars] of ranges) {
    cases.push({
      family: 'analytics ranges',
      name,
      body: gqlBody(timeline, { id: ids.country, ...vars }),
      mustFail: true,
      code: 'BAD_USER_INPUT',
    });
  }
  for (const first of [0, -5, 101, 1_000_000]) {
    for (const field of ['topSpeakers', 'coMentions']) {
      const args = field === 'coMentions' ? `id: "${ids.country}", first: ${first}` : `first: ${first}`;
      cases.push({
        family: 'analytics ranges',
        name: `${field}(first: ${first})`,
        body: gqlBody(`{ ${field}(${args}) { __typename } }`),
        mustFail: true,
        code: 'BAD_USER_INPUT',
      });
    }
  }
  return cases;
}

async function send(c: BadInput): Promise<{ status: number; text: string; ms: number }> {
  const started = performance.now();
  const url = inject('graphqlUrl');
  let response: Response;
  if (c.body === 'GET') {
    response = await fetch(`${url}?query=${encodeURIComponent('mutation { deleteStatement(id: "x") }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
  } else {
    response = await fetch(url, {
      method: 'POST',
      headers: { ...(c.raw ? {} : { 'content-type': 'application/json' }), ...c.headers },
      body: c.raw ? (c.body as string) : JSON.stringify(c.body),
    });
  }
  const text = await response.text();
  return { status: response.status, text, ms: performance.now() - started };
}

async function counts() {
  return data(
    '{ stats { articles statements people organizations countries initiatives } auditLog(first: 1) { totalCount } organizations { totalCount } }',
    {},
    { key: inject('adminKey') },
  );
}

describe('bad inputs, generated by family, against a production server', () => {
  let cases: BadInput[] = [];
  let before: unknown;

  beforeAll(async () => {
    key = inject('adminKey');
    const introspection = await data<IntrospectionQuery>(getIntrospectionQuery());
    schema = buildClientSchema(introspection);
    const ids = (await data('{ countries(first: 1) { nodes { id } } }')).countries.nodes[0].id;
    cases = generate({ country: ids });
    before = await counts();
  });

  it('has at least 500 cases across every family', () => {
    const families = new Map<string, number>();
    for (const c of cases) families.set(c.family, (families.get(c.family) ?? 0) + 1);
    console.info(`bad inputs: ${cases.length} cases; ${[...families].map(([f, n]) => `${f} ${n}`).join(', ')}`);
    expect(cases.length).toBeGreaterThanOrEqual(500);
    expect(families.size).toBeGreaterThanOrEqual(8);
  });

  it('answers every one cleanly: no 5xx, a client error code, within 2 s, nothing internal', async () => {
    const failures: string[] = [];
    for (const c of cases) {
      const { status, text, ms } = await send(c);
      const where = `[${c.family}] ${c.name}`;
      let body: { errors?: { message: string; extensions?: { code?: string } }[]; data?: unknown } | undefined;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      const codes = (body?.errors ?? []).map((e) => e.extensions?.code ?? '(none)');
      if (status >= 500) failures.push(`${where}: HTTP ${status} ${text.slice(0, 200)}`);
      else if (ms > 2000) failures.push(`${where}: took ${Math.round(ms)} ms`);
      else if (LEAK.test(text)) failures.push(`${where}: leaks internals: ${text.slice(0, 300)}`);
      else if (codes.some((code) => !CLIENT_CODES.has(code)))
        failures.push(`${where}: codes ${codes.join(', ')}: ${text.slice(0, 200)}`);
      else if (c.mustFail && status < 400 && codes.length === 0)
        failures.push(`${where}: accepted (HTTP ${status}) ${text.slice(0, 200)}`);
      else if (c.status && status !== c.status)
        failures.push(`${where}: HTTP ${status}, expected ${c.status}: ${text.slice(0, 200)}`);
      else if (c.code && !codes.includes(c.code))
        failures.push(`${where}: codes ${codes.join(', ') || 'none'}, expected ${c.code}: ${text.slice(0, 200)}`);
      else if (!body && status !== 413 && status !== 400 && status !== 415)
        failures.push(`${where}: not JSON (HTTP ${status}): ${text.slice(0, 100)}`);
      const match = (c as { messageMatch?: RegExp }).messageMatch;
      if (match && body?.errors && !body.errors.some((e) => match.test(e.message))) {
        failures.push(`${where}: message does not name ${match}: ${body.errors[0]?.message}`);
      }
    }
    const byFamily = new Map<string, number>();
    for (const f of failures)
      byFamily.set(f.slice(1, f.indexOf(']')), (byFamily.get(f.slice(1, f.indexOf(']'))) ?? 0) + 1);
    expect(
      failures,
      `${[...byFamily].map(([k, n]) => `${k}: ${n}`).join(', ')}\n${failures.slice(0, 60).join('\n')}`,
    ).toEqual([]);
  }, 300_000);

  it('wrote nothing, and the server is ready afterwards', async () => {
    expect(await counts()).toEqual(before);
    const ready = await fetch(`${baseUrl()}/readyz`);
    expect(ready.status).toBe(200);
  });
});
