import type { DataSource } from 'typeorm';
import type { StatementKind } from '../common/enums.js';
import { idOf } from '../common/ids.js';
import { encodeId } from '../common/node.js';
import { Statement } from '../statement/statement.entity.js';
import { curate, lockRow, reload, snapshot } from './curation.service.js';
import { NO_SPEAKER, speakerOf } from './curation.refs.js';
import { cleanOptionalName, required } from './curation.rules.js';

/**
 * What a person may correct in an extracted statement: its kind, verb and attribution.
 * The text and offsets are the article's and stay as extracted.
 */
export interface StatementFields {
  kind?: StatementKind | null;
  verb?: string | null;
  /** Person, Organization or Country ID; `null` leaves the statement unattributed. */
  speaker?: string | null;
  speakerName?: string | null;
}

export function updateStatement(
  dataSource: DataSource,
  who: string,
  globalId: string,
  input: StatementFields,
): Promise<Statement> {
  const id = idOf('Statement', globalId, 'id');
  return curate(dataSource, who, 'updateStatement', async (manager) => {
    const row = await lockRow(manager, Statement, 'Statement', id);
    const before = snapshot(manager, Statement, row);
    if (input.kind !== undefined) row.kind = required(input.kind, 'input.kind');
    if (input.verb !== undefined) row.verb = cleanOptionalName(input.verb, 'input.verb');
    if (input.speakerName !== undefined) row.speakerName = cleanOptionalName(input.speakerName, 'input.speakerName');
    if (input.speaker !== undefined) {
      const speaker = input.speaker === null ? NO_SPEAKER : await speakerOf(manager, input.speaker, 'input.speaker');
      row.speakerPersonId = speaker.personId;
      row.speakerOrganizationId = speaker.organizationId;
      row.speakerCountryId = speaker.countryId;
    }
    await manager.save(row);
    const saved = await reload(manager, Statement, id);
    return { result: saved, entityType: 'Statement', entityId: id, before, after: snapshot(manager, Statement, saved) };
  });
}

/** Deletes a statement and its links to the countries, organizations and initiatives it mentions. */
export function deleteStatement(dataSource: DataSource, who: string, globalId: string): Promise<string> {
  const id = idOf('Statement', globalId, 'id');
  return curate(dataSource, who, 'deleteStatement', async (manager) => {
    const row = await lockRow(manager, Statement, 'Statement', id);
    const before = snapshot(manager, Statement, row);
    await manager.delete(Statement, { id });
    return { result: encodeId('Statement', id), entityType: 'Statement', entityId: id, before, after: null };
  });
}
