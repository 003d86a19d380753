import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Response } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import { recordOf, requestIdFrom, settle } from './request-record.js';

/** Probes and scrapes arrive every few seconds: logged at debug, everything else at info. */
const QUIET_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/** The path as the client sent it (express rewrites req.url inside mounted routers). */
function pathOfRequest(req: IncomingMessage): string {
  return pathOf((req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url);
}

function pathOf(url: string | undefined): string {
  // The query string can carry a GraphQL document and its variables: never logged.
  return (url ?? '').split('?')[0] ?? '';
}

/**
 * One structured line per request when its response has gone: request id, method and
 * path, status, duration (`responseTime`, ms), and for GraphQL the operation, its type,
 * outcome, estimated cost and SQL statements. No headers and no bodies are logged, so
 * `Authorization` and query variables never reach the log.
 */
export function httpLogMiddleware(log: Logger) {
  const fields = (res: ServerResponse) => {
    const record = settle(recordOf(res as Response));
    if (!record?.operation && !record?.outcome) return {};
    return {
      operation: record.operation,
      operationType: record.operationType,
      outcome: record.outcome,
      cost: record.cost,
      sqlStatements: record.sqlStatements,
    };
  };
  if (!log.isLevelEnabled('info')) {
    // Only failures reach a log above info: pino-http would build a child logger and
    // serialise every request for lines that are then dropped (a tenth of a small
    // request's CPU). The failure line keeps pino-http's shape.
    return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
      const started = Date.now();
      res.once('finish', () => {
        if (res.statusCode < 500) return;
        log.error(
          {
            reqId: recordOf(res as Response)?.id,
            req: { method: req.method, path: pathOfRequest(req) },
            res: { statusCode: res.statusCode },
            responseTime: Date.now() - started,
            ...fields(res),
          },
          `${req.method} ${pathOfRequest(req)} failed with ${res.statusCode}`,
        );
      });
      next();
    };
  }
  return pinoHttp({
    logger: log,
    genReqId: (req: IncomingMessage, res: ServerResponse) =>
      recordOf(res as Response)?.id ?? requestIdFrom(req.headers['x-request-id']),
    quietReqLogger: true,
    serializers: {
      req: (req: { method?: string; url?: string }) => ({ method: req.method, path: pathOf(req.url) }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (req, res, error) => {
      if (error || res.statusCode >= 500) return 'error';
      return QUIET_PATHS.has(pathOfRequest(req)) ? 'debug' : 'info';
    },
    customSuccessObject: (_req, res, value: object) => ({ ...value, ...fields(res) }),
    // A 5xx without an exception gets a made-up Error from pino-http: its stack says nothing.
    customErrorObject: (_req, res, error, value: { err?: unknown }) => {
      const { err, ...rest } = value;
      return { ...rest, ...(error.message.startsWith('failed with status code') ? {} : { err }), ...fields(res) };
    },
    customSuccessMessage: (req, res, ms) => `${req.method} ${pathOfRequest(req)} ${res.statusCode} in ${ms} ms`,
    customErrorMessage: (req, res) => `${req.method} ${pathOfRequest(req)} failed with ${res.statusCode}`,
  });
}
