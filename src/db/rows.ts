import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Plain rows for read paths. TypeORM builds and hydrates entities column by column on
 * every read (a tenth of the CPU of a nested query under load); reads instead select
 * the entity's columns under their property names and only set the class prototype,
 * so getters such as `nodeId` and `nodeType` keep working. TypeORM still owns the
 * schema (the column list comes from its metadata) and every write.
 */

const selects = new WeakMap<DataSource, Map<unknown, Map<string, string>>>();

/** `t.published_at AS "publishedAt", ...`: the entity's selectable columns under alias `alias`. */
export function columnsOf(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>, alias = 't'): string {
  let byEntity = selects.get(dataSource);
  if (!byEntity) selects.set(dataSource, (byEntity = new Map()));
  let byAlias = byEntity.get(entity);
  if (!byAlias) byEntity.set(entity, (byAlias = new Map()));
  let list = byAlias.get(alias);
  if (!list) {
    list = dataSource
      .getMetadata(entity)
      .columns.filter((c) => c.isSelect)
      .map((c) => `${alias}."${c.databaseName}" AS "${c.propertyName}"`)
      .join(', ');
    byAlias.set(alias, list);
  }
  return list;
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
