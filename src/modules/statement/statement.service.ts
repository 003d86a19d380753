import type { DataSource } from 'typeorm';
import type { PageArgs } from '../../db/pagination.js';
import { badInput } from '../../errors.js';
import type { StatementKind } from '../common/enums.js';
import { idOf, idsOf, iso2Codes } from '../common/ids.js';
import { decodeId } from '../common/node.js';
import { pageStatements, statementsAmongIds, type StatementOrderBy, type StatementWhere } from './statement.queries.js';

export type { StatementOrderBy } from './statement.queries.js';

export interface StatementQuery {
  search?: string | null;
  kinds?: StatementKind[] | null;
  speaker?: string | null;
  speakerName?: string | null;
  countries?: string[] | null;
  initiatives?: string[] | null;
  article?: string | null;
}

const SPEAKER_COLUMN = {
  Person: 'speaker_person_id',
  Organization: 'speaker_organization_id',
  Country: 'speaker_country_id',
} as const;

/** Checks a client's statement filter; shared with analytics. */
export function statementWhere(filter: StatementQuery | null | undefined): StatementWhere {
  const where: StatementWhere = {};
  if (!filter) return where;
  if (filter.search?.trim()) where.search = filter.search;
  if (filter.kinds?.length) where.kinds = filter.kinds;
  if (filter.speaker) {
    const decoded = decodeId(filter.speaker);
    if (!decoded || !(decoded.type in SPEAKER_COLUMN)) {
      throw badInput('`filter.speaker` expects the ID of a Person, Organization or Country.', {
        argument: 'filter.speaker',
      });
    }
    where.speaker = { column: SPEAKER_COLUMN[decoded.type as keyof typeof SPEAKER_COLUMN], id: decoded.id };
  }
  if (filter.speakerName?.trim())
    where.speakerNamePattern = `%${filter.speakerName.trim().replace(/[\\%_]/g, '\\$&')}%`;
  if (filter.countries?.length) where.countries = iso2Codes(filter.countries, 'filter.countries');
  if (filter.initiatives?.length) where.initiativeIds = idsOf('Initiative', filter.initiatives, 'filter.initiatives');
  if (filter.article) where.articleId = idOf('Article', filter.article, 'filter.article');
  return where;
}

export function listStatements(
  dataSource: DataSource,
  filter: StatementQuery | null | undefined,
  orderBy: StatementOrderBy | null | undefined,
  page: PageArgs,
) {
  return pageStatements(dataSource, statementWhere(filter), orderBy, page);
}

/** The statements among `ids` that match `filter`, in reading order (for live updates). */
export function statementsAmong(
  dataSource: DataSource,
  ids: readonly number[],
  filter: StatementQuery | null | undefined,
) {
  return statementsAmongIds(dataSource, ids, statementWhere(filter));
}
