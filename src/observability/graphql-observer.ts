import type { ApolloServerPlugin } from '@apollo/server';
import type { Request, Response } from 'express';
import { withQueryStats } from '../db/query-stats.js';
import { graphqlDuration, graphqlRequests, graphqlStatements, operationLabel } from './metrics.js';
import { currentRequest, recordOf, settle } from './request-record.js';

/** Fills the request record with what only GraphQL knows: operation name and type, outcome. */
export const graphqlObserverPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    const record = currentRequest();
    if (!record) return {};
    return {
      async didResolveOperation({ operation, request }) {
        record.operation = operation?.name?.value ?? request.operationName ?? 'anonymous';
        record.operationType = operation?.operation;
      },
      async willSendResponse({ response }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        const code = errors?.[0]?.extensions?.code;
        record.outcome = errors?.length ? (typeof code === 'string' ? code : 'ERROR') : 'ok';
      },
    };
  },
};

/** Failures before GraphQL runs (authentication, rate limit, a body that is not GraphQL). */
function outcomeFromStatus(status: number): string {
  if (status === 429) return 'RATE_LIMITED';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status >= 500) return 'INTERNAL_SERVER_ERROR';
  if (status >= 400) return 'BAD_REQUEST';
  return 'ok';
}

/**
 * /graphql middleware: counts the SQL statements the request sends (query-stats) and,
 * when the response has gone, records it in the request metrics and the log record.
 */
export function graphqlMetricsMiddleware(req: Request, res: Response, next: () => void): void {
  const started = process.hrtime.bigint();
  const record = recordOf(res);
  let stats: { statements: number } | undefined;
  if (record) {
    record.settle = () => {
      const body = req.body as { operationName?: unknown } | undefined;
      record.operation ??= typeof body?.operationName === 'string' ? body.operationName : undefined;
      record.outcome ??= outcomeFromStatus(res.statusCode);
      record.sqlStatements = stats?.statements ?? 0;
      const operation = operationLabel(record.operation);
      const type = record.operationType ?? 'unknown';
      graphqlRequests.inc({ operation, type, outcome: record.outcome });
      graphqlDuration.observe({ operation, type }, Number(process.hrtime.bigint() - started) / 1e9);
      graphqlStatements.observe({ type }, record.sqlStatements);
    };
    // The request log's finish listener runs first and settles the record itself.
    res.once('finish', () => settle(record));
    res.once('close', () => settle(record));
  }
  stats = withQueryStats(() => next()).stats;
}
