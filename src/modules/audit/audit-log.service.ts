import type { DataSource } from 'typeorm';
import { paginateQuery, type OrderSpec } from '../../db/keyset.js';
import { badInput } from '../../errors.js';
import type { PageArgs } from '../../graphql/pagination/cursor.js';
import { decodeId, NODE_TYPES } from '../common/node.js';
import { AuditEntry } from './audit-entry.entity.js';

export interface AuditQuery {
  who?: string | null;
  action?: string | null;
  entityType?: string | null;
  /** Global ID. */
  entity?: string | null;
  since?: Date | null;
  until?: Date | null;
}

/** Newest first; entries of one transaction share `at`, the id breaks the tie. */
const NEWEST_FIRST: OrderSpec = {
  keys: [
    { sql: 't.at', type: 'timestamptz' },
    { sql: 't.id', type: 'int' },
  ],
  direction: 'DESC',
};

export function listAuditEntries(dataSource: DataSource, filter: AuditQuery | null | undefined, page: PageArgs) {
  const qb = dataSource.getRepository(AuditEntry).createQueryBuilder('t');
  if (filter?.who != null) qb.andWhere('t.who = :who', { who: filter.who });
  if (filter?.action != null) qb.andWhere('t.action = :action', { action: filter.action });
  if (filter?.entityType != null) {
    if (!(NODE_TYPES as readonly string[]).includes(filter.entityType)) {
      throw badInput(`\`filter.entityType\` is one of ${NODE_TYPES.join(', ')}; got "${filter.entityType}".`, { argument: 'filter.entityType' });
    }
    qb.andWhere('t.entity_type = :entityType', { entityType: filter.entityType });
  }
  if (filter?.entity != null) {
    const target = decodeId(filter.entity);
    if (!target) throw badInput(`\`filter.entity\`: "${filter.entity}" is not an Accord ID; use the \`id\` field of an object.`, { argument: 'filter.entity' });
    // A merged-away row has no entries of its own after the merge; the merge names it among the losers.
    qb.andWhere(
      `t.entity_type = :targetType AND (t.entity_id = :targetId OR t.before -> 'losers' @> CAST(:loser AS jsonb))`,
      { targetType: target.type, targetId: target.id, loser: JSON.stringify([{ id: target.id }]) },
    );
  }
  if (filter?.since && filter?.until && filter.until < filter.since) {
    throw badInput('`filter.until` is before `filter.since`; nothing could match.', { argument: 'filter.until' });
  }
  if (filter?.since) qb.andWhere('t.at >= :since', { since: filter.since });
  if (filter?.until) qb.andWhere('t.at < :until', { until: filter.until });
  return paginateQuery(qb, NEWEST_FIRST, page);
}
