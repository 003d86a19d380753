import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import { AppError, ERROR_CODES } from '../errors.js';

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

/**
 * The one mapping from errors to `extensions.code`. Domain errors keep their code and
 * message; unexpected ones are logged whole and reach the client as a bare
 * INTERNAL_SERVER_ERROR (in production without message, stack or SQL).
 */
export function formatError(production: boolean, log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: original.code, ...(original.details ?? {}) },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
      if (!production) return formatted;
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
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
