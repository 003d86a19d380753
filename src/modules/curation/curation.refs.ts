import type { EntityManager } from 'typeorm';
import { badInput, notFound } from '../../errors.js';
import { idOf, iso2Codes } from '../common/ids.js';
import { decodeId, type NodeType } from '../common/node.js';
import { countryIdByIso2, rowExists } from './curation.queries.js';

/** The database id behind a global ID of `type` that must exist (BAD_USER_INPUT / NOT_FOUND otherwise). */
export async function existingId(
  manager: EntityManager,
  type: NodeType,
  globalId: string,
  argument: string,
): Promise<number> {
  const id = idOf(type, globalId, argument);
  if (!(await rowExists(manager, type, id))) {
    throw notFound(
      `\`${argument}\`: no ${type} with id "${globalId}"; it may have been deleted or merged into another.`,
    );
  }
  return id;
}

/** A country by ISO 3166-1 alpha-2 code; every country is preloaded, so an unknown code is NOT_FOUND. */
export async function countryIdOf(manager: EntityManager, code: string, argument: string): Promise<number> {
  const [iso2] = iso2Codes([code], argument);
  const id = await countryIdByIso2(manager, iso2);
  if (id === null)
    throw notFound(`\`${argument}\`: no country with ISO code "${iso2}"; use codes such as "TJ" or "CN".`);
  return id;
}

/** Who speaks or takes part: one of a person, an organization or a country. */
export interface SpeakerColumns {
  personId: number | null;
  organizationId: number | null;
  countryId: number | null;
}

export const NO_SPEAKER: SpeakerColumns = { personId: null, organizationId: null, countryId: null };

/** A `Speaker` global ID (Person, Organization or Country) as the three nullable columns. */
export async function speakerOf(manager: EntityManager, globalId: string, argument: string): Promise<SpeakerColumns> {
  const decoded = decodeId(globalId);
  if (!decoded || !['Person', 'Organization', 'Country'].includes(decoded.type)) {
    throw badInput(`\`${argument}\` expects a Person, Organization or Country ID; "${globalId}" is not one.`, {
      argument,
    });
  }
  if (!(await rowExists(manager, decoded.type, decoded.id))) {
    throw notFound(
      `\`${argument}\`: no ${decoded.type} with id "${globalId}"; it may have been deleted or merged into another.`,
    );
  }
  return {
    personId: decoded.type === 'Person' ? decoded.id : null,
    organizationId: decoded.type === 'Organization' ? decoded.id : null,
    countryId: decoded.type === 'Country' ? decoded.id : null,
  };
}
