import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Plain rows for read paths. TypeORM builds and hydrates entities column by column on
 * every read (a tenth of the CPU of a nested query under load); reads instead select
 * the entity's columns under their property names and only set the class prototype,
 * so getters such as `nodeId` and `nodeType` keep working. TypeORM still owns the
 * schema (the column list comes from its metadata) and every write.
 */

interface ColumnNames {
  database: string;
  property: string;
}

const columnCache = new WeakMap<DataSource, Map<unknown, ColumnNames[]>>();
const selectCache = new WeakMap<DataSource, Map<string, string>>();

function columnNames(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>): ColumnNames[] {
  let byEntity = columnCache.get(dataSource);
  if (!byEntity) columnCache.set(dataSource, (byEntity = new Map()));
  let list = byEntity.get(entity);
  if (!list) {
    list = dataSource
      .getMetadata(entity)
      .columns.filter((c) => c.isSelect)
      .map((c) => ({ database: c.databaseName, property: c.propertyName }));
    byEntity.set(entity, list);
  }
  return list;
}

function cachedSelect(dataSource: DataSource, key: string, build: () => string): string {
  let cache = selectCache.get(dataSource);
  if (!cache) selectCache.set(dataSource, (cache = new Map()));
  let text = cache.get(key);
  if (text === undefined) cache.set(key, (text = build()));
  return text;
}

/**
 * `t.published_at AS "publishedAt", ...`: the entity's selectable columns under alias
 * `alias`, without the properties in `omit` (heavy columns a query did not ask for).
 */
export function columnsOf(
  dataSource: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  alias = 't',
  omit: readonly string[] = [],
): string {
  const name = dataSource.getMetadata(entity).name;
  return cachedSelect(dataSource, `${name}|${alias}|${omit.join(',')}`, () =>
    columnNames(dataSource, entity)
      .filter((c) => !omit.includes(c.property))
      .map((c) => `${alias}."${c.database}" AS "${c.property}"`)
      .join(', '),
  );
}

/** The entity's columns as `alias."col" AS "alias.prop"`, for a joined row read by `entityFrom`. */
export function prefixedColumnsOf(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>, alias: string): string {
  const name = dataSource.getMetadata(entity).name;
  return cachedSelect(dataSource, `${name}|${alias}|prefixed`, () =>
    columnNames(dataSource, entity)
      .map((c) => `${alias}."${c.database}" AS "${alias}.${c.property}"`)
      .join(', '),
  );
}

/** The entity joined under `alias` in `row` (see `prefixedColumnsOf`); null when the join found none. */
export function entityFrom<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T> & (abstract new () => T),
  row: Record<string, unknown>,
  alias: string,
): T | null {
  if (row[`${alias}.id`] == null) return null;
  const out = Object.create(entity.prototype as object) as Record<string, unknown>;
  for (const c of columnNames(dataSource, entity)) out[c.property] = row[`${alias}.${c.property}`];
  return out as T;
}

/** Gives plain rows the entity's prototype (no copy). */
export function asEntities<T>(entity: abstract new () => T, rows: object[]): T[] {
  const proto = entity.prototype as object;
  for (const row of rows) Object.setPrototypeOf(row, proto);
  return rows as T[];
}

/**
 * `:name` placeholders (as in TypeORM) to `$n` for `dataSource.query`; `::casts` are
 * left alone. Every name must be in `params`.
 */
export function positional(sql: string, params: Record<string, unknown>): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const index = new Map<string, number>();
  const text = sql.replace(/(?<![:\w]):([A-Za-z_]\w*)/g, (_m, name: string) => {
    if (!(name in params)) throw new Error(`SQL parameter :${name} has no value`);
    let i = index.get(name);
    if (i === undefined) {
      values.push(params[name]);
      index.set(name, (i = values.length));
    }
    return `$${i}`;
  });
  return { text, values };
}
