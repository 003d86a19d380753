import { bindNamed, keyColumns, pageSeek, whereClause, type OrderSpec } from './keyset.js';
import type { PageWindow } from './pagination.js';

/**
 * Reads answered as JSON built by PostgreSQL: a selection (what a client asked for,
 * already planned from its GraphQL document, see src/graphql/compiled-reads.ts) becomes
 * one SQL statement whose single value is the response's `data`, nested lists and all.
 * Node then only parses and sends that JSON: no rows to decode, no objects per column,
 * no resolver per field. Tables declare here-readable fields in their query modules
 * (`<domain>.queries.ts`, `JsonTable`); anything a table does not declare makes the
 * planner leave the request to the ordinary resolvers.
 */

/** How a table's rows appear as JSON objects of one GraphQL type. */
export interface JsonTable {
  /** The GraphQL object type. */
  typeName: string;
  /** SQL table name. */
  table: string;
  /** GraphQL field → SQL expression over the row's alias, already serialised as the field's JSON. */
  columns: Readonly<Record<string, (alias: string) => string>>;
  /** GraphQL field → the rows it leads to. */
  relations: Readonly<Record<string, JsonRelation>>;
}

export type JsonRelation =
  /** At most one row (a nullable object field). */
  | { kind: 'one'; target: string; join: (parent: string, child: string) => string }
  /** A plain list, in `order`. */
  | { kind: 'many'; target: string; join: (parent: string, child: string) => string; order: (child: string) => string }
  /** A union: the first member whose `when` holds. */
  | {
      kind: 'union';
      members: readonly {
        target: string;
        when: (parent: string) => string;
        join: (parent: string, child: string) => string;
      }[];
    };

type Typename = { key: string; typename: string };

/** One object of a response, its keys in response order. */
export interface JsonObject {
  typeName: string;
  entries: JsonEntry[];
}

export type JsonEntry =
  | Typename
  | { key: string; column: string }
  /** `one` and `many` relations: the target's object. */
  | { key: string; relation: string; object: JsonObject }
  /** Union relations: an object per member type (possibly with no entries). */
  | { key: string; relation: string; members: Readonly<Record<string, JsonObject>> };

/** A connection's selection: `nodes`, `edges { cursor node }`, `pageInfo { ... }`, `totalCount`. */
export interface JsonConnection {
  typeName: string;
  entries: JsonConnectionEntry[];
}

export type JsonConnectionEntry =
  | Typename
  | { key: string; nodes: JsonObject }
  | { key: string; edges: { typeName: string; entries: JsonEdgeEntry[] } }
  | { key: string; pageInfo: { typeName: string; entries: JsonPageInfoEntry[] } }
  | { key: string; totalCount: true };

export type JsonEdgeEntry = Typename | { key: string; cursor: true } | { key: string; node: JsonObject };
export type JsonPageInfoEntry = Typename | { key: string; info: PageInfoField };

export type PageInfoField = 'hasNextPage' | 'hasPreviousPage' | 'startCursor' | 'endCursor';

/** A list to page (alias `t` in every expression), as the query modules describe it. */
export interface JsonList {
  /** e.g. `article t` */
  from: string;
  where: string[];
  /** Values of `:name` placeholders in `where`. */
  params: Record<string, unknown>;
  order: OrderSpec;
}

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** The PostgreSQL JSON of a GraphQL `ID`: relay's base64 of `Type:id`, as `encodeId` writes it. */
export const globalIdSql = (typeName: string) => (alias: string) =>
  `encode(convert_to(${literal(`${typeName}:`)} || ${alias}.id, 'UTF8'), 'base64')`;

