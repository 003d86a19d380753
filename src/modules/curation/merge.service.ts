import { In, type DataSource, type EntityManager, type EntityTarget } from 'typeorm';
import { badInput, notFound } from '../../errors.js';
import { idOf, idsOf } from '../common/ids.js';
import { encodeId } from '../common/node.js';
import { Initiative } from '../initiative/initiative.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { curate, reload, snapshot, type Snapshot } from './curation.service.js';
import {
  deleteRows,
  moveInitiativeReferences,
  moveOrganizationReferences,
  movePersonReferences,
  type Moved,
} from './curation.queries.js';
import { mergeAliases, type NamedType } from './curation.rules.js';
import { assertNoParentCycle } from './organization-curation.service.js';

type Mergeable = Organization | Person | Initiative;

/** The survivor keeps its values; where it has none, it takes the first loser's. */
function fillOrganization(survivor: Organization, losers: Organization[]): void {
  const excluded = new Set([survivor.id, ...losers.map((l) => l.id)]);
  const parentOf = (o: Organization) => (o.parentId !== null && !excluded.has(o.parentId) ? o.parentId : null);
  // A survivor that sat under one of the losers moves up to that loser's parent.
  const formerParent = losers.find((l) => l.id === survivor.parentId);
  if (formerParent) survivor.parentId = parentOf(formerParent);
  survivor.acronym ??= losers.find((l) => l.acronym)?.acronym ?? null;
  survivor.countryId ??= losers.find((l) => l.countryId)?.countryId ?? null;
  survivor.parentId ??= losers.map(parentOf).find((p) => p !== null) ?? null;
  if (survivor.kind === 'OTHER') survivor.kind = losers.find((l) => l.kind !== 'OTHER')?.kind ?? 'OTHER';
  survivor.aliases = mergeAliases(
    survivor.name,
    survivor.aliases,
    ...losers.map((l) => [l.name, l.acronym, ...l.aliases]),
  );
}

function fillPerson(survivor: Person, losers: Person[]): void {
  survivor.title ??= losers.find((l) => l.title)?.title ?? null;
  survivor.organizationId ??= losers.find((l) => l.organizationId)?.organizationId ?? null;
  survivor.countryId ??= losers.find((l) => l.countryId)?.countryId ?? null;
  survivor.aliases = mergeAliases(survivor.name, survivor.aliases, ...losers.map((l) => [l.name, ...l.aliases]));
}

function fillInitiative(survivor: Initiative, losers: Initiative[]): void {
  if (survivor.kind === 'OTHER') survivor.kind = losers.find((l) => l.kind !== 'OTHER')?.kind ?? 'OTHER';
  if (survivor.status === 'UNKNOWN') survivor.status = losers.find((l) => l.status !== 'UNKNOWN')?.status ?? 'UNKNOWN';
  survivor.year ??= losers.find((l) => l.year !== null)?.year ?? null;
  survivor.description ??= losers.find((l) => l.description)?.description ?? null;
  survivor.location ??= losers.find((l) => l.location)?.location ?? null;
  survivor.aliases = mergeAliases(survivor.name, survivor.aliases, ...losers.map((l) => [l.name, ...l.aliases]));
}

interface MergeSpec<T extends Mergeable> {
  type: NamedType;
  entity: EntityTarget<T>;
  action: string;
  move: (manager: EntityManager, survivor: number, losers: number[]) => Promise<Moved>;
  fill: (survivor: T, losers: T[]) => void;
  check?: (manager: EntityManager, survivor: T) => Promise<void>;
}

/** Validates the IDs before any work: wrong types, an empty list or a self-merge are the caller's mistakes. */
function mergeIds(type: NamedType, survivor: string, losers: string[]): { survivorId: number; loserIds: number[] } {
  const survivorId = idOf(type, survivor, 'survivor');
  const loserIds = [...new Set(idsOf(type, losers, 'losers'))];
  if (loserIds.length === 0)
    throw badInput(`\`losers\` is empty: name the ${type} IDs to merge into the survivor.`, { argument: 'losers' });
  if (loserIds.includes(survivorId)) {
    throw badInput(`\`losers\` contains the survivor ${survivor}: a row cannot be merged into itself.`, {
      argument: 'losers',
    });
  }
  return { survivorId, loserIds };
}

/** Locks survivor and losers (in id order, so two merges cannot deadlock); any missing one is NOT_FOUND. */
async function lockAll<T extends Mergeable>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  type: NamedType,
  ids: number[],
): Promise<Map<number, T>> {
  const rows = await manager.find(entity, {
    where: { id: In(ids) } as never,
    order: { id: 'ASC' } as never,
    lock: { mode: 'pessimistic_write' },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const missing = ids.filter((id) => !byId.has(id)).map((id) => encodeId(type, id));
  if (missing.length > 0) {
    throw notFound(
      `No ${type} with id ${missing.map((m) => `"${m}"`).join(', ')}; nothing was merged. It may have been deleted or merged already.`,
    );
  }
  return byId;
}

function merge<T extends Mergeable>(spec: MergeSpec<T>) {
  return (dataSource: DataSource, who: string, survivor: string, losers: string[]): Promise<T> => {
    const { survivorId, loserIds } = mergeIds(spec.type, survivor, losers);
    const entity = spec.entity;
    return curate(dataSource, who, spec.action, async (manager) => {
      const rows = await lockAll(manager, entity, spec.type, [survivorId, ...loserIds]);
      const kept = rows.get(survivorId)!;
      const gone = loserIds.map((id) => rows.get(id)!);
      const before: Snapshot = {
        survivor: snapshot(manager, entity, kept),
        losers: gone.map((l) => snapshot(manager, entity, l)),
      };
      const moved = await spec.move(manager, survivorId, loserIds);
      spec.fill(kept, gone);
      await deleteRows(manager, spec.type, loserIds);
      await manager.save(kept);
      await spec.check?.(manager, kept);
      const saved = await reload(manager, entity, survivorId);
      return {
        result: saved,
        entityType: spec.type,
        entityId: survivorId,
        before,
        after: { survivor: snapshot(manager, entity, saved), moved },
      };
    });
  };
}

/**
 * Merges duplicate organizations into `survivor`: mentions, statements spoken and
 * mentioning them, memberships, people, sub-organizations and initiative parts move to
 * it; the losers' names, acronyms and aliases become its aliases, so the next ingest
 * finds the survivor; the losers are deleted. One transaction, one audit entry.
 */
export const mergeOrganizations = merge<Organization>({
  type: 'Organization',
  entity: Organization,
  action: 'mergeOrganizations',
  move: moveOrganizationReferences,
  fill: fillOrganization,
  check: (manager, survivor) => assertNoParentCycle(manager, survivor, 'losers'),
});

/** Merges duplicate people into `survivor`: mentions, statements and initiative parts move; names become aliases. */
export const mergePeople = merge<Person>({
  type: 'Person',
  entity: Person,
  action: 'mergePeople',
  move: movePersonReferences,
  fill: fillPerson,
});

/** Merges duplicate initiatives into `survivor`: mentions, statement links and parties move; names become aliases. */
export const mergeInitiatives = merge<Initiative>({
  type: 'Initiative',
  entity: Initiative,
  action: 'mergeInitiatives',
  move: moveInitiativeReferences,
  fill: fillInitiative,
});
