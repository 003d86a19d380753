import type { DataSource } from 'typeorm';
import { badInput } from '../../errors.js';
import { decodeId, type NodeType } from '../common/node.js';
import { statementConditions, topSpeakerRows } from '../statement/statement.queries.js';
import { statementWhere, type StatementQuery } from '../statement/statement.service.js';
import { coMentionRows, timelineRows } from './analytics.queries.js';

export type Interval = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';
export type EntityKind = 'Country' | 'Organization' | 'Person' | 'Initiative';

/** Codes of `entity_article.entity_type` (see the EntityArticle migration). */
const TYPE_CODE: Record<EntityKind, string> = { Country: 'C', Organization: 'O', Person: 'P', Initiative: 'I' };
const MAX_BUCKETS = 5000;
/** The shortest length of each interval, so that a range's bucket count is never underestimated. */
const MIN_BUCKET_MS: Record<Interval, number> = {
  DAY: 86_400_000,
  WEEK: 7 * 86_400_000,
  MONTH: 28 * 86_400_000,
  YEAR: 365 * 86_400_000,
};
export const MAX_ANALYTICS_ROWS = 100;

export function entityOf(globalId: string, argument = 'id'): { type: EntityKind; id: number } {
  const decoded = decodeId(globalId);
  if (!decoded || !(decoded.type in TYPE_CODE)) {
    throw badInput(`\`${argument}\` must be the ID of a Country, Organization, Person or Initiative.`, { argument });
  }
  return decoded as { type: EntityKind; id: number };
}

function limitOf(first: number | null | undefined, fallback: number): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > MAX_ANALYTICS_ROWS) {
    throw badInput(`\`first\` must be between 1 and ${MAX_ANALYTICS_ROWS}; got ${n}.`, { argument: 'first' });
  }
  return n;
}

/**
 * Articles and mentions per time bucket, with empty buckets filled in. An article's
 * time is its publication date, or when it was ingested if it has none.
 */
export async function mentionTimeline(
  dataSource: DataSource,
  globalId: string,
  interval: Interval,
  from?: Date | null,
  to?: Date | null,
): Promise<{ start: Date; articles: number; mentions: number }[]> {
  const entity = entityOf(globalId);
  if (from && to && from > to) throw badInput('`from` is later than `to`: the range is empty.', { argument: 'from' });
  const unit = interval.toLowerCase();
  // Checked before any SQL when the range is given; otherwise the series stops at the bound.
  if (from && to && (to.getTime() - from.getTime()) / MIN_BUCKET_MS[interval] > MAX_BUCKETS) {
    throw badInput(
      `The range holds more than ${MAX_BUCKETS} ${unit} buckets; choose a longer interval or a shorter range.`,
      {
        argument: 'interval',
      },
    );
  }
  const rows = await timelineRows(
    dataSource,
    entity.id,
    TYPE_CODE[entity.type],
    unit,
    from ?? null,
    to ?? null,
    MAX_BUCKETS + 1,
  );
  if (rows.length > MAX_BUCKETS) {
    throw badInput(
      `The timeline has more than ${MAX_BUCKETS} ${unit} buckets; choose a longer interval or a shorter range.`,
    );
  }
  return rows;
}

/** The entities most often mentioned in the same articles as `globalId`, by number of shared articles. */
export async function coMentions(
  dataSource: DataSource,
  globalId: string,
  types: EntityKind[] | null | undefined,
  first: number | null | undefined,
): Promise<{ type: NodeType; id: number; articles: number }[]> {
  const entity = entityOf(globalId);
  const limit = limitOf(first, 10);
  const kinds = (types?.length ? types : (Object.keys(TYPE_CODE) as EntityKind[])).map((k) => TYPE_CODE[k]);
  return coMentionRows(dataSource, entity.id, TYPE_CODE[entity.type], kinds, limit);
}

/** Speakers ranked by statements matching the filter. */
export async function topSpeakers(
  dataSource: DataSource,
  filter: StatementQuery | null | undefined,
  first: number | null | undefined,
): Promise<{ type: NodeType; id: number; statements: number }[]> {
  const limit = limitOf(first, 10);
  return topSpeakerRows(dataSource, statementConditions(statementWhere(filter)), limit);
}