/** A `timestamptz` as `Date.toISOString()` writes it (UTC, milliseconds, `Z`). */
export const isoTimestampSql = (column: string) => (alias: string) =>
  `to_char(${alias}.${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A cursor as `encodeCursor` writes it: base64url of the JSON array of the keys as text. */
function cursorSql(alias: string, keys: number): string {
  const array = Array.from({ length: keys }, (_, i) => `to_json(${alias}."__k${i}")::text`).join(` || ',' || `);
  return `rtrim(translate(encode(convert_to('[' || ${array} || ']', 'UTF8'), 'base64'), E'+/\\n', '-_'), '=')`;
}

/** A scalar's JSON text (`null` for NULL): to_json escapes strings as JSON.stringify does. */
const scalar = (sql: string) => `coalesce(to_json(${sql})::text, 'null')`;

/**
 * `{"key":value,...}` as one text expression. The JSON is written as text rather than
 * with json_build_object, whose output has spaces around every colon and newlines in
 * lists: the text is then exactly what JSON.stringify writes, and Node sends it as it
 * comes (see RawJson) without parsing it into objects first.
 */
function objectText(pairs: readonly (readonly [string, string])[]): string {
  if (pairs.length === 0) return `'{}'`;
  const parts: string[] = [];
  let pending = '{';
  pairs.forEach(([key, value], i) => {
    pending += `${i ? ',' : ''}${JSON.stringify(key)}:`;
    parts.push(literal(pending), value);
    pending = '';
  });
  parts.push(`'}'`);
  return `(${parts.join(' || ')})`;
}

/** A JSON string literal as SQL text. */
const stringText = (text: string) => literal(JSON.stringify(text));

/** The JSON text of a response's `data`, as PostgreSQL built it: serialised as is. */
export class RawJson {
  constructor(readonly text: string) {}

  /** For anything that serialises the result another way. */
  toJSON(): unknown {
    return JSON.parse(this.text);
  }
}

/** Builds one statement; `values` collects the `$n` parameters of every part. */
export class JsonQuery {
  readonly values: unknown[] = [];
  private aliases = 0;

  constructor(private readonly tables: ReadonlyMap<string, JsonTable>) {}

  private alias(): string {
    return `j${++this.aliases}`;
  }

  private table(typeName: string): JsonTable {
    const table = this.tables.get(typeName);
    if (!table) throw new Error(`no JSON table for ${typeName}`);
    return table;
  }

  /** A value bound as `$n`. */
  bind(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** The JSON text of `object` for the row under `alias`. */
  object(object: JsonObject, alias: string): string {
    const table = this.table(object.typeName);
    return objectText(
      object.entries.map((entry) => {
        if ('typename' in entry) return [entry.key, stringText(entry.typename)] as const;
        if ('column' in entry) return [entry.key, scalar(table.columns[entry.column](alias))] as const;
        return [entry.key, this.relation(table.relations[entry.relation], entry, alias)] as const;
      }),
    );
  }

  private relation(
    relation: JsonRelation,
    entry: { object: JsonObject } | { members: Readonly<Record<string, JsonObject>> },
    parent: string,
  ): string {
    const child = this.alias();
    if (relation.kind === 'union') {
      const members = (entry as { members: Readonly<Record<string, JsonObject>> }).members;
      const cases = relation.members.map((m) => {
        const table = this.table(m.target);
        return `WHEN ${m.when(parent)} THEN (SELECT ${this.object(members[m.target], child)} FROM ${table.table} ${child} WHERE ${m.join(parent, child)})`;
      });
      return `coalesce(CASE ${cases.join(' ')} END, 'null')`;
    }
    const object = (entry as { object: JsonObject }).object;
    const table = this.table(relation.target);
    if (relation.kind === 'one') {
      return `coalesce((SELECT ${this.object(object, child)} FROM ${table.table} ${child} WHERE ${relation.join(parent, child)}), 'null')`;
    }
    return `(SELECT '[' || coalesce(string_agg(${this.object(object, child)}, ',' ORDER BY ${relation.order(child)}), '') || ']' FROM ${table.table} ${child} WHERE ${relation.join(parent, child)})`;
  }

  /** The whole statement: the response's `data` object from its root fields, in order, as text. */
  root(parts: readonly { key: string; sql?: string; typename?: string }[]): string {
    const fields = parts.map((p) => [p.key, p.sql ?? stringText(p.typename ?? '')] as const);
    return `SELECT ${objectText(fields)} AS data`;
  }

  /** A single object: the first row of `list` (alias `t`), or JSON null. */
  single(list: Omit<JsonList, 'order'>, object: JsonObject): string {
    const where = list.where.map((c) => bindNamed(c, list.params, this.values));
    const row = this.alias();
    return `coalesce((SELECT ${this.object(object, row)} FROM (SELECT t.* FROM ${list.from} ${whereClause(where)} LIMIT 1) ${row}), 'null')`;
  }

  /**
   * A Relay connection over `list`, paged by keyset as `paginateSql` pages it (same
   * cursors, same `pageInfo`), as JSON text. `window.limit` must be above 0.
   */
  connection(list: JsonList, window: PageWindow, selection: JsonConnection): string {
    const { order } = list;
    const where = list.where.map((c) => bindNamed(c, list.params, this.values));
    const { seeks, orderBy } = pageSeek(order, window, (_i, value) => this.bind(value));
    const conditions = [...where, ...seeks];
    const row = this.alias();
    const n = window.limit;
    // Rows in page order: forward pages keep the scan's order, backward ones reverse it.
    const pageOrder = `${row}."__rn" ${window.backward ? 'DESC' : 'ASC'}`;
    const inPage = `FILTER (WHERE ${row}."__rn" <= ${n})`;
    const more = `(count(*) > ${n})::text`;
    const cursors = `(array_agg(${cursorSql(row, order.keys.length)} ORDER BY ${pageOrder}) ${inPage})`;
    const list_ = (element: string) =>
      `'[' || coalesce(string_agg(${element}, ',' ORDER BY ${pageOrder}) ${inPage}, '') || ']'`;
    const pairs = selection.entries.map((entry) => {
      if ('typename' in entry) return [entry.key, stringText(entry.typename)] as const;
      if ('nodes' in entry) return [entry.key, list_(this.object(entry.nodes, row))] as const;
      if ('edges' in entry) {
        const edge = entry.edges.entries.map((e) => {
          if ('typename' in e) return [e.key, stringText(e.typename)] as const;
          if ('cursor' in e) return [e.key, scalar(cursorSql(row, order.keys.length))] as const;
          return [e.key, this.object(e.node, row)] as const;
        });
        return [entry.key, list_(objectText(edge))] as const;
      }
      if ('pageInfo' in entry) {
        const info = entry.pageInfo.entries.map((e) => {
          if ('typename' in e) return [e.key, stringText(e.typename)] as const;
          const value =
            e.info === 'hasNextPage'
              ? window.backward
                ? literal(String(!!window.before))
                : more
              : e.info === 'hasPreviousPage'
                ? window.backward
                  ? more
                  : literal(String(!!window.after))
                : e.info === 'startCursor'
                  ? scalar(`${cursors}[1]`)
                  : scalar(`${cursors}[least(count(*)::int, ${n})]`);
          return [e.key, value] as const;
        });
        return [entry.key, objectText(info)] as const;
      }
      // totalCount: the whole list, whatever the page.
      return [entry.key, `(SELECT count(*) FROM ${list.from} ${whereClause(where)})::text`] as const;
    });
    // GROUP BY (): one row, even for an empty page.
    return `(SELECT ${objectText(pairs)} FROM (
      SELECT t.*, ${keyColumns(order)}, row_number() OVER (ORDER BY ${orderBy}) AS "__rn"
      FROM ${list.from} ${whereClause(conditions)} ORDER BY ${orderBy} LIMIT ${n + 1}) ${row} GROUP BY ())`;
  }
}

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * The columns every node has (`id`, `createdAt`, `updatedAt`) and plain ones read as
 * they are stored (text, integers, arrays, enums), by GraphQL field name (the column is
 * its snake_case).
 */
export function nodeColumns(
  typeName: string,
  plain: readonly string[],
  timestamps: readonly string[] = [],
): Record<string, (alias: string) => string> {
  const columns: Record<string, (alias: string) => string> = {
    id: globalIdSql(typeName),
    createdAt: isoTimestampSql('created_at'),
    updatedAt: isoTimestampSql('updated_at'),
  };
  for (const field of plain) columns[field] = (alias) => `${alias}.${snake(field)}`;
  for (const field of timestamps) columns[field] = isoTimestampSql(snake(field));
  return columns;
}
