import { query } from './sql.js';
import type { DataSource } from 'typeorm';
import { positional } from './rows.js';
import {
  decodeCursor,
  encodeCursor,
  pageWindow,
  type CursorValueType,
  type PageArgs,
  type PageWindow,
} from './pagination.js';
import type { ConnectionData } from './pagination.js';

/**
 * Keyset ("seek") pagination: a page is `WHERE (keys) > (cursor) ORDER BY keys LIMIT n`,
 * so page 1,000 costs what page 1 costs. The last key must be unique (the id).
 */
export interface SortKey {
  /** SQL expression, with the query's table alias, e.g. `a.id`. Must never be NULL. */
  sql: string;
  /** Postgres type to cast cursor values back to. */
  type: CursorValueType;
}

export interface OrderSpec {
  keys: SortKey[];
  direction: 'ASC' | 'DESC';
}

function flip(direction: 'ASC' | 'DESC'): 'ASC' | 'DESC' {
  return direction === 'ASC' ? 'DESC' : 'ASC';
}

/** `(k1, k2) > (c1, c2)` with typed parameters; `$n` placeholders or `:name` ones. */
export function seekCondition(
  order: OrderSpec,
  values: string[],
  side: 'after' | 'before',
  param: (index: number, value: string) => string,
): string {
  const ascending = order.direction === 'ASC';
  const op = (side === 'after') === ascending ? '>' : '<';
  const left = order.keys.map((k) => k.sql).join(', ');
  const right = order.keys.map((k, i) => `CAST(${param(i, values[i])} AS ${k.type})`).join(', ');
  return `(${left}) ${op} (${right})`;
}

/**
 * What a page of a keyset list adds to its query: the conditions past the `after` and
 * `before` cursors (decoded, so a forged one is BAD_USER_INPUT) and the ORDER BY, which
 * runs backwards for `last`/`before` pages.
 */
export function pageSeek(
  order: OrderSpec,
  window: PageWindow,
  param: (index: number, value: string) => string,
): { seeks: string[]; orderBy: string } {
  const types = order.keys.map((k) => k.type);
  const seeks: string[] = [];
  if (window.after) seeks.push(seekCondition(order, decodeCursor(window.after, types, 'after'), 'after', param));
  if (window.before) seeks.push(seekCondition(order, decodeCursor(window.before, types, 'before'), 'before', param));
  const direction = window.backward ? flip(order.direction) : order.direction;
  return { seeks, orderBy: order.keys.map((k) => `${k.sql} ${direction}`).join(', ') };
}

/** The sort keys as text columns `__k0`, `__k1` ... (what a cursor holds). */
export function keyColumns(order: OrderSpec): string {
  return order.keys.map((k, i) => `(${k.sql})::text AS "__k${i}"`).join(', ');
}

function cursorOf(raw: Record<string, unknown>, order: OrderSpec): string {
  return encodeCursor(order.keys.map((_, i) => raw[`__k${i}`] as string));
}

function assemble<T>(
  rows: { node: T; cursor: string }[],
  limit: number,
  backward: boolean,
  hadCursor: { after: boolean; before: boolean },
  count: () => Promise<number>,
): ConnectionData<T> {
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  if (backward) page.reverse();
  return {
    edges: page,
    nodes: page.map((e) => e.node),
    pageInfo: {
      hasNextPage: backward ? hadCursor.before : more,
      hasPreviousPage: backward ? more : hadCursor.after,
      startCursor: page[0]?.cursor ?? null,
      endCursor: page[page.length - 1]?.cursor ?? null,
    },
    count,
  };
}

/** A list in plain SQL (alias `t`): `where` conditions use `:name` parameters from `params`. */
export interface SqlList {
  /** e.g. `t.id, t.title AS "title"` */
  select: string;
  /** e.g. `article t` (no joins that multiply rows) */
  from: string;
  where: string[];
  params: Record<string, unknown>;
  /**
   * Child rows fetched in the same statement: `sql` is a subquery joined LATERAL to each
   * row of the page (alias `p`, e.g. `WHERE s.article_id = p."id"`), `order` orders
   * the children of one row. `children` receives the page's rows and, aligned with them,
   * their children (empty lists for rows without any).
   */
  lateral?: {
    sql: string;
    order: string;
    children: (parents: Record<string, unknown>[], groups: Record<string, unknown>[][]) => void;
  };
}

/** `WHERE (a) AND (b)`, or nothing for no conditions. */
export const whereClause = (conditions: readonly string[]) =>
  conditions.length ? `WHERE ${conditions.map((c) => `(${c})`).join(' AND ')}` : '';

