import type { DataSource, EntityManager } from 'typeorm';
import { idOf } from '../common/ids.js';
import { encodeId } from '../common/node.js';
import type { InitiativeKind, InitiativeStatus } from '../common/enums.js';
import { InitiativeParty, type InitiativePartyRole } from '../initiative/initiative-party.entity.js';
import { Initiative } from '../initiative/initiative.entity.js';
import { curate, lockRow, reload, snapshot, type Snapshot } from './curation.service.js';
import { speakerOf, type SpeakerColumns } from './curation.refs.js';
import { touchInitiative } from './curation.queries.js';
import {
  addedAliases,
  assertNamesFree,
  cleanName,
  cleanOptionalName,
  cleanText,
  cleanYear,
  mergeAliases,
  required,
} from './curation.rules.js';

/** Fields of an initiative; `undefined` keeps the current value, `null` clears a nullable one. */
export interface InitiativeFields {
  name?: string | null;
  aliases?: string[] | null;
  kind?: InitiativeKind | null;
  status?: InitiativeStatus | null;
  year?: number | null;
  description?: string | null;
  location?: string | null;
  /** Person, Organization or Country IDs; a list replaces the current proposers. */
  proposedBy?: string[] | null;
  /** Person, Organization or Country IDs; a list replaces the current participants. */
  participants?: string[] | null;
}

export interface NewInitiative extends InitiativeFields {
  name: string;
}

async function apply(manager: EntityManager, row: Initiative, input: InitiativeFields): Promise<void> {
  const previousName = row.name;
  const previousAliases = row.aliases ?? [];
  if (input.name !== undefined) row.name = cleanName(input.name, 'input.name');
  row.aliases = mergeAliases(row.name, input.aliases !== undefined ? (input.aliases ?? []) : previousAliases);
  if (input.kind !== undefined) row.kind = required(input.kind, 'input.kind');
  if (input.status !== undefined) row.status = required(input.status, 'input.status');
  if (input.year !== undefined) row.year = cleanYear(input.year, 'input.year');
  if (input.description !== undefined) row.description = cleanText(input.description, 'input.description');
  if (input.location !== undefined) row.location = cleanOptionalName(input.location, 'input.location');
  await assertNamesFree(
    manager,
    'Initiative',
    row.id ?? null,
    row.name !== previousName ? row.name : null,
    addedAliases(previousAliases, row.aliases),
  );
}

async function resolveParties(
  manager: EntityManager,
  ids: string[] | null,
  argument: string,
): Promise<SpeakerColumns[]> {
  const unique = [...new Set(ids ?? [])];
  const parties: SpeakerColumns[] = [];
  for (const [i, id] of unique.entries()) parties.push(await speakerOf(manager, id, `${argument}[${i}]`));
  return parties;
}

/** Replaces the proposers and/or participants the input names; the others stay. */
async function applyParties(manager: EntityManager, initiativeId: number, input: InitiativeFields): Promise<void> {
  const lists: [InitiativePartyRole, string[] | null | undefined, string][] = [
    ['PROPOSER', input.proposedBy, 'input.proposedBy'],
    ['PARTICIPANT', input.participants, 'input.participants'],
  ];
  for (const [role, ids, argument] of lists) {
    if (ids === undefined) continue;
    const parties = await resolveParties(manager, ids, argument);
    await manager.delete(InitiativeParty, { initiativeId, role });
    if (parties.length > 0)
      await manager.insert(
        InitiativeParty,
        parties.map((p) => ({ ...p, initiativeId, role })),
      );
  }
  // The parties are part of what a client sees of the initiative.
  if (input.proposedBy !== undefined || input.participants !== undefined) {
    await touchInitiative(manager, initiativeId);
  }
}

/** The initiative's row plus who proposed it and who takes part, for the audit log. */
async function initiativeSnapshot(manager: EntityManager, row: Initiative): Promise<Snapshot> {
  const parties = await manager.find(InitiativeParty, { where: { initiativeId: row.id }, order: { id: 'ASC' } });
  const ids = (role: InitiativePartyRole) =>
    parties
      .filter((p) => p.role === role)
      .map((p) =>
        p.personId
          ? encodeId('Person', p.personId)
          : p.organizationId
            ? encodeId('Organization', p.organizationId)
            : encodeId('Country', p.countryId!),
      );
  return { ...snapshot(manager, Initiative, row), proposedBy: ids('PROPOSER'), participants: ids('PARTICIPANT') };
}

export function createInitiative(dataSource: DataSource, who: string, input: NewInitiative): Promise<Initiative> {
  return curate(dataSource, who, 'createInitiative', async (manager) => {
    const row = manager.create(Initiative, {
      aliases: [],
      kind: 'OTHER',
      status: 'UNKNOWN',
      year: null,
      description: null,
      location: null,
    });
    await apply(manager, row, input);
    const id = (await manager.save(row)).id;
    await applyParties(manager, id, input);
    const saved = await reload(manager, Initiative, id);
    return {
      result: saved,
      entityType: 'Initiative',
      entityId: id,
      before: null,
      after: await initiativeSnapshot(manager, saved),
    };
  });
}

export function updateInitiative(
  dataSource: DataSource,
  who: string,
  globalId: string,
  input: InitiativeFields,
): Promise<Initiative> {
  const id = idOf('Initiative', globalId, 'id');
  return curate(dataSource, who, 'updateInitiative', async (manager) => {
    const row = await lockRow(manager, Initiative, 'Initiative', id);
    const before = await initiativeSnapshot(manager, row);
    await apply(manager, row, input);
    await manager.save(row);
    await applyParties(manager, id, input);
    const saved = await reload(manager, Initiative, id);
    return {
      result: saved,
      entityType: 'Initiative',
      entityId: id,
      before,
      after: await initiativeSnapshot(manager, saved),
    };
  });
}

/** Deletes an initiative with its mentions, parties and statement links; the statements stay. */
export function deleteInitiative(dataSource: DataSource, who: string, globalId: string): Promise<string> {
  const id = idOf('Initiative', globalId, 'id');
  return curate(dataSource, who, 'deleteInitiative', async (manager) => {
    const row = await lockRow(manager, Initiative, 'Initiative', id);
    const before = await initiativeSnapshot(manager, row);
    await manager.delete(Initiative, { id });
    return { result: encodeId('Initiative', id), entityType: 'Initiative', entityId: id, before, after: null };
  });
}
