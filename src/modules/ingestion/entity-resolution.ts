import type { EntityManager } from 'typeorm';
import { mergeAliases } from '../common/aliases.js';

/** A row that can be found by any of its names. */
export interface NamedRow {
  id: number;
  name: string;
  aliases: string[];
  acronym?: string | null;
  /** Seat (organizations) or nationality (people), when known. */
  countryId?: number | null;
}

export interface Candidate<R extends NamedRow> {
  /** Name first, then aliases (and acronym for organizations). */
  names: string[];
  /**
   * The candidate's country, when known. A row of another country is never the same entity
   * by name alone: "Belarus’s Association for Friendship with Foreign Countries" is not
   * Tajikistan’s body of the same name.
   */
  countryId?: number | null;
  /** The row to insert when nothing matches. */
  create: () => Partial<R>;
  /** Fields to fill on a matched row (aliases are merged by the resolver). */
  patch: (found: R) => Partial<R>;
}

/** Spellings of one word that news writes both ways. */
const SPELLINGS: [string, string][] = [
  ['organisation', 'organization'],
  ['organisations', 'organizations'],
  ['centre', 'center'],
  ['centres', 'centers'],
  ['programme', 'program'],
  ['defence', 'defense'],
  ['co-operation', 'cooperation'],
  ['labour', 'labor'],
  ['&', 'and'],
];
const FOLD = new Map(SPELLINGS.map(([a, b]) => [a, b]));

/**
 * The identity of a name: lower case, straight apostrophes, no leading "the", single
 * spaces, one spelling per word ("Shanghai Cooperation Organisation" = "the Shanghai
 * Cooperation Organization", "People’s Bank of China" = "People's Bank of China").
 */
export function nameKey(s: string): string {
  let n = s
    .trim()
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑]/g, '-')
    .replace(/\s+/g, ' ');
  if (n.startsWith('the ')) n = n.slice(4);
  return n
    .split(' ')
    .map((w) => FOLD.get(w) ?? w)
    .join(' ');
}

/**
 * The lower-cased spellings under which a row holding this name may be stored (the
 * database indexes `lower(name)`): as written, with and without "the", straight and curly
 * apostrophes, both spellings of each word. Bounded: at most 32 forms per name.
 */
export function storedForms(s: string): string[] {
  const base = s.trim().toLowerCase().replace(/\s+/g, ' ');
  let forms = new Set([base, base.startsWith('the ') ? base.slice(4) : `the ${base}`]);
  const swap = (from: RegExp, to: string) => {
    const next = new Set(forms);
    for (const f of forms) if (from.test(f)) next.add(f.replace(from, to));
    forms = next.size <= 32 ? next : forms;
  };
  swap(/[’‘`´]/g, "'");
  swap(/'/g, '’');
  for (const [a, b] of SPELLINGS) {
    const word = (w: string) => new RegExp(`(^|\\s)${w.replace(/[.*+?^${}()|[\]\\&-]/g, '\\$&')}(?=\\s|$)`, 'g');
    swap(word(a), `$1${b}`);
    swap(word(b), `$1${a}`);
  }
  return [...forms];
}

/**
 * Resolves a batch of candidates to rows of `table` by any name, in a constant number of
 * statements: one lookup (GIN index on accord_name_keys, queried with every stored form
 * of every name), one insert for everything new (deduplicated within the batch), one
 * update per matched row that actually gains something. Returns the row id of each
 * candidate.
 *
 * Names are compared by {@link nameKey}, so one body's two spellings resolve to one row.
 * When the candidate and a row both have a country and they differ, they are different
 * entities whatever their names; a candidate without a country takes the row without one,
 * else the only row of that name, else a new row (a generic name shared by several
 * countries' bodies stays unattached rather than joining one at random).
 */
export async function resolveNamed<R extends NamedRow>(
  manager: EntityManager,
  entity: new () => R,
  table: 'organization' | 'person' | 'initiative',
  candidates: Candidate<R>[],
): Promise<number[]> {
  if (candidates.length === 0) return [];
  const allKeys = [...new Set(candidates.flatMap((c) => c.names.filter(Boolean).flatMap(storedForms)))];
  const keysSql =
    table === 'organization' ? 'accord_name_keys(e.name, e.aliases, e.acronym)' : 'accord_name_keys(e.name, e.aliases)';
  const rows = await manager
    .getRepository(entity)
    .createQueryBuilder('e')
    .where(`${keysSql} && CAST(:keys AS text[])`, { keys: allKeys })
    .orderBy('e.id')
    .getMany();

  // Every name of every known or planned row -> those rows (name matches before aliases).
  type Planned = { row: Partial<R>; names: string[]; index: number; countryId: number | null };
  type Target = R | Planned;
  const byName = new Map<string, Target[]>();
  const remember = (names: string[], target: Target) => {
    for (const n of names) {
      if (!n) continue;
      const k = nameKey(n);
      const list = byName.get(k);
      if (!list) byName.set(k, [target]);
      else if (!list.includes(target)) list.push(target);
    }
  };
  for (const r of rows) remember([r.name], r);
  for (const r of rows) remember([...r.aliases, r.acronym ?? ''], r);

  const countryOf = (t: Target): number | null => ('index' in t ? t.countryId : (t.countryId ?? null));
  const pick = (c: Candidate<R>): Target | undefined => {
    const country = c.countryId ?? null;
    for (const n of c.names) {
      const list = n ? byName.get(nameKey(n)) : undefined;
      if (!list) continue;
      if (country !== null) {
        const same = list.find((t) => countryOf(t) === country) ?? list.find((t) => countryOf(t) === null);
        if (same) return same;
        continue; // only other countries' namesakes under this name
      }
      const unseated = list.find((t) => countryOf(t) === null);
      if (unseated) return unseated;
      if (list.length === 1) return list[0];
    }
    return undefined;
  };

  const planned: Planned[] = [];
  const targets: Target[] = [];
  const patches = new Map<R, Partial<R>>();
  for (const c of candidates) {
    const hit = pick(c);
    if (hit && 'index' in hit) {
      hit.names.push(...c.names);
      if (hit.countryId === null && c.countryId != null) {
        hit.countryId = c.countryId;
        if ('countryId' in hit.row) (hit.row as Partial<NamedRow>).countryId = c.countryId;
      }
      remember(c.names, hit);
      targets.push(hit);
    } else if (hit) {
      const found = hit;
      const pending = patches.get(found) ?? {};
      const current = { ...found, ...pending };
      const patch = c.patch(current);
      const aliases = mergeAliases(found.name, current.aliases, c.names);
      if (aliases.length !== current.aliases.length) (patch as NamedRow).aliases = aliases;
      if (Object.keys(patch).length > 0) patches.set(found, { ...pending, ...patch });
      remember(c.names, found);
      targets.push(found);
    } else {
      const plan: Planned = {
        row: c.create(),
        names: [...c.names],
        index: planned.length,
        countryId: c.countryId ?? null,
      };
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
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(values as never)
      .returning(['id'])
      .execute();
    plannedIds = inserted.identifiers.map((i) => i.id as number);
  }
  return targets.map((t) => ('index' in t ? plannedIds[t.index] : t.id));
}
