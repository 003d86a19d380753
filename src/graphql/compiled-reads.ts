import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getVariableValues,
  isAbstractType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import {
  JsonQuery,
  RawJson,
  type JsonConnection,
  type JsonConnectionEntry,
  type JsonEdgeEntry,
  type JsonPageInfoEntry,
  type JsonEntry,
  type JsonList,
  type JsonObject,
  type JsonTable,
} from '../db/json-select.js';
import { pageWindow } from '../db/pagination.js';
import { query } from '../db/sql.js';
import { ARTICLE_JSON, articleList } from '../modules/article/article.queries.js';
import { articleWhere, type ArticleOrderBy, type ArticleQuery } from '../modules/article/article.service.js';
import { COUNTRY_JSON, countryJsonByIso2, countryList } from '../modules/country/country.queries.js';
import { countryWhere, type CountryQuery } from '../modules/country/country.service.js';
import { MEMBERSHIP_JSON } from '../modules/membership/membership.queries.js';
import { ORGANIZATION_JSON, organizationList } from '../modules/organization/organization.queries.js';
import { organizationWhere, type OrganizationQuery } from '../modules/organization/organization.service.js';
import { PERSON_JSON, personList } from '../modules/person/person.queries.js';
import { personWhere, type PersonQuery } from '../modules/person/person.service.js';
import { STATEMENT_JSON, statementList } from '../modules/statement/statement.queries.js';
import { statementWhere, type StatementOrderBy, type StatementQuery } from '../modules/statement/statement.service.js';
import { compiledReads } from '../observability/metrics.js';
import type { Context } from './context.js';

/**
 * Compiled reads: a query whose every field is a column or a relation the query modules
 * declare (`JsonTable`s) is answered by one SQL statement that builds the whole `data`
 * in PostgreSQL, the way PostGraphile answers, instead of by a resolver per field.
 * It runs after Apollo has parsed, validated and costed the operation (the limits, auth
 * and read routing are unchanged), through Apollo's `responseForOperation` hook. Anything
 * else (a field no table declares, a mutation, arguments the page rules refuse, an error
 * of any kind) is left to the ordinary resolvers, which then answer exactly as before:
 * `test/integration/compiled-reads.test.ts` compares both answers field for field.
 */

const TABLES: ReadonlyMap<string, JsonTable> = new Map(
  [ARTICLE_JSON, STATEMENT_JSON, PERSON_JSON, ORGANIZATION_JSON, COUNTRY_JSON, MEMBERSHIP_JSON].map((t) => [
    t.typeName,
    t,
  ]),
);

/** The selection cannot be compiled: the resolvers answer. */
class Unsupported extends Error {}
const unsupported = (why: string): never => {
  throw new Unsupported(why);
};

interface Planning {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  q: JsonQuery;
}

function included(p: Planning, node: SelectionNode): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, p.variables);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, p.variables);
  return include?.if !== false;
}

function conditionMatches(p: Planning, condition: string | undefined, type: GraphQLObjectType): boolean {
  if (!condition || condition === type.name) return true;
  const conditionType = p.schema.getType(condition);
  return !!conditionType && isAbstractType(conditionType) && p.schema.isSubType(conditionType, type);
}

/** Fields of `sets` for an object of `type`, by response key (graphql-js's CollectFields). */
function collect(p: Planning, type: GraphQLObjectType, sets: readonly SelectionSetNode[]): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (!included(p, selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const list = fields.get(key);
        if (list) list.push(selection);
        else fields.set(key, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (conditionMatches(p, selection.typeCondition?.name.value, type)) visit(selection.selectionSet);
      } else {
        const name = selection.name.value;
        if (visited.has(name)) continue;
        visited.add(name);
        const fragment = p.fragments[name];
        if (fragment && conditionMatches(p, fragment.typeCondition.name.value, type)) visit(fragment.selectionSet);
      }
    }
  };
  for (const set of sets) visit(set);
  return fields;
}

const subSelections = (nodes: readonly FieldNode[]) =>
  nodes.map((n) => n.selectionSet).filter((s): s is SelectionSetNode => !!s);

function objectType(p: Planning, name: string): GraphQLObjectType {
  const type = p.schema.getType(name);
  return type && isObjectType(type) ? type : unsupported(`no object type ${name}`);
}

