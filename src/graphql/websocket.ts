import type http from 'node:http';
import {
  GraphQLError,
  execute,
  getOperationAST,
  subscribe,
  parse,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { WebSocketServer } from 'ws';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import type { LiveListener } from '../db/listener.js';
import { authenticate } from './auth.js';
import type { Caller, Context } from './context.js';
import { publicError } from './errors.js';
import { checkQueryLimits, type QueryLimits } from './limits.js';
import { createLoaders } from './loaders.js';
import { requestedId, resolveTrusted, type TrustedDocuments } from './trusted-documents.js';

/** What a client sends in `connection_init`: the key the way HTTP sends it. */
export type ConnectionParams = Record<string, unknown> & { authorization?: unknown; Authorization?: unknown };

export interface WebSocketOptions {
  httpServer: http.Server;
  schema: GraphQLSchema;
  config: Config;
  dataSource: DataSource;
  live: LiveListener;
  log: Logger;
  limits: QueryLimits;
  rateLimit: (caller: string) => Promise<void>;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** Trusted-documents mode: only listed operations run, over WebSockets as over HTTP. */
  trusted?: TrustedDocuments | null;
}

/** A WebSocket close reason is at most 123 bytes. */
const reason = (message: string) => (Buffer.byteLength(message) <= 123 ? message : `${message.slice(0, 118)}...`);

function withCode(errors: readonly GraphQLError[], code: string): GraphQLError[] {
  return errors.map(
    (e) =>
      new GraphQLError(e.message, {
        nodes: e.nodes,
        source: e.source,
        positions: e.positions,
        extensions: { ...e.extensions, code },
      }),
  );
}

/**
 * GraphQL over WebSockets (the graphql-ws protocol) on the HTTP server's `/graphql`:
 * subscriptions, and queries and mutations too. The same key check as HTTP, at
 * `connection_init` (a refused key closes the socket with 4401/4403 and a reason); the
 * same depth and cost limits and rate limit for every operation; errors formatted (and
 * masked in production) by the same function as HTTP's.
 */
export function attachWebSocketServer(options: WebSocketOptions): { close(): Promise<void> } {
  const { schema, config, dataSource, live, log, limits, rateLimit, formatError, trusted } = options;
  const wss = new WebSocketServer({ server: options.httpServer, path: '/graphql' });
  const format = (errors: readonly GraphQLError[]) => errors.map((e) => formatError(e.toJSON(), e));

  const server = useServer<ConnectionParams, { caller: Caller | null }>(
    {
      schema,
      // This module's graphql, the one the schema was built with (vitest may load graphql-ws's another way).
      execute,
      subscribe,
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const header = params.authorization ?? params.Authorization;
        try {
          if (header !== undefined && typeof header !== 'string') {
            throw new AppError('UNAUTHENTICATED', 'connectionParams.authorization must be a string: "Bearer <key>".');
          }
          ctx.extra.caller = await authenticate(dataSource, config, header || undefined);
          return true;
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          // No key where one is required: 4401; a key that is wrong: 4403.
          const code = header ? CloseCode.Forbidden : CloseCode.Unauthorized;
          const hint = header
            ? error.message
            : 'This server requires an API key: send connectionParams {authorization: "Bearer <key>"}.';
          ctx.extra.socket.close(code, reason(hint));
          return false;
        }
      },
      onSubscribe: async (ctx, _id, payload) => {
        let query = payload.query;
        if (trusted) {
          const extensions = payload.extensions as Parameters<typeof requestedId>[1];
          const resolved = resolveTrusted(trusted, requestedId(undefined, extensions), query);
          if ('code' in resolved) return [publicError(resolved.code, resolved.message)];
          query = resolved.query ?? query;
        }
        let document: DocumentNode;
        try {
          document = parse(query, { maxTokens: config.MAX_QUERY_TOKENS });
        } catch (error) {
          return withCode([error as GraphQLError], 'GRAPHQL_PARSE_FAILED');
        }
        const invalid = validate(schema, document);
        if (invalid.length > 0) return withCode(invalid, 'GRAPHQL_VALIDATION_FAILED');
        const operation = getOperationAST(document, payload.operationName);
        if (!operation)
          return [publicError('OPERATION_RESOLUTION_FAILURE', 'Name the operation to run with `operationName`.')];
        const caller = ctx.extra.caller ?? null;
        try {
          checkQueryLimits(schema, document, operation, payload.variables, limits);
          await rateLimit(caller ? `key:${caller.name}` : `ip:${ctx.extra.request.socket.remoteAddress}`);
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          if (error instanceof AppError) return [publicError(error.code, error.message, error.details)];
          throw error;
        }
        const contextValue: Context = { dataSource, loaders: createLoaders(dataSource), caller, log, live };
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
        };
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: format(result.errors) } : undefined,
      onError: (_ctx, _id, _payload, errors) => format(errors),
    },
    wss,
  );

  return {
    async close() {
      await server.dispose();
    },
  };
}
