import { readFileSync } from 'node:fs';
import type { Request, RequestHandler, Response } from 'express';
import { parse, print } from 'graphql';

/**
 * Trusted-documents mode (ACCORD_TRUSTED_DOCUMENTS): the server runs only operations
 * listed in a file its clients' builds produce, the way GitHub's and Shopify's own apps
 * call their APIs. The file is GraphQL Code Generator's persisted-documents.json:
 * `{ "sha256:<hex>": "<document>" }`.
 *
 * A request names a listed document by `documentId` (or an APQ
 * `extensions.persistedQuery.sha256Hash`), and the listed text is what runs, whatever
 * `query` says; a request with only `query` runs when that text, printed canonically,
 * is a listed document. Anything else is refused before parsing or authentication.
 */
export interface TrustedDocuments {
  size: number;
  byId(id: string): string | undefined;
  isListed(query: string): boolean;
}

export function loadTrustedDocuments(file: string): TrustedDocuments {
  const problem = (what: string) =>
    new Error(
      `ACCORD_TRUSTED_DOCUMENTS=${JSON.stringify(file)}: ${what}. Expected a JSON object { "sha256:<hash>": "<GraphQL document>" } as written by \`npm run example:build\` (examples/web/dist/persisted-documents.json).`,
    );
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw problem(`cannot be read as JSON (${(error as Error).message})`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw problem('is not a JSON object');
  const ids = new Map<string, string>();
  const texts = new Set<string>();
  for (const [id, document] of Object.entries(raw)) {
    if (typeof document !== 'string') throw problem(`the value of "${id}" is not a string`);
    let printed: string;
    try {
      printed = print(parse(document));
    } catch (error) {
      throw problem(`"${id}" is not a GraphQL document (${(error as Error).message})`);
    }
    ids.set(id, document);
    // APQ clients send the bare hex digest
    if (id.startsWith('sha256:')) ids.set(id.slice('sha256:'.length), document);
    texts.add(printed);
  }
  if (texts.size === 0) throw problem('lists no document');
  return {
    size: texts.size,
    byId: (id) => ids.get(id),
    isListed(query) {
      try {
        return texts.has(print(parse(query)));
      } catch {
        return false;
      }
    },
  };
}

/** A refusal: the HTTP status (WebSockets send only the code and message). */
export interface TrustedRefusal {
  status: number;
  code: 'PERSISTED_QUERY_NOT_FOUND' | 'UNTRUSTED_DOCUMENT';
  message: string;
}

const UNLISTED =
  'This server runs only trusted documents (the operations its clients were built with), and this operation is not one of them. ' +
  'Send the documentId of a listed document, or ask the operator to add the operation to the trusted-documents list.';

/**
 * What runs for a request in trusted-documents mode: the listed text named by `id`, the
 * request's own `query` when it is listed, or a refusal. `{ query: undefined }` when the
 * request names nothing (the transport then reports the missing query itself).
 */
export function resolveTrusted(
  documents: TrustedDocuments,
  id: unknown,
  query: unknown,
): { query: string | undefined } | TrustedRefusal {
  if (typeof id === 'string' && id !== '') {
    const document = documents.byId(id);
    if (document) return { query: document };
    return {
      status: 400,
      code: 'PERSISTED_QUERY_NOT_FOUND',
      message: `No trusted document has the id ${JSON.stringify(id)}. The client was built with operations this server does not list: rebuild it, or deploy its persisted-documents.json to the server.`,
    };
  }
  if (typeof query !== 'string') return { query: undefined };
  if (documents.isListed(query)) return { query };
  return { status: 403, code: 'UNTRUSTED_DOCUMENT', message: UNLISTED };
}

type RequestExtensions = { persistedQuery?: { sha256Hash?: unknown }; documentId?: unknown } | undefined;
/** The document a request names: `documentId`, else an APQ hash. */
export const requestedId = (documentId: unknown, extensions: RequestExtensions) =>
  documentId ?? extensions?.documentId ?? extensions?.persistedQuery?.sha256Hash;

function refuse(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** Express middleware for /graphql, after the JSON body parser and before Apollo. */
export function trustedDocumentsMiddleware(documents: TrustedDocuments): RequestHandler {
  return (req: Request, res: Response, next) => {
    if (req.method === 'POST') {
      const body: unknown = req.body;
      if (Array.isArray(body))
        return refuse(res, 400, 'BAD_REQUEST', 'Batched requests are not accepted; send one operation per request.');
      if (!body || typeof body !== 'object') return next();
      const request = body as { documentId?: unknown; query?: unknown; extensions?: RequestExtensions & object };
      const resolved = resolveTrusted(documents, requestedId(request.documentId, request.extensions), request.query);
      if ('code' in resolved) return refuse(res, resolved.status, resolved.code, resolved.message);
      if (resolved.query !== undefined) request.query = resolved.query;
      delete request.documentId;
      if (request.extensions) {
        delete request.extensions.persistedQuery;
        delete request.extensions.documentId;
      }
      return next();
    }
    if (req.method === 'GET') {
      const url = new URL(req.url, 'http://localhost');
      const params = url.searchParams;
      let extensions: RequestExtensions;
      try {
        extensions = params.has('extensions')
          ? (JSON.parse(params.get('extensions')!) as RequestExtensions)
          : undefined;
      } catch {
        extensions = undefined; // Apollo reports the malformed extensions itself
      }
      const resolved = resolveTrusted(
        documents,
        requestedId(params.get('documentId') ?? undefined, extensions),
        params.get('query') ?? undefined,
      );
      if ('code' in resolved) return refuse(res, resolved.status, resolved.code, resolved.message);
      if (resolved.query !== undefined) params.set('query', resolved.query);
      params.delete('documentId');
      params.delete('extensions');
      req.url = `${url.pathname}?${params}`;
    }
    return next();
  };
}