/** An object of a declared table: its columns and relations, nothing else. */
function planObject(p: Planning, type: GraphQLObjectType, sets: readonly SelectionSetNode[]): JsonObject {
  const table = TABLES.get(type.name) ?? unsupported(`${type.name} is not compiled`);
  const entries: JsonEntry[] = [];
  const definitions = type.getFields();
  for (const [key, nodes] of collect(p, type, sets)) {
    const name = nodes[0].name.value;
    if (name === '__typename') {
      entries.push({ key, typename: type.name });
      continue;
    }
    const definition = definitions[name] ?? unsupported(`${type.name}.${name}`);
    if (definition.args.length) unsupported(`${type.name}.${name} takes arguments`);
    if (table.columns[name]) {
      entries.push({ key, column: name });
      continue;
    }
    const relation = table.relations[name] ?? unsupported(`${type.name}.${name} is not compiled`);
    const sub = subSelections(nodes);
    if (relation.kind === 'union') {
      const members: Record<string, JsonObject> = {};
      for (const member of relation.members) members[member.target] = planObject(p, objectType(p, member.target), sub);
      entries.push({ key, relation: name, members });
    } else {
      entries.push({ key, relation: name, object: planObject(p, objectType(p, relation.target), sub) });
    }
  }
  return { typeName: type.name, entries };
}

/** `nodes`, `edges { cursor node }`, `pageInfo` and `totalCount` of a connection of `nodeType`. */
function planConnection(p: Planning, type: GraphQLObjectType, nodes: readonly FieldNode[]): JsonConnection {
  const entries: JsonConnectionEntry[] = [];
  const fields = type.getFields();
  const nodeType = objectType(p, getNamedType(fields.nodes.type).name);
  for (const [key, list] of collect(p, type, subSelections(nodes))) {
    const name = list[0].name.value;
    const sub = subSelections(list);
    if (name === '__typename') entries.push({ key, typename: type.name });
    else if (name === 'nodes') entries.push({ key, nodes: planObject(p, nodeType, sub) });
    else if (name === 'totalCount') entries.push({ key, totalCount: true });
    else if (name === 'edges') {
      const edgeType = objectType(p, getNamedType(fields.edges.type).name);
      const edge: JsonEdgeEntry[] = [];
      for (const [edgeKey, edgeNodes] of collect(p, edgeType, sub)) {
        const field = edgeNodes[0].name.value;
        if (field === '__typename') edge.push({ key: edgeKey, typename: edgeType.name });
        else if (field === 'cursor') edge.push({ key: edgeKey, cursor: true });
        else if (field === 'node') edge.push({ key: edgeKey, node: planObject(p, nodeType, subSelections(edgeNodes)) });
        else unsupported(`${edgeType.name}.${field}`);
      }
      entries.push({ key, edges: { typeName: edgeType.name, entries: edge } });
    } else if (name === 'pageInfo') {
      const infoType = objectType(p, getNamedType(fields.pageInfo.type).name);
      const info: JsonPageInfoEntry[] = [];
      for (const [infoKey, infoNodes] of collect(p, infoType, sub)) {
        const field = infoNodes[0].name.value;
        if (field === '__typename') info.push({ key: infoKey, typename: infoType.name });
        else if (
          field === 'hasNextPage' ||
          field === 'hasPreviousPage' ||
          field === 'startCursor' ||
          field === 'endCursor'
        )
          info.push({ key: infoKey, info: field });
        else unsupported(`${infoType.name}.${field}`);
      }
      entries.push({ key, pageInfo: { typeName: infoType.name, entries: info } });
    } else unsupported(`${type.name}.${name}`);
  }
  return { typeName: type.name, entries };
}

type Args = Record<string, unknown>;

type Root = (p: Planning, type: GraphQLObjectType, nodes: readonly FieldNode[], args: Args) => string;

/** A root connection over the list a query module gives for the (validated) arguments. */
const connectionRoot =
  (list: (args: Args) => JsonList): Root =>
  (p, type, nodes, args) =>
    p.q.connection(list(args), windowOf(args), planConnection(p, type, nodes));

/**
 * Root fields answered in SQL. Each validates its arguments with its resolver's own
 * functions, so what they refuse goes to the resolver, which says why.
 */
