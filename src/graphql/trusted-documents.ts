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
    new Error(`ACCORD_TRUSTED_DOCUMENTS=${JSON.stringify(file)}: ${what}. Expected a JSON object { "sha256:<hash>": "<GraphQL document>" } as written by \`npm run example:build\` (examples/web/dist/persisted-documents.json).`);
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

function refuse(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

const UNLISTED =
  'This server runs only trusted documents (the operations its clients were built with), and this operation is not one of them. ' +
  'Send the documentId of a listed document, or ask the operator to add the operation to the trusted-documents list.';

/** Express middleware for /graphql, after the JSON body parser and before Apollo. */
export function trustedDocumentsMiddleware(documents: TrustedDocuments): RequestHandler {
  const unknownId = (id: string) =>
    `No trusted document has the id ${JSON.stringify(id)}. The client was built with operations this server does not list: rebuild it, or deploy its persisted-documents.json to the server.`;

  return (req: Request, res: Response, next) => {
    if (req.method === 'POST') {
      const body: unknown = req.body;
      if (Array.isArray(body)) return refuse(res, 400, 'BAD_REQUEST', 'Batched requests are not accepted; send one operation per request.');
      if (!body || typeof body !== 'object') return next();
      const request = body as { documentId?: unknown; query?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } };
      const id = request.documentId ?? request.extensions?.persistedQuery?.sha256Hash;
      if (typeof id === 'string') {
        const document = documents.byId(id);
        if (!document) return refuse(res, 400, 'PERSISTED_QUERY_NOT_FOUND', unknownId(id));
        request.query = document;
        delete request.documentId;
        if (request.extensions) delete request.extensions.persistedQuery;
        return next();
      }
      if (typeof request.query === 'string' && !documents.isListed(request.query)) return refuse(res, 403, 'UNTRUSTED_DOCUMENT', UNLISTED);
      return next();
    }
    if (req.method === 'GET') {
      const url = new URL(req.url, 'http://localhost');
      const params = url.searchParams;
      let id = params.get('documentId');
      if (!id && params.has('extensions')) {
        try {
          const hash = (JSON.parse(params.get('extensions')!) as { persistedQuery?: { sha256Hash?: unknown } }).persistedQuery?.sha256Hash;
          if (typeof hash === 'string') id = hash;
        } catch {
          // Apollo reports the malformed extensions itself
        }
      }
      if (id) {
        const document = documents.byId(id);
        if (!document) return refuse(res, 400, 'PERSISTED_QUERY_NOT_FOUND', unknownId(id));
        params.set('query', document);
        params.delete('documentId');
        params.delete('extensions');
        req.url = `${url.pathname}?${params}`;
        return next();
      }
      const query = params.get('query');
      if (query !== null && !documents.isListed(query)) return refuse(res, 403, 'UNTRUSTED_DOCUMENT', UNLISTED);
    }
    return next();
  };
}
