import { inject } from 'vitest';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  extensions?: Record<string, any>;
}

/** POSTs a GraphQL operation to the test server, as any client would. */
export async function gql<T = any>(
  query: string,
  variables: Record<string, unknown> = {},
  options: { key?: string; headers?: Record<string, string>; url?: string } = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(options.url ?? inject('graphqlUrl'), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.key ? { authorization: `Bearer ${options.key}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: response.status, ...body };
}

/** Like gql, but fails the test on any GraphQL error and returns data. */
export async function data<T = any>(
  query: string,
  variables: Record<string, unknown> = {},
  options: { key?: string; url?: string } = {},
): Promise<T> {
  const result = await gql<T>(query, variables, options);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  return result.data as T;
}

export function baseUrl(): string {
  return inject('graphqlUrl').replace(/\/graphql$/, '');
}
