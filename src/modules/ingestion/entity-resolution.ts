import type { EntityManager } from 'typeorm';
import { mergeAliases } from '../common/aliases.js';

/** A row that can be found by any of its names. */
export interface NamedRow {
  id: number;
  name: string;
  aliases: string[];
  acronym?: string | null;
}

export interface Candidate<R extends NamedRow> {
  /** Name first, then aliases (and acronym for organizations). */
  names: string[];
  /** The row to insert when nothing matches. */
  create: () => Partial<R>;
  /** Fields to fill on a matched row (aliases are merged by the resolver). */
  patch: (found: R) => Partial<R>;
}

const key = (s: string) => s.trim().toLowerCase();

/**
 * Resolves a batch of candidates to rows of `table` by any name, case-insensitively,
 * in a constant number of statements: one lookup (GIN index on accord_name_keys), one
 * insert for everything new (deduplicated within the batch), one update per matched
 * row that actually gains something. Returns the row id of each candidate.
 */
export async function resolveNamed<R extends NamedRow>(
  manager: EntityManager,
  entity: new () => R,
  table: 'organization' | 'person' | 'initiative',
  candidates: Candidate<R>[],
): Promise<number[]> {
  if (candidates.length === 0) return [];
  const allKeys = [...new Set(candidates.flatMap((c) => c.names.filter(Boolean).map(key)))];
  const keysSql = table === 'organization' ? 'accord_name_keys(e.name, e.aliases, e.acronym)' : 'accord_name_keys(e.name, e.aliases)';
  const rows = await manager
    .getRepository(entity)
    .createQueryBuilder('e')
    .where(`${keysSql} && CAST(:keys AS text[])`, { keys: allKeys })
    .getMany();

  // Every name of every known or planned row -> that row (name matches win over aliases).
  type Planned = { row: Partial<R>; names: string[]; index: number };
  const byName = new Map<string, R | Planned>();
  const remember = (names: string[], target: R | Planned) => {
    for (const n of names) if (n && !byName.has(key(n))) byName.set(key(n), target);
  };
  for (const r of rows) remember([r.name], r);
  for (const r of rows) remember([...r.aliases, r.acronym ?? ''], r);

  const planned: Planned[] = [];
  const targets: (R | Planned)[] = [];
  const patches = new Map<R, Partial<R>>();
  for (const c of candidates) {
    const hit = c.names.map((n) => byName.get(key(n))).find(Boolean);
    if (hit && 'index' in hit) {
      hit.names.push(...c.names);
      targets.push(hit);
    } else if (hit) {
      const found = hit as R;
      const pending = patches.get(found) ?? {};
      const current = { ...found, ...pending } as R;
      const patch = c.patch(current);
      const aliases = mergeAliases(found.name, current.aliases, c.names);
      if (aliases.length !== current.aliases.length) (patch as NamedRow).aliases = aliases;
      if (Object.keys(patch).length > 0) patches.set(found, { ...pending, ...patch });
      targets.push(found);
    } else {
      const plan: Planned = { row: c.create(), names: [...c.names], index: planned.length };
      planned.push(plan);
      remember(c.names, plan);
      targets.push(plan);
    }
  }

  for (const [found, patch] of patches) await manager.update(entity, found.id, patch as never);

  let plannedIds: number[] = [];
  if (planned.length > 0) {
    const values = planned.map((p) => ({
      ...p.row,
      aliases: mergeAliases(p.row.name as string, [], p.names.concat((p.row.aliases as string[]) ?? [])),
    }));
    const inserted = await manager.createQueryBuilder().insert().into(entity).values(values as never).returning(['id']).execute();
    plannedIds = inserted.identifiers.map((i) => i.id as number);
  }
  return targets.map((t) => ('index' in t ? plannedIds[t.index] : (t as R).id));
}