/** Pages a plain-SQL list; `map` turns the rows (with `__k<i>` key columns) into nodes. */
export async function paginateSql<T>(
  dataSource: DataSource,
  list: SqlList,
  order: OrderSpec,
  args: PageArgs,
  map: (rows: Record<string, unknown>[]) => T[],
): Promise<ConnectionData<T>> {
  const window = pageWindow(args);
  const params: Record<string, unknown> = { ...list.params };
  const conditions = [...list.where];
  let p = 0;
  const param = (_i: number, value: string) => {
    const name = `__c${p++}`;
    params[name] = value;
    return `:${name}`;
  };
  const { seeks, orderBy } = pageSeek(order, window, param);
  conditions.push(...seeks);
  let raw: Record<string, unknown>[] = [];
  const page = `SELECT ${list.select}, ${keyColumns(order)} FROM ${list.from} ${whereClause(conditions)} ORDER BY ${orderBy} LIMIT ${window.limit + 1}`;
  if (window.limit > 0 && !list.lateral) {
    const { text, values } = positional(page, params);
    raw = await query(dataSource, text, values);
  } else if (window.limit > 0 && list.lateral) {
    // The page keeps its order through a row number; each row is repeated per child.
    const numbered = page.replace(/^SELECT /, `SELECT row_number() OVER (ORDER BY ${orderBy}) AS "__rn", `);
    const { text, values } = positional(
      `SELECT p.*, x.* FROM (${numbered}) p LEFT JOIN LATERAL (${list.lateral.sql}) x ON true ORDER BY p."__rn", ${list.lateral.order}`,
      params,
    );
    const joined: Record<string, unknown>[] = await query(dataSource, text, values);
    const groups: Record<string, unknown>[][] = [];
    let last: unknown;
    for (const row of joined) {
      if (row.__rn !== last) {
        last = row.__rn;
        raw.push(row);
        groups.push([]);
      }
      if (row.__child != null) groups[groups.length - 1].push(row);
    }
    list.lateral.children(raw.slice(0, window.limit), groups.slice(0, window.limit));
  }
  const nodes = map(raw);
  const rows = nodes.map((node, i) => ({ node, cursor: cursorOf(raw[i], order) }));
  return assemble(rows, window.limit, window.backward, { after: !!window.after, before: !!window.before }, async () => {
    const { text, values } = positional(
      `SELECT count(*)::int AS n FROM ${list.from} ${whereClause(list.where)}`,
      list.params,
    );
    const [{ n }] = await query<{ n: number }>(dataSource, text, values);
    return n;
  });
}

/**
 * A nested connection for many parents in one statement: for each parent id,
 * `CROSS JOIN LATERAL (... ORDER BY keys LIMIT n+1)`. `from` and `where` may use
 * `p.parent_id`; the rows' ids are returned per parent, in page order.
 */
export interface NestedRelation {
  /** e.g. `article t` */
  from: string;
  /** e.g. `EXISTS (SELECT 1 FROM mention m WHERE m.article_id = t.id AND m.country_id = p.parent_id)` */
  where: string;
  order: OrderSpec;
  /** Values of `:name` placeholders in `where` (e.g. a filter's). */
  params?: Record<string, unknown>;
}

/** `:name` placeholders of `sql` to `$n`, appending their values to `values` (after what it holds). */
export function bindNamed(sql: string, named: Record<string, unknown> | undefined, values: unknown[]): string {
  if (!named) return sql;
  const index = new Map<string, number>();
  return sql.replace(/(?<![:\w]):([A-Za-z_]\w*)/g, (_m, name: string) => {
    if (!(name in named)) throw new Error(`SQL parameter :${name} has no value`);
    let i = index.get(name);
    if (i === undefined) {
      values.push(named[name]);
      index.set(name, (i = values.length));
    }
    return `$${i}`;
  });
}

export interface NestedPage {
  rows: { id: number; cursor: string }[];
  limit: number;
  backward: boolean;
  after: boolean;
  before: boolean;
}

export async function pageNested(
  dataSource: DataSource,
  relation: NestedRelation,
  parentIds: readonly number[],
  args: PageArgs,
): Promise<Map<number, NestedPage>> {
  const window = pageWindow(args);
  const params: unknown[] = [parentIds];
  const param = (_i: number, value: string) => {
    params.push(value);
    return `$${params.length}`;
  };
  const conditions = [bindNamed(relation.where, relation.params, params)];
  const { seeks, orderBy } = pageSeek(relation.order, window, param);
  conditions.push(...seeks);
  const result = new Map<number, NestedPage>(
    parentIds.map((id) => [
      id,
      { rows: [], limit: window.limit, backward: window.backward, after: !!window.after, before: !!window.before },
    ]),
  );
  if (window.limit === 0) return result;
  const rows: Record<string, unknown>[] = await query(
    dataSource,
    `SELECT p.parent_id, c.* FROM unnest($1::int[]) AS p(parent_id)
     CROSS JOIN LATERAL (
       SELECT t.id, ${keyColumns(relation.order)} FROM ${relation.from}
       WHERE ${conditions.map((c) => `(${c})`).join(' AND ')}
       ORDER BY ${orderBy} LIMIT ${window.limit + 1}
     ) c`,
    params,
  );
  for (const row of rows) {
    result.get(row.parent_id as number)!.rows.push({ id: row.id as number, cursor: cursorOf(row, relation.order) });
  }
  return result;
}

/** Turns one parent's nested page into a connection, loading nodes by id. */
export async function nestedConnection<T>(
  page: NestedPage,
  load: (ids: number[]) => Promise<T[]>,
  count: () => Promise<number>,
): Promise<ConnectionData<T>> {
  const nodes = await load(page.rows.map((r) => r.id));
  const rows = page.rows.map((r, i) => ({ node: nodes[i], cursor: r.cursor }));
  return assemble(rows, page.limit, page.backward, { after: page.after, before: page.before }, count);
}

/** totalCount of a nested relation for many parents in one statement. */
export async function countNested(
  dataSource: DataSource,
  relation: NestedRelation,
  parentIds: readonly number[],
): Promise<Map<number, number>> {
  const params: unknown[] = [parentIds];
  const where = bindNamed(relation.where, relation.params, params);
  const rows: { parent_id: number; n: string }[] = await query(
    dataSource,
    `SELECT p.parent_id, (SELECT count(*) FROM ${relation.from} WHERE ${where}) AS n
     FROM unnest($1::int[]) AS p(parent_id)`,
    params,
  );
  return new Map(rows.map((r) => [r.parent_id, Number(r.n)]));
}
