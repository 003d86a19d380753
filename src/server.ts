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
import { currentQueryStats, withQueryStats } from './db/query-stats.js';
import { authenticate } from './graphql/auth.js';
import type { Context } from './graphql/context.js';
import { formatError } from './graphql/errors.js';
import { graphiqlRouter } from './graphql/graphiql.js';
import { queryLimitsPlugin } from './graphql/limits.js';
import { createRateLimiter } from './graphql/rate-limit.js';
import { createLoaders } from './graphql/loaders.js';

export interface RunningServer {
  url: string;
  port: number;
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
  const httpServer = http.createServer(app);
  const production = config.NODE_ENV === 'production';
  const rateLimit = createRateLimiter(config.ACCORD_RATE_LIMIT);

  const apollo = new ApolloServer<Context>({
    schema,
    csrfPrevention: true,
    introspection: true,
    includeStacktraceInErrorResponses: !production,
    formatError: formatError(production, log),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's landing page loads from a CDN; GraphiQL is served locally instead.
      ApolloServerPluginLandingPageDisabled(),
      // Nothing reads cache hints or traces; the cache-control plugin alone wraps every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      queryLimitsPlugin(schema, { maxDepth: config.MAX_QUERY_DEPTH, maxComplexity: config.MAX_QUERY_COMPLEXITY }),
      ...(config.ACCORD_QUERY_STATS ? [queryStatsPlugin] : []),
    ],
  });
  await apollo.start();

  app.use(graphiqlRouter());
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await ping(dataSource);
      res.json({ status: 'ready', database: 'reachable' });
    } catch {
      res.status(503).json({ status: 'unavailable', database: 'unreachable' });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    (req, _res, next) => {
      if (config.ACCORD_QUERY_STATS) withQueryStats(() => next());
      else next();
    },
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
    close: () => apollo.stop(),
  };
}
