import type { TypedDocumentString } from './gql/graphql';

/** A GraphQL error as Accord sends it: `extensions.code` says what went wrong (see docs/errors.md). */
export interface AccordGraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export class AccordError extends Error {
  constructor(
    message: string,
    /** `extensions.code` of the first error, or NETWORK_ERROR when no answer could be read (CORS, server down). */
    readonly code: string,
    /** HTTP status; 0 when the request never got an answer the page may read. */
    readonly status: number,
    readonly errors: AccordGraphQLError[] = [],
  ) {
    super(message);
    this.name = 'AccordError';
  }
}

export interface AccordClientOptions {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** An API key (`acc_...`), sent as `Authorization: Bearer <key>`; reading needs none unless the server requires auth. */
  key?: string;
}

/** Variables are optional exactly when the operation has no required ones. */
type VariablesArg<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

/**
 * A typed client in a few lines: results and variables are typed from schema.graphql by
 * GraphQL Code Generator. Each request names its trusted document (`documentId`, the hash
 * codegen wrote to persisted-documents.json) and carries the text too: a server in
 * trusted-documents mode runs the listed document, any other server runs the text.
 */
export function createClient(options: AccordClientOptions) {
  return async function execute<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    ...[variables]: VariablesArg<TVariables>
  ): Promise<TResult> {
    let response: Response;
    try {
      response = await fetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(options.key ? { authorization: `Bearer ${options.key}` } : {}),
        },
        body: JSON.stringify({
          documentId: document.__meta__?.hash,
          query: document.toString(),
          variables: variables ?? {},
        }),
      });
    } catch (error) {
      throw new AccordError(`Could not reach ${options.url}: ${(error as Error).message}`, 'NETWORK_ERROR', 0);
    }
    const body = (await response.json().catch(() => ({}))) as { data?: TResult; errors?: AccordGraphQLError[] };
    if (body.errors?.length) {
      const first = body.errors[0];
      throw new AccordError(first.message, first.extensions?.code ?? 'UNKNOWN', response.status, body.errors);
    }
    if (!response.ok || body.data === undefined) {
      throw new AccordError(`HTTP ${response.status} without data`, 'UNKNOWN', response.status);
    }
    return body.data;
  };
}

export type Execute = ReturnType<typeof createClient>;
