import type { DataSource } from 'typeorm';
import { paginateSql, type OrderSpec } from '../../db/keyset.js';
import type { PageArgs } from '../../db/pagination.js';
import { asEntities, columnsOf } from '../../db/rows.js';
import type { NodeType } from '../common/node.js';
import { AuditEntry } from './audit-entry.entity.js';

/** The SQL of the audit log (entries are written by `audit.service.ts` through TypeORM). */

export interface AuditWhere {
  who?: string;
  action?: string;
  entityType?: string;
  entity?: { type: NodeType; id: number };
  since?: Date;
  until?: Date;
}

/** Newest first; entries of one transaction share `at`, the id breaks the tie. */
const NEWEST_FIRST: OrderSpec = {
  keys: [
    { sql: 't.at', type: 'timestamptz' },
    { sql: 't.id', type: 'int' },
  ],
  direction: 'DESC',
};

export function pageAuditEntries(dataSource: DataSource, where: AuditWhere, page: PageArgs) {
  const sql: string[] = [];
  const params: Record<string, unknown> = {};
  if (where.who !== undefined) {
    sql.push('t.who = :who');
    params.who = where.who;
  }
  if (where.action !== undefined) {
    sql.push('t.action = :action');
    params.action = where.action;
  }
  if (where.entityType !== undefined) {
    sql.push('t.entity_type = :entityType');
    params.entityType = where.entityType;
  }
  if (where.entity) {
    // A merged-away row has no entries of its own after the merge; the merge names it among the losers.
    sql.push(
      `t.entity_type = :targetType AND (t.entity_id = :targetId OR t.before -> 'losers' @> CAST(:loser AS jsonb))`,
    );
    params.targetType = where.entity.type;
    params.targetId = where.entity.id;
    params.loser = JSON.stringify([{ id: where.entity.id }]);
  }
  if (where.since) {
    sql.push('t.at >= :since');
    params.since = where.since;
  }
  if (where.until) {
    sql.push('t.at < :until');
    params.until = where.until;
  }
  return paginateSql(
    dataSource,
    { select: columnsOf(dataSource, AuditEntry), from: 'audit_entry t', where: sql, params },
    NEWEST_FIRST,
    page,
    (rows) => asEntities(AuditEntry, rows),
  );
}
