import cors from 'cors';
import type { RequestHandler } from 'express';
import type { CorsOrigins } from '../config.js';

/** Response headers a browser app may read: rate limits, so a client can back off. */
const EXPOSED_HEADERS = ['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset', 'Retry-After'];

/**
 * CORS for /graphql. Keys are bearer tokens in the Authorization header and no cookie is
 * ever set or read, so credentials stay off (`Access-Control-Allow-Credentials` is never
 * sent) and Apollo's CSRF prevention keeps refusing simple cross-site requests: a browser
 * must preflight, and the preflight is answered here (204, cached for 10 minutes).
 * Returns null when CORS is off, so no header is added and cross-origin reads fail.
 */
export function corsMiddleware(origins: CorsOrigins): RequestHandler | null {
  if (origins === 'none') return null;
  return cors({
    origin: origins === '*' ? '*' : origins,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['Content-Type', 'Authorization', 'Apollo-Require-Preflight', 'X-Apollo-Operation-Name'],
    exposedHeaders: EXPOSED_HEADERS,
    credentials: false,
    maxAge: 600,
  });
}
