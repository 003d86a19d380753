import type { DataSource, EntityManager } from 'typeorm';
import { badInput } from '../../errors.js';
import { idOf } from '../common/ids.js';
import { encodeId } from '../common/node.js';
import type { OrganizationKind } from '../common/enums.js';
import { Organization } from '../organization/organization.entity.js';
import { isAncestorOrSelf } from '../organization/organization.queries.js';
import { curate, lockRow, reload, snapshot } from './curation.service.js';
import { countryIdOf, existingId } from './curation.refs.js';
import {
  addedAliases,
  assertNamesFree,
  cleanName,
  cleanOptionalName,
  mergeAliases,
  required,
} from './curation.rules.js';

/** Fields of an organization; `undefined` keeps the current value, `null` clears a nullable one. */
export interface OrganizationFields {
  name?: string | null;
  acronym?: string | null;
  aliases?: string[] | null;
  kind?: OrganizationKind | null;
  /** ISO2 code of the seat. */
  country?: string | null;
  /** Global ID of the parent organization. */
  parent?: string | null;
}

export interface NewOrganization extends OrganizationFields {
  name: string;
}

/** An organization that is its own ancestor (after a parent change or a merge) is refused. */
export async function assertNoParentCycle(
  manager: EntityManager,
  organization: Organization,
  argument = 'input.parent',
): Promise<void> {
  if (organization.parentId === null) return;
  if (await isAncestorOrSelf(manager, organization.id, organization.parentId)) {
    const parent = await manager.findOneByOrFail(Organization, { id: organization.parentId });
    throw badInput(
      `"${parent.name}" cannot be the parent of "${organization.name}": it is "${organization.name}" itself or one of its sub-organizations, and an organization cannot be its own ancestor.`,
      { argument },
    );
  }
}

async function apply(manager: EntityManager, row: Organization, input: OrganizationFields): Promise<void> {
  const previousName = row.name;
  const previousAliases = row.aliases ?? [];
  if (input.name !== undefined) row.name = cleanName(input.name, 'input.name');
  if (input.acronym !== undefined) row.acronym = cleanOptionalName(input.acronym, 'input.acronym');
  if (input.kind !== undefined) row.kind = required(input.kind, 'input.kind');
  row.aliases = mergeAliases(row.name, input.aliases !== undefined ? (input.aliases ?? []) : previousAliases);
  if (input.country !== undefined)
    row.countryId = input.country === null ? null : await countryIdOf(manager, input.country, 'input.country');
  if (input.parent !== undefined) {
    row.parentId =
      input.parent === null ? null : await existingId(manager, 'Organization', input.parent, 'input.parent');
  }
  await assertNamesFree(
    manager,
    'Organization',
    row.id ?? null,
    row.name !== previousName ? row.name : null,
    addedAliases(previousAliases, row.aliases),
  );
}

export function createOrganization(dataSource: DataSource, who: string, input: NewOrganization): Promise<Organization> {
  return curate(dataSource, who, 'createOrganization', async (manager) => {
    const row = manager.create(Organization, {
      aliases: [],
      kind: 'OTHER',
      acronym: null,
      countryId: null,
      parentId: null,
    });
    await apply(manager, row, input);
    const saved = await reload(manager, Organization, (await manager.save(row)).id);
    return {
      result: saved,
      entityType: 'Organization',
      entityId: saved.id,
      before: null,
      after: snapshot(manager, Organization, saved),
    };
  });
}

export function updateOrganization(
  dataSource: DataSource,
  who: string,
  globalId: string,
  input: OrganizationFields,
): Promise<Organization> {
  const id = idOf('Organization', globalId, 'id');
  return curate(dataSource, who, 'updateOrganization', async (manager) => {
    const row = await lockRow(manager, Organization, 'Organization', id);
    const before = snapshot(manager, Organization, row);
    await apply(manager, row, input);
    await assertNoParentCycle(manager, row);
    await manager.save(row);
    const saved = await reload(manager, Organization, id);
    return {
      result: saved,
      entityType: 'Organization',
      entityId: id,
      before,
      after: snapshot(manager, Organization, saved),
    };
  });
}

/**
 * Deletes an organization. Its mentions, memberships, statement links and initiative
 * parties go with it; statements it spoke keep their text with no speaker; people and
 * sub-organizations lose the link. To keep the history, merge instead.
 */
export function deleteOrganization(dataSource: DataSource, who: string, globalId: string): Promise<string> {
  const id = idOf('Organization', globalId, 'id');
  return curate(dataSource, who, 'deleteOrganization', async (manager) => {
    const row = await lockRow(manager, Organization, 'Organization', id);
    const before = snapshot(manager, Organization, row);
    await manager.delete(Organization, { id });
    return { result: encodeId('Organization', id), entityType: 'Organization', entityId: id, before, after: null };
  });
}
