import { query } from './sql.js';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { ConnectionData } from './pagination.js';
import type { PageArgs } from './pagination.js';
import { countNested, nestedConnection, pageNested, type NestedRelation } from './keyset.js';

/**
 * Building blocks for the per-request DataLoaders of each domain. Every relation field
 * goes through one, so a list of N parents costs one statement per level, not N.
 */

/**
 * Batches wait for the end of the event-loop turn (not just the current tick), so loads
 * issued from sibling resolvers that resume at slightly different times still share
 * one statement: the number of statements then depends on the query's shape only.
 */
const batchOptions = { batchScheduleFn: (run: () => void) => setImmediate(run) };

/** Rows by primary key through `fetch` (one statement per batch); missing ids give null. */
export function byIdLoader<T extends { id: number }>(
  fetch: (ids: readonly number[]) => Promise<T[]>,
): DataLoader<number, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await fetch(ids);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }, batchOptions);
}

/** A list per key, from one query returning `[key, value]` pairs in the wanted order. */
export function groupedLoader<V>(fetch: (keys: readonly number[]) => Promise<[number, V][]>): DataLoader<number, V[]> {
  return new DataLoader(async (keys) => {
    const groups = new Map<number, V[]>(keys.map((k) => [k, []]));
    for (const [key, value] of await fetch(keys)) groups.get(key)?.push(value);
    return keys.map((k) => groups.get(k)!);
  }, batchOptions);
}

/** Ids per key from SQL returning `key, id` ordered, then entities through a by-id loader. */
export function linkedLoader<T extends { id: number }>(
  dataSource: DataSource,
  sql: string,
  byId: DataLoader<number, T | null>,
): DataLoader<number, T[]> {
  const ids = groupedLoader<number>(async (keys) => {
    const rows: { key: number; id: number }[] = await query(dataSource, sql, [keys]);
    return rows.map((r) => [r.key, r.id]);
  });
  return new DataLoader(async (keys) => {
    const lists = await ids.loadMany(keys);
    return Promise.all(
      lists.map(async (list) => {
        if (list instanceof Error) throw list;
        const rows = await byId.loadMany(list);
        return rows.filter((r): r is T => r !== null && !(r instanceof Error));
      }),
    );
  }, batchOptions);
}

/** Extra SQL conditions (alias `t`) with `:name` parameters, e.g. a client's filter. */
export interface Conditions {
  sql: string[];
  params: Record<string, unknown>;
}

/**
 * A nested connection (e.g. Country.articles) for every parent in one statement per
 * distinct argument set (page and filter); `totalCount` likewise in one statement when
 * asked for.
 */
export function nestedConnectionLoader<T extends { id: number }>(
  dataSource: DataSource,
  relation: NestedRelation,
  byId: DataLoader<number, T | null>,
): (parentId: number, args: PageArgs, filter?: Conditions) => Promise<ConnectionData<T>> {
  const pages = new Map<string, DataLoader<number, ConnectionData<T>>>();
  const counts = new Map<string, DataLoader<number, number>>();
  const filtered = (filter: Conditions | undefined): NestedRelation =>
    filter?.sql.length
      ? {
          ...relation,
          where: [relation.where, ...filter.sql].map((c) => `(${c})`).join(' AND '),
          params: { ...relation.params, ...filter.params },
        }
      : relation;
  const countsFor = (filterKey: string, variant: NestedRelation) => {
    let loader = counts.get(filterKey);
    if (!loader) {
      loader = new DataLoader<number, number>(async (ids) => {
        const map = await countNested(dataSource, variant, ids);
        return ids.map((id) => map.get(id) ?? 0);
      }, batchOptions);
      counts.set(filterKey, loader);
    }
    return loader;
  };
  return (parentId, args, filter) => {
    const filterKey = filter?.sql.length ? JSON.stringify([filter.sql, filter.params]) : '';
    const key = JSON.stringify([args.first, args.after, args.last, args.before, filterKey]);
    let loader = pages.get(key);
    if (!loader) {
      const variant = filtered(filter);
      const count = countsFor(filterKey, variant);
      loader = new DataLoader(async (ids) => {
        const byParent = await pageNested(dataSource, variant, ids, args);
        return Promise.all(
          ids.map((id) =>
            nestedConnection(
              byParent.get(id)!,
              async (nodeIds) => (await byId.loadMany(nodeIds)) as T[],
              () => count.load(id),
            ),
          ),
        );
      }, batchOptions);
      pages.set(key, loader);
    }
    return loader.load(parentId);
  };
}
