import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from './config.js';
import { AppError } from './errors.js';
import { pingUrl } from './db/database.js';
import { currentQueryStats } from './db/query-stats.js';
import { isDatabaseUnavailable, UNAVAILABLE_MESSAGE } from './db/unavailable.js';
import { authenticate } from './graphql/auth.js';
import type { Context } from './graphql/context.js';
import { formatError, httpStatusPlugin } from './graphql/errors.js';
import { corsMiddleware } from './graphql/cors.js';
import { graphiqlRouter } from './graphql/graphiql.js';
import { queryLimitsPlugin, type QueryLimits } from './graphql/limits.js';
import { loadTrustedDocuments, trustedDocumentsMiddleware } from './graphql/trusted-documents.js';
import { createRateLimits, postgresLimiters, type LimiterFactory, type RateLimitState } from './graphql/rate-limit.js';
import { createLoaders } from './graphql/loaders.js';
import { readRoutingPlugin } from './graphql/read-routing.js';
import { compiledReadsPlugin, stringifyResult } from './graphql/compiled-reads.js';
import { openReplicas } from './db/replicas.js';
import { attachWebSocketServer } from './graphql/websocket.js';
import { LiveListener } from './db/listener.js';
import { graphqlMetricsMiddleware, graphqlObserverPlugin } from './observability/graphql-observer.js';
import { httpLogMiddleware } from './observability/http-log.js';
import { metricsText, observeDatabase } from './observability/metrics.js';
import { requestRecordMiddleware } from './observability/request-record.js';

export interface RunningServer {
  url: string;
  port: number;
  /** The process's LISTEN connection for live updates (subscriber counts, for diagnostics). */
  live: LiveListener;
  /** Stops accepting, lets in-flight requests finish (bounded by ACCORD_SHUTDOWN_TIMEOUT_MS), then closes. */
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Where rate-limit counters live (default: PostgreSQL, shared by every process). */
  limiters?: LimiterFactory;
}

/** Reports how many SQL statements the request ran, for the N+1 test and for debugging. */
const queryStatsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const stats = currentQueryStats();
        if (stats && response.body.kind === 'single') {
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            sqlStatements: stats.statements,
          };
        }
      },
    };
  },
};

const READY_TIMEOUT_MS = 1500;

function setRateLimitHeaders(res: express.Response, state: RateLimitState): void {
  res.setHeader('X-RateLimit-Limit', String(state.limit));
  res.setHeader('X-RateLimit-Remaining', String(state.remaining));
  res.setHeader('X-RateLimit-Reset', String(state.resetAt));
}

function contextError(error: AppError, res: express.Response): GraphQLError {
  const status = error.code === 'RATE_LIMITED' ? 429 : error.code === 'SERVICE_UNAVAILABLE' ? 503 : 401;
  const { rateLimit, ...details } = error.details ?? {};
  if (rateLimit) setRateLimitHeaders(res, rateLimit as RateLimitState);
  if (typeof details.retryAfterSeconds === 'number') res.setHeader('Retry-After', String(details.retryAfterSeconds));
  if (status === 401) res.setHeader('WWW-Authenticate', 'Bearer realm="accord"');
  return new GraphQLError(error.message, { extensions: { code: error.code, ...details, http: { status } } });
}

/**
 * An answer for every request within ACCORD_REQUEST_TIMEOUT_MS: past it the client gets
 * 503 SERVICE_UNAVAILABLE (a frozen or saturated database), and whatever Apollo writes
 * later is dropped. The work itself is bounded by the database time bounds.
 */
