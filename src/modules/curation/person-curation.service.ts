import type { DataSource, EntityManager } from 'typeorm';
import { idOf } from '../common/ids.js';
import { encodeId } from '../common/node.js';
import { Person } from '../person/person.entity.js';
import { curate, lockRow, reload, snapshot } from './curation.service.js';
import { countryIdOf, existingId } from './curation.refs.js';
import { addedAliases, assertNamesFree, cleanName, cleanOptionalName, mergeAliases } from './curation.rules.js';

/** Fields of a person; `undefined` keeps the current value, `null` clears a nullable one. */
export interface PersonFields {
  name?: string | null;
  aliases?: string[] | null;
  title?: string | null;
  /** Global ID of the organization the person belongs to. */
  organization?: string | null;
  /** ISO2 code. */
  country?: string | null;
}

export interface NewPerson extends PersonFields {
  name: string;
}

async function apply(manager: EntityManager, row: Person, input: PersonFields): Promise<void> {
  const previousName = row.name;
  const previousAliases = row.aliases ?? [];
  if (input.name !== undefined) row.name = cleanName(input.name, 'input.name');
  row.aliases = mergeAliases(row.name, input.aliases !== undefined ? (input.aliases ?? []) : previousAliases);
  if (input.title !== undefined) row.title = cleanOptionalName(input.title, 'input.title');
  if (input.organization !== undefined) {
    row.organizationId =
      input.organization === null
        ? null
        : await existingId(manager, 'Organization', input.organization, 'input.organization');
  }
  if (input.country !== undefined)
    row.countryId = input.country === null ? null : await countryIdOf(manager, input.country, 'input.country');
  await assertNamesFree(
    manager,
    'Person',
    row.id ?? null,
    row.name !== previousName ? row.name : null,
    addedAliases(previousAliases, row.aliases),
  );
}

export function createPerson(dataSource: DataSource, who: string, input: NewPerson): Promise<Person> {
  return curate(dataSource, who, 'createPerson', async (manager) => {
    const row = manager.create(Person, { aliases: [], title: null, organizationId: null, countryId: null });
    await apply(manager, row, input);
    const saved = await reload(manager, Person, (await manager.save(row)).id);
    return {
      result: saved,
      entityType: 'Person',
      entityId: saved.id,
      before: null,
      after: snapshot(manager, Person, saved),
    };
  });
}

export function updatePerson(
  dataSource: DataSource,
  who: string,
  globalId: string,
  input: PersonFields,
): Promise<Person> {
  const id = idOf('Person', globalId, 'id');
  return curate(dataSource, who, 'updatePerson', async (manager) => {
    const row = await lockRow(manager, Person, 'Person', id);
    const before = snapshot(manager, Person, row);
    await apply(manager, row, input);
    await manager.save(row);
    const saved = await reload(manager, Person, id);
    return { result: saved, entityType: 'Person', entityId: id, before, after: snapshot(manager, Person, saved) };
  });
}

/** Deletes a person with their mentions and initiative parts; their statements stay, with no speaker. */
export function deletePerson(dataSource: DataSource, who: string, globalId: string): Promise<string> {
  const id = idOf('Person', globalId, 'id');
  return curate(dataSource, who, 'deletePerson', async (manager) => {
    const row = await lockRow(manager, Person, 'Person', id);
    const before = snapshot(manager, Person, row);
    await manager.delete(Person, { id });
    return { result: encodeId('Person', id), entityType: 'Person', entityId: id, before, after: null };
  });
}
