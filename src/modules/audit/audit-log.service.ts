import type { DataSource } from 'typeorm';
import type { PageArgs } from '../../db/pagination.js';
import { badInput } from '../../errors.js';
import { decodeId, NODE_TYPES } from '../common/node.js';
import { pageAuditEntries, type AuditWhere } from './audit.queries.js';

export interface AuditQuery {
  who?: string | null;
  action?: string | null;
  entityType?: string | null;
  /** Global ID. */
  entity?: string | null;
  since?: Date | null;
  until?: Date | null;
}

export function listAuditEntries(dataSource: DataSource, filter: AuditQuery | null | undefined, page: PageArgs) {
  const where: AuditWhere = {};
  if (filter?.who != null) where.who = filter.who;
  if (filter?.action != null) where.action = filter.action;
  if (filter?.entityType != null) {
    if (!(NODE_TYPES as readonly string[]).includes(filter.entityType)) {
      throw badInput(`\`filter.entityType\` is one of ${NODE_TYPES.join(', ')}; got "${filter.entityType}".`, {
        argument: 'filter.entityType',
      });
    }
    where.entityType = filter.entityType;
  }
  if (filter?.entity != null) {
    const target = decodeId(filter.entity);
    if (!target)
      throw badInput(`\`filter.entity\`: "${filter.entity}" is not an Accord ID; use the \`id\` field of an object.`, {
        argument: 'filter.entity',
      });
    where.entity = target;
  }
  if (filter?.since && filter?.until && filter.until < filter.since) {
    throw badInput('`filter.until` is before `filter.since`; nothing could match.', { argument: 'filter.until' });
  }
  if (filter?.since) where.since = filter.since;
  if (filter?.until) where.until = filter.until;
  return pageAuditEntries(dataSource, where, page);
}
