import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  getVariableValues,
  GraphQLError,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
} from 'graphql';
import { analyseOperation } from './cost.js';
import { currentRequest } from '../observability/request-record.js';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
}

function refuse(code: string, message: string, extensions: Record<string, unknown> = {}, status = 400): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status } } });
}

/**
 * The maintained rules of graphql-armor for depth, aliases and directives (each fragment
 * counted once, so they are linear in the document), run after Apollo's validation;
 * a rejection becomes QUERY_TOO_COMPLEX with what to change.
 */
function armorRules(limits: QueryLimits, rejected: string[]): ValidationRule[] {
  const onReject = [
    (_context: unknown, error: GraphQLError) => void rejected.push(error.message.replace(/^Syntax Error: /, '')),
  ];
  const common = { propagateOnRejection: false, exposeLimits: true, onReject };
  return [
    maxDepthRule({ ...common, n: limits.maxDepth, flattenFragments: true }),
    maxAliasesRule({ ...common, n: limits.maxAliases }),
    maxDirectivesRule({ ...common, n: limits.maxDirectives }),
  ];
}

/**
 * What the depth, alias and directive rules found in a document, and the cost of an
 * operation without variables: both depend on the document only (and the limits), and
 * Apollo's document cache hands the same parsed document to every request that sends
 * the same text.
 */
const armorVerdicts = new WeakMap<QueryLimits, WeakMap<DocumentNode, string[]>>();
const analyses = new WeakMap<OperationDefinitionNode, ReturnType<typeof analyseOperation>>();

/**
 * Everything checked between validation and execution, so a refused request runs no
 * resolver and no SQL: variables of the wrong type, depth, aliases and directives,
 * argument values (input-limits.ts) and the estimated cost (cost.ts). Every refusal is a
 * GraphQLError with a code and HTTP 400. Returns the estimated cost. Shared by HTTP (the
 * plugin below) and WebSockets (src/graphql/websocket.ts).
 */
export function checkQueryLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | null | undefined,
  limits: QueryLimits,
): number {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 5 });
  if (coerced.errors) {
    throw refuse('BAD_USER_INPUT', coerced.errors.map((e) => e.message).join(' '), { argument: 'variables' });
  }
  let verdicts = armorVerdicts.get(limits);
  if (!verdicts) armorVerdicts.set(limits, (verdicts = new WeakMap()));
  let rejected = verdicts.get(document);
  if (!rejected) {
    rejected = [];
    validate(schema, document, armorRules(limits, rejected));
    verdicts.set(document, rejected);
  }
  if (rejected.length > 0) {
    throw refuse(
      'QUERY_TOO_COMPLEX',
      `${rejected.join(' ')} Ask for fewer nested levels, aliases or directives, and follow IDs in a second query.`,
      { maxDepth: limits.maxDepth, maxAliases: limits.maxAliases, maxDirectives: limits.maxDirectives },
    );
  }
  // Without variables the estimate depends on the document alone (Apollo hands over the same parsed document each time).
  const constant = !operation.variableDefinitions?.length;
  let analysis = constant ? analyses.get(operation) : undefined;
  if (!analysis) {
    analysis = analyseOperation(schema, document, operation, coerced.coerced);
    if (constant) analyses.set(operation, analysis);
  }
  const { cost, problems } = analysis;
  const request = currentRequest();
  if (request) request.cost = cost;
  if (problems.length > 0) {
    throw refuse('BAD_USER_INPUT', problems.map((p) => p.message).join(' '), { argument: problems[0].argument });
  }
  if (cost > limits.maxCost) {
    throw refuse(
      'QUERY_TOO_COMPLEX',
      `Query cost ${cost} exceeds the limit of ${limits.maxCost} (each object returned costs 1; lists multiply by their page size); lower \`first\` on nested lists or split the query.`,
      { cost, maxCost: limits.maxCost },
    );
  }
  return cost;
}

/**
 * The HTTP side: a subscription sent over HTTP is told to use WebSockets; then
 * checkQueryLimits. The estimate is reported in `extensions.cost: { requested, limit }`.
 */
export function queryLimitsPlugin(schema: GraphQLSchema, limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let requested: number | undefined;
      return {
        async didResolveOperation({ request, document, operation }) {
          if (!operation) return;
          if (operation.operation === 'subscription') {
            throw refuse(
              'BAD_REQUEST',
              'Subscriptions are not served over HTTP: open a WebSocket to this same /graphql URL with a graphql-ws client (subprotocol graphql-transport-ws).',
            );
          }
          requested = checkQueryLimits(schema, document, operation, request.variables, limits);
        },
        async willSendResponse({ response }) {
          if (requested === undefined || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: { requested, limit: limits.maxCost } };
        },
      };
    },
  };
}
