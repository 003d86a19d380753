import { QueryFailedError, type DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { badInput, notFound } from '../../errors.js';
import { audit } from '../audit/audit.service.js';
import { encodeId, type NodeType } from '../common/node.js';

/** A row as plain JSON, as the audit log keeps it. */
export type Snapshot = Record<string, unknown>;

/** What one curation write did: its result for the caller, and its audit entry. */
export interface Change<T> {
  result: T;
  entityType: NodeType;
  entityId: number;
  before: Snapshot | null;
  after: Snapshot | null;
}

/**
 * Runs one curation write in one transaction together with its audit entry: either both
 * are stored or, on any error, neither. Constraint violations that slipped past the
 * service's checks (a concurrent write) still reach the caller as actionable errors.
 */
export async function curate<T>(
  dataSource: DataSource,
  who: string,
  action: string,
  work: (manager: EntityManager) => Promise<Change<T>>,
): Promise<T> {
  try {
    return await dataSource.transaction(async (manager) => {
      const change = await work(manager);
      await audit(manager, {
        who,
        action,
        entityType: change.entityType,
        entityId: change.entityId,
        before: change.before,
        after: change.after,
      });
      return change.result;
    });
  } catch (error) {
    throw translateConstraintError(error);
  }
}

function translateConstraintError(error: unknown): unknown {
  if (!(error instanceof QueryFailedError)) return error;
  const code = (error.driverError as { code?: string } | undefined)?.code;
  if (code === '23505') {
    return badInput(
      'This change collides with a row written at the same time (same name or same membership); reload and try again.',
    );
  }
  if (code === '23503')
    return notFound('A row this change refers to was deleted at the same time; reload and try again.');
  return error;
}

/** The row's stored columns as JSON (no relations, no generated search columns). */
export function snapshot<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, row: T): Snapshot {
  const out: Snapshot = {};
  for (const column of manager.connection.getMetadata(entity).columns) {
    if (!column.isSelect || column.generatedType) continue;
    const value: unknown = column.getEntityValue(row);
    out[column.propertyName] =
      value instanceof Date ? value.toISOString() : Array.isArray(value) ? [...value] : (value ?? null);
  }
  return out;
}

/** Loads a row and locks it until the transaction ends; an unknown id is NOT_FOUND. */
export async function lockRow<T extends ObjectLiteral & { id: number }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  type: NodeType,
  id: number,
): Promise<T> {
  const row = await manager.findOne(entity, { where: { id } as never, lock: { mode: 'pessimistic_write' } });
  if (!row)
    throw notFound(`No ${type} with id "${encodeId(type, id)}"; it may have been deleted or merged into another.`);
  return row;
}

/** Reads a row written in this transaction back, with the values PostgreSQL set (updatedAt ...). */
export async function reload<T extends ObjectLiteral & { id: number }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: number,
): Promise<T> {
  return manager.findOneOrFail(entity, { where: { id } as never });
}
