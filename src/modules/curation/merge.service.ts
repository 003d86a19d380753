import type { DataSource, EntityManager, EntityTarget } from 'typeorm';
import { badInput, notFound } from '../../errors.js';
import { idOf, idsOf } from '../common/ids.js';
import { encodeId } from '../common/node.js';
import { Initiative } from '../initiative/initiative.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { curate, execute, reload, snapshot, type Snapshot } from './curation.service.js';
import { mergeAliases, type NamedType } from './curation.rules.js';
import { assertNoParentCycle } from './organization-curation.service.js';

type Mergeable = Organization | Person | Initiative;

const TABLES: Record<NamedType, string> = { Organization: 'organization', Person: 'person', Initiative: 'initiative' };

/** Rows moved from the losers to the survivor, by kind, for the audit log. */
type Moved = Record<string, number>;

/*
 * In the SQL below, `$1` is the survivor and `$2` the losers.
 */

/** Mentions move to the survivor; one at the very span the survivor is already mentioned at is dropped. */
async function moveMentions(manager: EntityManager, column: 'organization_id' | 'person_id' | 'initiative_id', survivor: number, losers: number[]): Promise<number> {
  const params = [survivor, losers];
  await execute(
    manager,
    `DELETE FROM mention l WHERE l.${column} = ANY($2) AND EXISTS (
       SELECT 1 FROM mention s WHERE s.${column} = $1 AND s.article_id = l.article_id AND s.start = l.start AND s."end" = l."end")`,
    params,
  );
  return execute(manager, `UPDATE mention SET ${column} = $1 WHERE ${column} = ANY($2)`, params);
}

/** Statement links (composite primary key): the survivor gets each link it lacks, then the losers' go. */
async function moveLinks(manager: EntityManager, table: string, column: string, survivor: number, losers: number[]): Promise<number> {
  const moved = await execute(
    manager,
    `INSERT INTO ${table} (statement_id, ${column}) SELECT statement_id, $1 FROM ${table} WHERE ${column} = ANY($2) ON CONFLICT DO NOTHING`,
    [survivor, losers],
  );
  await execute(manager, `DELETE FROM ${table} WHERE ${column} = ANY($1)`, [losers]);
  return moved;
}

/**
 * Initiative parties of the losers become the survivor's, one per (initiative, role):
 * the unique index treats NULL columns as distinct, so duplicates are avoided by hand.
 */
async function moveParties(manager: EntityManager, column: 'person_id' | 'organization_id', survivor: number, losers: number[]): Promise<number> {
  const moved = await execute(
    manager,
    `UPDATE initiative_party SET ${column} = $1 WHERE id IN (
       SELECT DISTINCT ON (p.initiative_id, p.role) p.id FROM initiative_party p
       WHERE p.${column} = ANY($2)
         AND NOT EXISTS (SELECT 1 FROM initiative_party s WHERE s.${column} = $1 AND s.initiative_id = p.initiative_id AND s.role = p.role)
       ORDER BY p.initiative_id, p.role, p.id)`,
    [survivor, losers],
  );
  await execute(manager, `DELETE FROM initiative_party WHERE ${column} = ANY($1)`, [losers]);
  return moved;
}

async function moveOrganizationReferences(manager: EntityManager, survivor: number, losers: number[]): Promise<Moved> {
  const params = [survivor, losers];
  const mentions = await moveMentions(manager, 'organization_id', survivor, losers);
  const statements = await execute(manager, 'UPDATE statement SET speaker_organization_id = $1 WHERE speaker_organization_id = ANY($2)', params);
  const statementLinks = await moveLinks(manager, 'statement_organization', 'organization_id', survivor, losers);
  // A role the survivor has already keeps the survivor's row, learning the start year when it had none.
  await execute(
    manager,
    `UPDATE membership s SET since = l.since FROM (
       SELECT country_id, role, min(since) AS since FROM membership WHERE organization_id = ANY($2) GROUP BY country_id, role
     ) l WHERE s.organization_id = $1 AND s.country_id = l.country_id AND s.role = l.role AND s.since IS NULL AND l.since IS NOT NULL`,
    params,
  );
  const memberships = await execute(
    manager,
    `UPDATE membership SET organization_id = $1 WHERE id IN (
       SELECT DISTINCT ON (m.country_id, m.role) m.id FROM membership m
       WHERE m.organization_id = ANY($2)
         AND NOT EXISTS (SELECT 1 FROM membership s WHERE s.organization_id = $1 AND s.country_id = m.country_id AND s.role = m.role)
       ORDER BY m.country_id, m.role, m.since NULLS LAST, m.id)`,
    params,
  );
  await execute(manager, 'DELETE FROM membership WHERE organization_id = ANY($1)', [losers]);
  const people = await execute(manager, 'UPDATE person SET organization_id = $1 WHERE organization_id = ANY($2)', params);
  const children = await execute(
    manager,
    'UPDATE organization SET parent_id = $1 WHERE parent_id = ANY($2) AND id <> $1 AND NOT (id = ANY($2))',
    params,
  );
  const initiativeParties = await moveParties(manager, 'organization_id', survivor, losers);
  return { mentions, statements, statementLinks, memberships, people, children, initiativeParties };
}

