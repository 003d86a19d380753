import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';

/** What one HTTP request did, filled in as it runs; read by the log line and the metrics. */
export interface RequestRecord {
  id: string;
  /** GraphQL operation name ('anonymous' when the document names none). */
  operation?: string;
  operationType?: 'query' | 'mutation' | 'subscription';
  /** Estimated cost of the operation (the query-limits estimate). */
  cost?: number;
  /** 'ok', or the first error's extensions.code. */
  outcome?: string;
  /** SQL statements the request sent. */
  sqlStatements?: number;
  /** Completes the record once the response is done (run by whoever needs it first). */
  settle?: () => void;
}

/** Runs the record's `settle` once; the log line and the metrics both read a settled record. */
export function settle(record: RequestRecord | undefined): RequestRecord | undefined {
  const pending = record?.settle;
  if (pending) {
    record.settle = undefined;
    pending();
  }
  return record;
}

const storage = new AsyncLocalStorage<RequestRecord>();

/** A request id from a client or proxy is kept when it is plain and short; anything else is replaced. */
const SANE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && SANE_ID.test(value) ? value : randomUUID();
}

/** The record of the request in progress, if any (resolvers, plugins, SQL logging). */
export function currentRequest(): RequestRecord | undefined {
  return storage.getStore();
}

export function recordOf(res: Response): RequestRecord | undefined {
  return (res.locals as { request?: RequestRecord }).request;
}

/**
 * Express middleware, first in the chain: gives the request its id (echoed in
 * X-Request-Id) and a record that the rest of the request fills in.
 */
export function requestRecordMiddleware(req: Request, res: Response, next: () => void): void {
  const record: RequestRecord = { id: requestIdFrom(req.headers['x-request-id']) };
  (res.locals as { request?: RequestRecord }).request = record;
  res.setHeader('X-Request-Id', record.id);
  storage.run(record, next);
}
