import type { ApolloServerPlugin } from '@apollo/server';
import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../db/pagination.js';
import { publicError } from './errors.js';
import { currentRequest } from '../observability/request-record.js';

/**
 * A paged field costs its page size times its children (`first: 100` nested twice is
 * 10,000), unless it asks only for totalCount/pageInfo, which cost the same at any size.
 */
const pagedEstimator: ComplexityEstimator = ({ field, node, args, childComplexity }) => {
  if (!field.args.some((a) => a.name === 'first')) return undefined;
  const readsItems = (node.selectionSet?.selections ?? []).some(
    (s) => s.kind !== Kind.FIELD || s.name.value === 'nodes' || s.name.value === 'edges',
  );
  if (!readsItems) return 1 + childComplexity;
  const size = (args.first as number | undefined) ?? (args.last as number | undefined) ?? DEFAULT_PAGE_SIZE;
  // Oversized pages are refused by pagination with a precise message; cost them at the maximum.
  return 1 + Math.min(Math.max(size, 1), MAX_PAGE_SIZE) * childComplexity;
};

function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string> = new Set(),
): number {
  if (!selectionSet) return 0;
  let max = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      max = Math.max(max, selection.selectionSet ? 1 + depthOf(selection.selectionSet, fragments, seen) : 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, depthOf(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (fragment && !seen.has(name)) max = Math.max(max, depthOf(fragment.selectionSet, fragments, new Set(seen).add(name)));
    }
  }
  return max;
}

export function queryDepth(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return depthOf(operation.selectionSet, fragments);
}

export interface QueryLimits {
  maxDepth: number;
  maxComplexity: number;
}

/**
 * Throws QUERY_TOO_COMPLEX when the operation is deeper or costlier than the limits.
 * Shared by HTTP (the plugin below) and WebSockets (src/graphql/websocket.ts).
 */
export function checkQueryLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  limits: QueryLimits,
): void {
  const depth = queryDepth(document, operation);
  if (depth > limits.maxDepth) {
    throw publicError(
      'QUERY_TOO_COMPLEX',
      `Query depth ${depth} exceeds the limit of ${limits.maxDepth}; ask for fewer nested levels and follow IDs in a second query.`,
      { depth, maxDepth: limits.maxDepth },
    );
  }
  const complexity = getComplexity({
    schema,
    query: document,
    operationName: operationName ?? undefined,
    variables: variables ?? {},
    estimators: [pagedEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
  const request = currentRequest();
  if (request) request.cost = complexity;
  if (complexity > limits.maxComplexity) {
    throw publicError(
      'QUERY_TOO_COMPLEX',
      `Query complexity ${complexity} exceeds the limit of ${limits.maxComplexity}; lower \`first\` on nested lists or split the query.`,
      { complexity, maxComplexity: limits.maxComplexity },
    );
  }
}

/** Refuses, before execution, queries deeper or costlier than the limits: QUERY_TOO_COMPLEX. */
export function queryLimitsPlugin(schema: GraphQLSchema, limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (!operation) return;
          checkQueryLimits(schema, document, operation, request.operationName, request.variables, limits);
        },
      };
    },
  };
}
