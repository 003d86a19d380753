import { mergeAliases as mergeAliasList } from '../common/aliases.js';
import type { EntityManager } from 'typeorm';
import { badInput } from '../../errors.js';
import { encodeId } from '../common/node.js';
import { rowsAnsweringTo } from './curation.queries.js';

/** The curated types with a unique name that ingestion matches by name and alias. */
export type NamedType = 'Organization' | 'Person' | 'Initiative';

const NAMED: Record<NamedType, { table: 'organization' | 'person' | 'initiative'; label: string; merge: string }> = {
  Organization: { table: 'organization', label: 'organization', merge: 'mergeOrganizations' },
  Person: { table: 'person', label: 'person', merge: 'mergePeople' },
  Initiative: { table: 'initiative', label: 'initiative', merge: 'mergeInitiatives' },
};

const MAX_NAME = 300;
const MAX_TEXT = 10_000;
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2200;

/** Collapses runs of whitespace and trims: " Wuhan  Initiative " is "Wuhan Initiative". */
function tidy(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** A required name; `null` (from an update input) and blanks are refused. */
export function cleanName(value: string | null, argument: string): string {
  if (value === null)
    throw badInput(`\`${argument}\` cannot be null: a name is required. Leave the field out to keep the current one.`, {
      argument,
    });
  const name = tidy(value);
  if (!name) throw badInput(`\`${argument}\` must not be blank.`, { argument });
  if (name.length > MAX_NAME) throw badInput(`\`${argument}\` is longer than ${MAX_NAME} characters.`, { argument });
  return name;
}

/** An optional short text: trimmed; blank or `null` clears it. */
export function cleanOptionalName(value: string | null, argument: string): string | null {
  if (value === null) return null;
  const text = tidy(value);
  if (text.length > MAX_NAME) throw badInput(`\`${argument}\` is longer than ${MAX_NAME} characters.`, { argument });
  return text || null;
}

/** An optional free text (a description): trimmed at the ends only; blank or `null` clears it. */
export function cleanText(value: string | null, argument: string): string | null {
  if (value === null) return null;
  const text = value.trim();
  if (text.length > MAX_TEXT) throw badInput(`\`${argument}\` is longer than ${MAX_TEXT} characters.`, { argument });
  return text || null;
}

/** A required enum value: `null` is refused (leave the field out to keep it). */
export function required<T>(value: T | null, argument: string): T {
  if (value === null)
    throw badInput(`\`${argument}\` cannot be null; leave the field out to keep the current value.`, { argument });
  return value;
}

export function cleanYear(value: number | null, argument: string): number | null {
  if (value === null) return null;
  if (!Number.isInteger(value) || value < MIN_YEAR || value > MAX_YEAR) {
    throw badInput(`\`${argument}\` must be a year between ${MIN_YEAR} and ${MAX_YEAR}, e.g. 2021; got ${value}.`, {
      argument,
    });
  }
  return value;
}

/** Alias lists from a person: tidied and length-checked, then merged as everywhere else. */
export function mergeAliases(name: string, ...lists: readonly (readonly (string | null | undefined)[])[]): string[] {
  const aliases = lists.flat().flatMap((raw) => (raw ? [tidy(raw)] : []));
  const long = aliases.find((alias) => alias.length > MAX_NAME);
  if (long)
    throw badInput(`The alias "${long.slice(0, 40)}..." is longer than ${MAX_NAME} characters.`, {
      argument: 'input.aliases',
    });
  return mergeAliasList(name, aliases);
}

/**
 * Refuses a name or alias that another row already answers to: two rows with one name
 * would make ingestion pick one at random, so the person is pointed at the merge.
 * Only what changes is checked, so an edit never trips over older overlaps.
 */
export async function assertNamesFree(
  manager: EntityManager,
  type: NamedType,
  selfId: number | null,
  name: string | null,
  aliases: readonly string[],
): Promise<void> {
  const wanted = [...(name ? [name] : []), ...aliases].map((n) => n.toLowerCase());
  if (wanted.length === 0) return;
  const { table, label, merge } = NAMED[type];
  const rows = await rowsAnsweringTo(manager, table, selfId, wanted, name);
  if (rows.length === 0) return;
  const other = rows[0];
  const otherId = encodeId(type, other.id);
  const article = label === 'organization' || label === 'initiative' ? 'An' : 'A';
  if (name && other.name.toLowerCase() === name.toLowerCase()) {
    throw badInput(
      `${article} ${label} named "${other.name}" exists already (id ${otherId}); merge them instead with ${merge}.`,
      {
        argument: 'input.name',
        conflictingId: otherId,
      },
    );
  }
  if (name && other.aliases.some((a) => a.toLowerCase() === name.toLowerCase())) {
    throw badInput(
      `"${name}" is already an alias of the ${label} "${other.name}" (id ${otherId}); merge them instead with ${merge}, or remove the alias there first.`,
      { argument: 'input.name', conflictingId: otherId },
    );
  }
  throw badInput(
    `The alias "${aliases.find((a) => a.toLowerCase() === other.name.toLowerCase()) ?? other.name}" is the name of the ${label} "${other.name}" (id ${otherId}); merge them instead with ${merge}, or drop the alias.`,
    { argument: 'input.aliases', conflictingId: otherId },
  );
}

/** Aliases in `next` that `previous` did not have (case-insensitive). */
export function addedAliases(previous: readonly string[], next: readonly string[]): string[] {
  const had = new Set(previous.map((a) => a.toLowerCase()));
  return next.filter((a) => !had.has(a.toLowerCase()));
}