const ROOTS: Record<string, Root> = {
  articles: connectionRoot((args) =>
    articleList(articleWhere(args.filter as ArticleQuery | null), args.orderBy as ArticleOrderBy | null),
  ),
  statements: connectionRoot((args) =>
    statementList(statementWhere(args.filter as StatementQuery | null), args.orderBy as StatementOrderBy | null),
  ),
  countries: connectionRoot((args) => countryList(countryWhere(args.filter as CountryQuery | null))),
  people: connectionRoot((args) => personList(personWhere(args.filter as PersonQuery | null))),
  organizations: connectionRoot((args) => organizationList(organizationWhere(args.filter as OrganizationQuery | null))),
  country: (p, type, nodes, args) =>
    p.q.single(countryJsonByIso2(String(args.iso2).trim().toUpperCase()), planObject(p, type, subSelections(nodes))),
};

function windowOf(args: Args) {
  const window = pageWindow(args);
  // An empty page runs no SQL in the resolvers; not worth a second path here.
  return window.limit > 0 ? window : unsupported('first: 0');
}

/** The statement and its parameters for a query operation, or null when the resolvers must answer. */
export function compileRead(
  schema: GraphQLSchema,
  request: Pick<GraphQLRequestContext<Context>, 'document' | 'operation' | 'request'>,
): { text: string; values: unknown[] } | null {
  const { document, operation } = request;
  if (!document || !operation) return null;
  const queryType = schema.getQueryType();
  if (!queryType) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.request.variables ?? {});
  if (coerced.errors) return null;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  const q = new JsonQuery(TABLES);
  const p: Planning = { schema, fragments, variables: coerced.coerced, q };
  try {
    const parts: { key: string; sql?: string; typename?: string }[] = [];
    const definitions = queryType.getFields();
    for (const [key, nodes] of collect(p, queryType, [operation.selectionSet])) {
      const name = nodes[0].name.value;
      if (name === '__typename') {
        parts.push({ key, typename: queryType.name });
        continue;
      }
      const root = ROOTS[name];
      const definition = definitions[name];
      if (!root || !definition) return null;
      const type = getNamedType(definition.type);
      if (!isObjectType(type)) return null;
      const args = getArgumentValues(definition, nodes[0], p.variables);
      parts.push({ key, sql: root(p, type, nodes, args) });
    }
    // `{ __typename }` alone needs no database.
    if (!parts.some((part) => part.sql)) return null;
    return { text: q.root(parts), values: q.values };
  } catch {
    // Unsupported selections and arguments the resolvers refuse (they say why).
    return null;
  }
}

/**
 * Apollo's `stringifyResult`: a compiled answer's `data` is spliced in as the text
 * PostgreSQL built (the same bytes JSON.stringify would write); anything else is
 * JSON.stringify'd as Apollo does.
 */
export function stringifyResult(result: { errors?: unknown; data?: unknown; extensions?: unknown }): string {
  if (result.data instanceof RawJson && result.errors === undefined) {
    const extensions = result.extensions === undefined ? '' : `,"extensions":${JSON.stringify(result.extensions)}`;
    return `{"data":${result.data.text}${extensions}}\n`;
  }
  return `${JSON.stringify(result)}\n`;
}

export function compiledReadsPlugin(schema: GraphQLSchema): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation(requestContext) {
          if (requestContext.operation?.operation !== 'query') return null;
          const compiled = compileRead(schema, requestContext);
          if (!compiled) {
            compiledReads.inc({ result: 'resolvers' });
            return null;
          }
          const { dataSource, log } = requestContext.contextValue;
          try {
            const [row] = await query<{ data: string }>(dataSource, compiled.text, compiled.values);
            // Sent as PostgreSQL wrote it (stringifyResult below): never parsed into objects.
            const data = new RawJson(row.data) as unknown as Record<string, unknown>;
            compiledReads.inc({ result: 'compiled' });
            return {
              http: { status: undefined, headers: new HeaderMap() },
              body: { kind: 'single', singleResult: { data } },
            };
          } catch (error) {
            // The resolvers answer instead, with their own errors if the database fails them too.
            compiledReads.inc({ result: 'failed' });
            log.warn({ err: error }, 'compiled read failed; answering with resolvers');
            return null;
          }
        },
      };
    },
  };
}
