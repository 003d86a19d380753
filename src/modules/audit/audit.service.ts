import type { EntityManager } from 'typeorm';
import { AuditEntry } from './audit-entry.entity.js';

export interface AuditRecord {
  who: string;
  action: string;
  entityType?: string | null;
  entityId?: number | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Records a write inside the caller's transaction: no write without its entry, and vice versa. */
export async function audit(manager: EntityManager, record: AuditRecord): Promise<void> {
  await auditMany(manager, [record]);
}

/** Several entries in one statement (an ingestion call records one per article). */
export async function auditMany(manager: EntityManager, records: AuditRecord[]): Promise<void> {
  if (records.length === 0) return;
  await manager.insert(
    AuditEntry,
    records.map((record) => ({
      who: record.who,
      action: record.action,
      entityType: record.entityType ?? null,
      entityId: record.entityId ?? null,
      before: (record.before ?? null) as never,
      after: (record.after ?? null) as never,
    })),
  );
}
