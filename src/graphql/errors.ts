import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import { AppError, ERROR_CODES } from '../errors.js';
import { isDatabaseUnavailable, UNAVAILABLE_MESSAGE } from '../db/unavailable.js';

/** Codes a client may see; anything else is masked as INTERNAL_SERVER_ERROR in production. */
const PUBLIC_CODES = new Set<string>([
  ...ERROR_CODES,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  // trusted-documents mode, over WebSockets (HTTP refuses before Apollo)
  'UNTRUSTED_DOCUMENT',
]);

/** The AppError behind an error, through resolver and Apollo wrappers. */
function appErrorOf(error: unknown): AppError | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    if (e instanceof AppError) return e;
    e = (e as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/**
 * The one mapping from errors to `extensions.code`. Domain errors keep their code and
 * message; a database that is down or too slow is SERVICE_UNAVAILABLE; unexpected ones
 * are logged whole and reach the client as a bare INTERNAL_SERVER_ERROR (in production
 * without message, stack or SQL).
 */
export function formatError(production: boolean, log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const app = appErrorOf(original);
    if (app) {
      return {
        message: app.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: app.code, ...(app.details ?? {}) },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
      if (!production) return formatted;
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    if (isDatabaseUnavailable(original)) {
      log.warn({ err: original, path: formatted.path }, 'database unavailable');
      return {
        message: UNAVAILABLE_MESSAGE,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      };
    }
    log.error({ err: original, path: formatted.path }, 'unexpected error');
    if (!production) return { ...formatted, extensions: { ...formatted.extensions, code: 'INTERNAL_SERVER_ERROR' } };
    return {
      message: 'Internal server error. It has been logged; try again or report it with the time of the request.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

export function publicError(code: string, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

/**
 * HTTP statuses for errors raised while executing (GraphQL answers those with 200):
 * when a request could not return any data, its status says why, so that a missing key
 * and a bad key both answer 401, a database past its time bounds 503, and so on. A
 * partial result (some data) stays 200, as GraphQL over HTTP asks.
 */
const STATUS_BY_CODE: Record<string, number> = {
  SERVICE_UNAVAILABLE: 503,
  RATE_LIMITED: 429,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  QUERY_TOO_COMPLEX: 400,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
};
const STATUS_PRIORITY = Object.keys(STATUS_BY_CODE);

/**
 * Errors in the GraphQL document or its variables (the request itself was well-formed
 * GraphQL over HTTP). A client that asks only for the legacy `application/json` media
 * type gets these with HTTP 200, as the GraphQL-over-HTTP spec says it SHOULD; with
 * `application/graphql-response+json` or no Accept header the table's 400 holds.
 */
const DOCUMENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** True when the Accept header names application/json and not application/graphql-response+json. */
function acceptsOnlyLegacyJson(accept: string | undefined): boolean {
  const types = (accept ?? '').split(',').map((t) => t.split(';')[0].trim().toLowerCase());
  return types.includes('application/json') && !types.includes('application/graphql-response+json');
}

export const httpStatusPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ request, response }) {
        if (response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        if (!errors?.length) return;
        const codes = new Set(errors.map((e) => String(e.extensions?.code ?? '')));
        const status = response.http.status;
        if (codes.has('SERVICE_UNAVAILABLE')) {
          response.http.status = 503;
          response.http.headers.set('retry-after', '5');
          return;
        }
        if (
          data === undefined &&
          [...codes].every((c) => DOCUMENT_ERROR_CODES.has(c)) &&
          acceptsOnlyLegacyJson(request.http?.headers.get('accept'))
        ) {
          response.http.status = 200;
          return;
        }
        if (data != null || (status !== undefined && status !== 200)) return;
        const code = STATUS_PRIORITY.find((c) => codes.has(c));
        if (code && [...codes].every((c) => c in STATUS_BY_CODE)) response.http.status = STATUS_BY_CODE[code];
        if (code === 'UNAUTHENTICATED') response.http.headers.set('www-authenticate', 'Bearer realm="accord"');
      },
    };
  },
};
