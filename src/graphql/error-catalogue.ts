/**
 * Every `extensions.code` the server sends, with its usual HTTP status and what a client
 * should do. Shown in the IDE (src/graphql/graphiql.ts) and written out in
 * docs/errors.md; test/unit/error-catalogue.test.ts keeps the three in step with the
 * codes the code can raise.
 */
export interface ErrorCodeDoc {
  code: string;
  /** The HTTP status of a response that carries only this error ("200" when data comes back beside it). */
  status: string;
  when: string;
  fix: string;
}

export const ERROR_CATALOGUE: ErrorCodeDoc[] = [
  {
    code: 'GRAPHQL_PARSE_FAILED',
    status: '400',
    when: 'The document is not GraphQL (a missing brace, a stray character).',
    fix: 'Fix the syntax at `locations`; the IDE underlines it.',
  },
  {
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: '400',
    when: 'The document asks for a field, argument or type the schema does not have, or passes the wrong type.',
    fix: 'Check the name against schema.graphql (the message suggests near names); regenerate typed clients after a schema change.',
  },
  {
    code: 'BAD_REQUEST',
    status: '400',
    when: 'The HTTP request is malformed: no `query`, a body that is not JSON, a batch (an array), or a simple cross-site request refused by CSRF prevention.',
    fix: 'POST `{"query": ..., "variables": ...}` with `Content-Type: application/json`; a GET needs the header `Apollo-Require-Preflight: 1`.',
  },
  {
    code: 'OPERATION_RESOLUTION_FAILURE',
    status: '400',
    when: 'The document holds several operations and `operationName` is missing or names none of them.',
    fix: 'Send `operationName` (the IDE does when you pick one).',
  },
  {
    code: 'BAD_USER_INPUT',
    status: '400 (200 beside data)',
    when: 'An argument or variable is wrong: `first` over 100, a malformed ID, an unknown country code, a variable of the wrong type, an article that is too long.',
    fix: 'Read the message and `extensions.argument`; it says which value and what is allowed.',
  },
  {
    code: 'UNAUTHENTICATED',
    status: '401',
    when: 'The operation needs a key and none was sent, or the key is unknown or revoked.',
    fix: 'Send `Authorization: Bearer <key>` (in the IDE: the Headers tab). Keys come from `npm run cli -- keys create`.',
  },
  {
    code: 'FORBIDDEN',
    status: '403',
    when: 'The key is valid but its role is too low (writes need `editor`, keys and the audit log `admin`).',
    fix: 'Use a key with the role the message names.',
  },
  {
    code: 'NOT_FOUND',
    status: '404 (200 beside data)',
    when: 'A mutation names an object that does not exist (lookups such as `organization(acronym:)` answer null instead).',
    fix: 'Check the ID; IDs come from the `id` field of an object.',
  },
  {
    code: 'QUERY_TOO_COMPLEX',
    status: '400',
    when: 'The query is deeper or costlier than the limits (`MAX_QUERY_DEPTH`, `MAX_QUERY_COMPLEXITY`); nothing ran.',
    fix: 'Lower `first` on nested lists, ask for fewer levels, or split the query; `extensions` gives the cost and the limit.',
  },
  {
    code: 'RATE_LIMITED',
    status: '429',
    when: 'More requests in a minute than `ACCORD_RATE_LIMIT` allows for this key or address.',
    fix: 'Wait for the seconds in `Retry-After` (and watch `X-RateLimit-Remaining`).',
  },
  {
    code: 'PERSISTED_QUERY_NOT_FOUND',
    status: '200 (400 in trusted-documents mode)',
    when: 'An automatic persisted query names a hash the server has not seen yet; in trusted-documents mode, a `documentId` that is not listed.',
    fix: 'APQ clients resend with the full `query` (they do so by themselves). In trusted-documents mode, rebuild the client and deploy its list.',
  },
  {
    code: 'PERSISTED_QUERY_NOT_SUPPORTED',
    status: '400',
    when: 'A hash-only automatic persisted query reached a server with APQ turned off. Accord keeps APQ on, and trusted-documents mode answers PERSISTED_QUERY_NOT_FOUND or UNTRUSTED_DOCUMENT instead, so this is listed for completeness (Apollo Server defines it).',
    fix: 'Send the full `query` (or, in trusted-documents mode, a listed `documentId`).',
  },
  {
    code: 'UNTRUSTED_DOCUMENT',
    status: '403',
    when: 'The server runs in trusted-documents mode (`ACCORD_TRUSTED_DOCUMENTS`) and the operation is not in its list.',
    fix: 'Send a listed operation (by `documentId`), or have the operator add yours to the list.',
  },
  {
    code: 'SERVICE_UNAVAILABLE',
    status: '503',
    when: 'The database is unreachable or too slow right now.',
    fix: 'Retry after the seconds in `Retry-After`; `/readyz` says when the database is back.',
  },
  {
    code: 'INTERNAL_SERVER_ERROR',
    status: '500',
    when: 'A bug. In production the message is generic and the details are only in the server log.',
    fix: 'Retry once; if it persists, report it with the time of the request.',
  },
];