function requestDeadline(ms: number): RequestHandler {
  return (_req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      res.status(503).setHeader('Retry-After', '5');
      res.json({ errors: [{ message: UNAVAILABLE_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
    }, ms);
    res.on('finish', () => clearTimeout(timer));
    res.on('close', () => clearTimeout(timer));
    next();
  };
}

/** Bodies that are not JSON, too large, or in another encoding: a GraphQL-shaped 4xx, never an HTML page. */
const bodyErrors: ErrorRequestHandler = (
  error: { status?: number; type?: string; message?: string },
  _req,
  res,
  next,
) => {
  if (res.headersSent) return next(error);
  const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
  if (status === 500) return next(error);
  const message =
    status === 413
      ? 'The request body is larger than the server accepts (2 MB); send fewer or smaller articles per request.'
      : error.type === 'entity.parse.failed'
        ? 'The request body is not valid JSON.'
        : `The request could not be read: ${error.type ?? 'bad request'}.`;
  res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
};

/** HTTP -> GraphQL on a DataSource that is already migrated. */
export async function startServer(
  config: Config,
  schema: GraphQLSchema,
  dataSource: DataSource,
  log: Logger,
  options: ServerOptions = {},
): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  // A weak ETag is a SHA-1 of every response body; GraphQL POST responses are never revalidated.
  app.set('etag', false);
  // Behind a proxy (docker-compose.yml's nginx), req.ip is the client from X-Forwarded-For.
  app.set('trust proxy', config.ACCORD_TRUST_PROXY);
  const httpServer = http.createServer(app);
  const production = config.NODE_ENV === 'production';
  const rateLimits = createRateLimits(
    { requestsPerMinute: config.ACCORD_RATE_LIMIT, authFailuresPerMinute: config.ACCORD_AUTH_FAILURE_LIMIT },
    options.limiters ?? postgresLimiters(dataSource),
  );
  const databaseUrl = (dataSource.options as { url: string }).url;
  const limits: QueryLimits = {
    maxDepth: config.MAX_QUERY_DEPTH,
    maxCost: config.MAX_QUERY_COMPLEXITY,
    maxAliases: config.MAX_QUERY_ALIASES,
    maxDirectives: config.MAX_QUERY_DIRECTIVES,
  };
  const trusted = config.ACCORD_TRUSTED_DOCUMENTS ? loadTrustedDocuments(config.ACCORD_TRUSTED_DOCUMENTS) : null;
  if (trusted)
    log.info(
      { documents: trusted.size, file: config.ACCORD_TRUSTED_DOCUMENTS },
      'trusted-documents mode: only listed operations run',
    );
  const replicas = await openReplicas(config.DATABASE_REPLICA_URLS, log);
  const unobserve = [
    observeDatabase('primary', dataSource),
    ...replicas.dataSources.map((replica) => observeDatabase('replica', replica)),
  ];
  const format = formatError(production, log);
  // Live updates: one LISTEN connection per process, WebSockets on the same path and port.
  const live = await LiveListener.start(databaseUrl, log);
  const rateLimit = async (caller: string) => void (await rateLimits.request(caller));
  const webSocket = attachWebSocketServer({
    httpServer,
    schema,
    config,
    dataSource,
    live,
    log,
    limits,
    rateLimit,
    formatError: format,
    trusted,
  });

  const apollo = new ApolloServer<Context>({
    schema,
    csrfPrevention: true,
    // In trusted-documents mode only listed documents run; APQ would let a client register others.
    ...(trusted ? { persistedQueries: false as const } : {}),
    // main.ts owns SIGINT/SIGTERM (and, in cluster mode, their order across processes).
    stopOnTerminationSignals: false,
    introspection: true,
    includeStacktraceInErrorResponses: !production,
    formatError: format,
    // The parser stops at this many tokens, so a huge document costs little to refuse.
    parseOptions: { maxTokens: config.MAX_QUERY_TOKENS },
    stringifyResult,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.ACCORD_SHUTDOWN_TIMEOUT_MS }),
      // Stopping closes every WebSocket (1001 "Going away") and then the LISTEN connection.
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await webSocket.close();
              await live.close();
            },
          };
        },
      },
      // Apollo's landing page loads from a CDN; GraphiQL is served locally instead.
      ApolloServerPluginLandingPageDisabled(),
      // Nothing reads cache hints or traces; the cache-control plugin alone wraps every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      queryLimitsPlugin(schema, limits),
      httpStatusPlugin,
      ...(config.ACCORD_QUERY_STATS ? [queryStatsPlugin] : []),
      ...(replicas.count ? [readRoutingPlugin(replicas)] : []),
      ...(config.ACCORD_COMPILED_READS ? [compiledReadsPlugin(schema)] : []),
      graphqlObserverPlugin,
    ],
  });
  try {
    await apollo.start();
  } catch (error) {
    await webSocket.close();
    await live.close();
    throw error;
  }

  // Every request: an id (X-Request-Id), then one log line when its response has gone.
  app.use(requestRecordMiddleware);
  app.use(httpLogMiddleware(log));
  const cors = corsMiddleware(config.ACCORD_CORS_ORIGINS);
  if (cors) app.use('/graphql', cors);
  app.use(graphiqlRouter());
  app.get('/metrics', async (_req, res) => {
    try {
      const { contentType, text } = await metricsText();
      res.type(contentType).send(text);
    } catch (error) {
      log.error({ err: error }, 'collecting metrics');
      res.status(503).type('text/plain').send('metrics unavailable; see the server log\n');
    }
  });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()), pid: process.pid });
  });
  app.get('/readyz', async (_req, res) => {
    // Replicas are reported, not required: without them queries read from the primary.
    const reported = replicas.count ? { replicas: await replicas.check() } : {};
    if (await pingUrl(databaseUrl, READY_TIMEOUT_MS)) res.json({ status: 'ready', database: 'reachable', ...reported });
    else res.status(503).json({ status: 'unavailable', database: 'unreachable', ...reported });
  });

  app.use(
    '/graphql',
    requestDeadline(config.ACCORD_REQUEST_TIMEOUT_MS),
    express.json({ limit: '2mb' }),
    bodyErrors,
    graphqlMetricsMiddleware,
    ...(trusted ? [trustedDocumentsMiddleware(trusted)] : []),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const address = req.ip ?? 'unknown';
        try {
          const header = req.headers.authorization;
          if (header) await rateLimits.checkAuthFailures(address);
          let caller;
          try {
            caller = await authenticate(dataSource, config, header);
          } catch (error) {
            if (error instanceof AppError && error.code === 'UNAUTHENTICATED' && header)
              await rateLimits.authFailed(address);
            throw error;
          }
          const state = await rateLimits.request(caller ? `key:${caller.name}` : `ip:${address}`);
          if (state) setRateLimitHeaders(res, state);
          return { dataSource, loaders: createLoaders(dataSource), caller, log };
        } catch (error) {
          if (error instanceof AppError) throw contextError(error, res);
          if (isDatabaseUnavailable(error)) {
            log.warn({ err: error }, 'database unavailable while authenticating');
            res.setHeader('Retry-After', '5');
            throw new GraphQLError(UNAVAILABLE_MESSAGE, {
              extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
            });
          }
          throw error;
        }
      },
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.PORT, config.HOST, resolve);
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    live,
    close: async () => {
      await apollo.stop();
      for (const stop of unobserve) stop();
      await replicas.close();
    },
  };
}
