import type { DataSource, EntityManager } from 'typeorm';
import { badInput } from '../../errors.js';
import type { MembershipRole } from '../common/enums.js';
import { idOf } from '../common/ids.js';
import { encodeId } from '../common/node.js';
import { Membership } from '../membership/membership.entity.js';
import { curate, lockRow, reload, snapshot } from './curation.service.js';
import { countryIdOf, existingId } from './curation.refs.js';
import { membershipClash } from './curation.queries.js';
import { cleanYear, required } from './curation.rules.js';

/** Fields of a membership; `undefined` keeps the current value, `null` clears `since`/`until`. */
export interface MembershipFields {
  /** ISO2 code of the member country. */
  country?: string | null;
  /** Global ID of the organization. */
  organization?: string | null;
  role?: MembershipRole | null;
  since?: number | null;
  until?: number | null;
}

export interface NewMembership extends MembershipFields {
  country: string;
  organization: string;
  role: MembershipRole;
}

async function apply(manager: EntityManager, row: Membership, input: MembershipFields): Promise<void> {
  if (input.country !== undefined)
    row.countryId = await countryIdOf(manager, required(input.country, 'input.country'), 'input.country');
  if (input.organization !== undefined) {
    row.organizationId = await existingId(
      manager,
      'Organization',
      required(input.organization, 'input.organization'),
      'input.organization',
    );
  }
  if (input.role !== undefined) row.role = required(input.role, 'input.role');
  if (input.since !== undefined) row.since = cleanYear(input.since, 'input.since');
  if (input.until !== undefined) row.until = cleanYear(input.until, 'input.until');
  if (row.since !== null && row.until !== null && row.until < row.since) {
    throw badInput(`\`until\` (${row.until}) is before \`since\` (${row.since}); a role ends after it begins.`, {
      argument: 'input.until',
    });
  }
  // One row per (organization, country, role): a second one would be a duplicate to merge by hand.
  const clash = await membershipClash(manager, row);
  if (clash.length > 0) {
    const otherId = encodeId('Membership', clash[0].id);
    throw badInput(
      `${clash[0].name} already has the role ${row.role} in "${clash[0].org}" (membership id ${otherId}); update that membership instead.`,
      { conflictingId: otherId },
    );
  }
}

export function createMembership(dataSource: DataSource, who: string, input: NewMembership): Promise<Membership> {
  return curate(dataSource, who, 'createMembership', async (manager) => {
    const row = manager.create(Membership, { since: null, until: null });
    await apply(manager, row, input);
    const saved = await reload(manager, Membership, (await manager.save(row)).id);
    return {
      result: saved,
      entityType: 'Membership',
      entityId: saved.id,
      before: null,
      after: snapshot(manager, Membership, saved),
    };
  });
}

export function updateMembership(
  dataSource: DataSource,
  who: string,
  globalId: string,
  input: MembershipFields,
): Promise<Membership> {
  const id = idOf('Membership', globalId, 'id');
  return curate(dataSource, who, 'updateMembership', async (manager) => {
    const row = await lockRow(manager, Membership, 'Membership', id);
    const before = snapshot(manager, Membership, row);
    await apply(manager, row, input);
    await manager.save(row);
    const saved = await reload(manager, Membership, id);
    return {
      result: saved,
      entityType: 'Membership',
      entityId: id,
      before,
      after: snapshot(manager, Membership, saved),
    };
  });
}

export function deleteMembership(dataSource: DataSource, who: string, globalId: string): Promise<string> {
  const id = idOf('Membership', globalId, 'id');
  return curate(dataSource, who, 'deleteMembership', async (manager) => {
    const row = await lockRow(manager, Membership, 'Membership', id);
    const before = snapshot(manager, Membership, row);
    await manager.delete(Membership, { id });
    return { result: encodeId('Membership', id), entityType: 'Membership', entityId: id, before, after: null };
  });
}