async function movePersonReferences(manager: EntityManager, survivor: number, losers: number[]): Promise<Moved> {
  const params = [survivor, losers];
  const mentions = await moveMentions(manager, 'person_id', survivor, losers);
  const statements = await execute(manager, 'UPDATE statement SET speaker_person_id = $1 WHERE speaker_person_id = ANY($2)', params);
  const initiativeParties = await moveParties(manager, 'person_id', survivor, losers);
  return { mentions, statements, initiativeParties };
}

async function moveInitiativeReferences(manager: EntityManager, survivor: number, losers: number[]): Promise<Moved> {
  const params = [survivor, losers];
  const mentions = await moveMentions(manager, 'initiative_id', survivor, losers);
  const statementLinks = await moveLinks(manager, 'statement_initiative', 'initiative_id', survivor, losers);
  const parties = await execute(
    manager,
    `UPDATE initiative_party SET initiative_id = $1 WHERE id IN (
       SELECT DISTINCT ON (p.role, p.person_id, p.organization_id, p.country_id) p.id FROM initiative_party p
       WHERE p.initiative_id = ANY($2)
         AND NOT EXISTS (
           SELECT 1 FROM initiative_party s WHERE s.initiative_id = $1 AND s.role = p.role
             AND s.person_id IS NOT DISTINCT FROM p.person_id
             AND s.organization_id IS NOT DISTINCT FROM p.organization_id
             AND s.country_id IS NOT DISTINCT FROM p.country_id)
       ORDER BY p.role, p.person_id, p.organization_id, p.country_id, p.id)`,
    params,
  );
  await execute(manager, 'DELETE FROM initiative_party WHERE initiative_id = ANY($1)', [losers]);
  return { mentions, statementLinks, parties };
}

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
  survivor.aliases = mergeAliases(survivor.name, survivor.aliases, ...losers.map((l) => [l.name, l.acronym, ...l.aliases]));
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
  if (loserIds.length === 0) throw badInput(`\`losers\` is empty: name the ${type} IDs to merge into the survivor.`, { argument: 'losers' });
  if (loserIds.includes(survivorId)) {
    throw badInput(`\`losers\` contains the survivor ${survivor}: a row cannot be merged into itself.`, { argument: 'losers' });
  }
  return { survivorId, loserIds };
}

/** Locks survivor and losers (in id order, so two merges cannot deadlock); any missing one is NOT_FOUND. */
async function lockAll<T extends Mergeable>(manager: EntityManager, entity: EntityTarget<T>, type: NamedType, ids: number[]): Promise<Map<number, T>> {
  const rows = await manager
    .getRepository(entity)
    .createQueryBuilder('t')
    .where('t.id = ANY(:ids)', { ids })
    .orderBy('t.id')
    .setLock('pessimistic_write')
    .getMany();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const missing = ids.filter((id) => !byId.has(id)).map((id) => encodeId(type, id));
  if (missing.length > 0) {
    throw notFound(`No ${type} with id ${missing.map((m) => `"${m}"`).join(', ')}; nothing was merged. It may have been deleted or merged already.`);
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
      await manager.query(`DELETE FROM ${TABLES[spec.type]} WHERE id = ANY($1)`, [loserIds]);
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
