import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isLeafType,
  isUnionType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../db/pagination.js';
import { checkInputValue, type InputProblem } from './input-limits.js';

/**
 * How many items a plain (unpaged) list of objects can hold, for the cost estimate. These
 * lists have no page size, so each gets a bound from the data: about twice the largest
 * seen in the bundled corpus (an article of 855 words has 84 mentions, 22 organizations,
 * 17 statements), or the real maximum where there is one (there are 250 countries).
 * Every list of objects in the schema must be listed here or in `specialLists`; a unit
 * test fails otherwise, so a new list field cannot slip through at cost 1.
 */
export const LIST_BOUNDS: Record<string, number> = {
  'Article.mentions': 100,
  'Article.statements': 30,
  'Article.countries': 20,
  'Article.organizations': 20,
  'Article.people': 20,
  'Article.initiatives': 20,
  'Article.sections': 10,
  'Statement.countries': 5,
  'Statement.organizations': 5,
  'Statement.initiatives': 5,
  'Country.memberships': 20,
  'Organization.memberships': 250,
  'Initiative.proposedBy': 10,
  'Initiative.participants': 10,
  /** At most MAX_ARTICLES_PER_CALL per ingest call. */
  'IngestArticlesPayload.results': 100,
  /** At most MAX_ARTICLES_PER_JOB per job. */
  'IngestJob.results': 10_000,
};

/** Lists whose length is an argument: their bound is the argument (validated elsewhere). */
export const MAX_NODES_IDS = 100;
export const MAX_TIMELINE_BUCKETS = 5000;
const INTERVAL_MS: Record<string, number> = {
  DAY: 86_400_000,
  WEEK: 7 * 86_400_000,
  MONTH: 28 * 86_400_000,
  YEAR: 365 * 86_400_000,
};

/** Root fields that do more than an indexed lookup cost this much on top of what they return. */
export const FIELD_BASE_COST: Record<string, number> = {
  'Query.search': 10,
  'Query.coMentions': 10,
  'Query.topSpeakers': 5,
  'Query.mentionTimeline': 5,
};

type Args = Record<string, unknown>;

function specialListBound(key: string, args: Args): number | undefined {
  switch (key) {
    case 'Query.nodes':
      return Array.isArray(args.ids) ? args.ids.length : 0;
    case 'Query.coMentions':
    case 'Query.topSpeakers':
      return clamp(typeof args.first === 'number' ? args.first : 10, 1, 100);
    case 'Query.mentionTimeline': {
      const from = args.from instanceof Date ? args.from.getTime() : NaN;
      const to = args.to instanceof Date ? args.to.getTime() : NaN;
      const step = INTERVAL_MS[String(args.interval ?? 'MONTH')] ?? INTERVAL_MS.MONTH;
      if (Number.isFinite(from) && Number.isFinite(to) && to >= from)
        return clamp(Math.ceil((to - from) / step) + 1, 1, MAX_TIMELINE_BUCKETS);
      return MAX_TIMELINE_BUCKETS;
    }
    default:
      return undefined;
  }
}

export const SPECIAL_LISTS = ['Query.nodes', 'Query.coMentions', 'Query.topSpeakers', 'Query.mentionTimeline'];

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(Math.max(Math.trunc(n), lo), hi);
}

function isConnectionType(type: GraphQLCompositeType): boolean {
  return isObjectType(type) && type.name.endsWith('Connection') && 'pageInfo' in type.getFields();
}

export interface CostResult {
  cost: number;
  /** Problems with argument values (length caps, NUL bytes, list sizes), first ones only. */
  problems: InputProblem[];
}

/**
 * The estimated cost of an operation: each object returned costs 1, a list multiplies
 * what each item costs by its bound (a connection's `first`/`last`, default 20, at most
 * 100; a plain list its bound from LIST_BOUNDS), so nested lists multiply; `totalCount`
 * costs 1 (a count). Linear in the document: each fragment is costed once per page size.
 * Argument values are checked on the way (see input-limits.ts), once per field node.
 * Expects a validated document and coerced variables.
 */
export function analyseOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): CostResult {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const memo = new Map<string, number>();
  const checked = new WeakSet<object>();
  const problems: InputProblem[] = [];

  const argsOf = (
    parent: GraphQLCompositeType,
    field: GraphQLField<unknown, unknown>,
    node: Parameters<typeof getArgumentValues>[1],
  ): Args => {
    const args = getArgumentValues(field, node, variables);
    if (!checked.has(node)) {
      checked.add(node);
      for (const def of field.args) {
        if (args[def.name] === undefined || problems.length >= 5) continue;
        checkInputValue(args[def.name], def.type, `${parent.name}.${field.name}(${def.name})`, def.name, problems);
      }
    }
    return args;
  };

  const costOf = (
    selectionSet: SelectionSetNode | undefined,
    parent: GraphQLCompositeType,
    pageSize: number,
  ): number => {
    if (!selectionSet) return 0;
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) total += costOf(selection.selectionSet, type, pageSize);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment) continue;
        const key = `${fragment.name.value}:${pageSize}`;
        let cost = memo.get(key);
        if (cost === undefined) {
          memo.set(key, 0); // cycles are refused by validation; this only guards against loops
          const type = schema.getType(fragment.typeCondition.name.value);
          cost = type && isCompositeType(type) ? costOf(fragment.selectionSet, type, pageSize) : 0;
          memo.set(key, cost);
        }
        total += cost;
        continue;
      }
      const name = selection.name.value;
      if (name.startsWith('__') || isUnionType(parent)) continue;
      const field = (parent as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields()[name];
      if (!field) continue;
      const key = `${parent.name}.${name}`;
      const args = argsOf(parent, field, selection);
      const named = getNamedType(field.type);
      if (isLeafType(named)) {
        if (name === 'totalCount') total += 1;
        continue;
      }
      const childPage = isConnectionType(named as GraphQLCompositeType) ? pageSizeOf(args) : pageSize;
      const children = costOf(selection.selectionSet, named as GraphQLCompositeType, childPage);
      const base = FIELD_BASE_COST[key] ?? 0;
      const type = getNullableType(field.type);
      if (!isListType(type)) {
        total += base + 1 + children;
        continue;
      }
      const bound = isConnectionType(parent)
        ? pageSize
        : (specialListBound(key, args) ?? LIST_BOUNDS[key] ?? MAX_PAGE_SIZE);
      total += base + bound * (1 + children);
    }
    return total;
  };

  const root = schema.getRootType(operation.operation);
  const cost = root ? costOf(operation.selectionSet, root, DEFAULT_PAGE_SIZE) : 0;
  return { cost, problems };
}

function pageSizeOf(args: Args): number {
  const size =
    typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : DEFAULT_PAGE_SIZE;
  // Oversized pages are refused by pagination with a precise message; cost them at the maximum.
  return clamp(size, 0, MAX_PAGE_SIZE);
}

/** Every list-of-objects field of the schema, as `Type.field`, for the test that they all have bounds. */
export function listFieldsOf(schema: GraphQLSchema): string[] {
  const found: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type)) || isConnectionType(type))
      continue;
    for (const field of Object.values(type.getFields())) {
      let t = field.type;
      if (isNonNullType(t)) t = t.ofType;
      if (isListType(t) && !isLeafType(getNamedType(t))) found.push(`${type.name}.${field.name}`);
    }
  }
  return found;
}
