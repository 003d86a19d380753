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
import express from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from './config.js';
import { AppError } from './errors.js';
import { ping } from './db/database.js';
import { currentQueryStats } from './db/query-stats.js';
import { authenticate } from './graphql/auth.js';
import type { Context } from './graphql/context.js';
import { formatError } from './graphql/errors.js';
import { corsMiddleware } from './graphql/cors.js';
import { graphiqlRouter } from './graphql/graphiql.js';
import { queryLimitsPlugin } from './graphql/limits.js';
import { loadTrustedDocuments, trustedDocumentsMiddleware } from './graphql/trusted-documents.js';
import { createRateLimiter } from './graphql/rate-limit.js';
import { createLoaders } from './graphql/loaders.js';
import { readRoutingPlugin } from './graphql/read-routing.js';
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
  close(): Promise<void>;
}

/** Reports how many SQL statements the request ran, for the N+1 test and for debugging. */
const queryStatsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const stats = currentQueryStats();
        if (stats && response.body.kind === 'single') {
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: stats.statements };
        }
      },
    };
  },
};

/** HTTP -> GraphQL on a DataSource that is already migrated. */
export async function startServer(
  config: Config,
  schema: GraphQLSchema,
  dataSource: DataSource,
  log: Logger,
): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  // A weak ETag is a SHA-1 of every response body; GraphQL POST responses are never revalidated.
  app.set('etag', false);
  // Behind a proxy (docker-compose.yml's nginx), req.ip is the client from X-Forwarded-For.
  app.set('trust proxy', config.ACCORD_TRUST_PROXY);
  const httpServer = http.createServer(app);
  const production = config.NODE_ENV === 'production';
  const rateLimit = createRateLimiter(config.ACCORD_RATE_LIMIT, dataSource);
  const trusted = config.ACCORD_TRUSTED_DOCUMENTS ? loadTrustedDocuments(config.ACCORD_TRUSTED_DOCUMENTS) : null;
  if (trusted) log.info({ documents: trusted.size, file: config.ACCORD_TRUSTED_DOCUMENTS }, 'trusted-documents mode: only listed operations run');
  const replicas = await openReplicas(config.DATABASE_REPLICA_URLS, log);
  const unobserve = [observeDatabase('primary', dataSource), ...replicas.dataSources.map((replica) => observeDatabase('replica', replica))];
  const limits = { maxDepth: config.MAX_QUERY_DEPTH, maxComplexity: config.MAX_QUERY_COMPLEXITY };
  const format = formatError(production, log);
  // Live updates: one LISTEN connection per process, WebSockets on the same path and port.
  const live = await LiveListener.start((dataSource.options as { url: string }).url, log);
  const webSocket = attachWebSocketServer({ httpServer, schema, config, dataSource, live, log, limits, rateLimit, formatError: format, trusted });

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
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
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
      ...(config.ACCORD_QUERY_STATS ? [queryStatsPlugin] : []),
      ...(replicas.count ? [readRoutingPlugin(replicas)] : []),
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
    try {
      await ping(dataSource);
      res.json({ status: 'ready', database: 'reachable', ...reported });
    } catch {
      res.status(503).json({ status: 'unavailable', database: 'unreachable', ...reported });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    graphqlMetricsMiddleware,
    ...(trusted ? [trustedDocumentsMiddleware(trusted)] : []),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        try {
          const caller = await authenticate(dataSource, config, req.headers.authorization);
          await rateLimit(caller ? `key:${caller.name}` : `ip:${req.ip}`);
          return { dataSource, loaders: createLoaders(dataSource), caller, log };
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          const status = error.code === 'RATE_LIMITED' ? 429 : 401;
          throw new GraphQLError(error.message, { extensions: { code: error.code, ...error.details, http: { status } } });
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
