import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEntry } from './audit-entry.entity.js';
import type { RecordedEntity } from './recorded-entity.js';

/** Reading the audit trail; entries are written by the audit subscriber, never through here. */
export class AuditService {
  /** The hub's numbered entries (its events) after a sequence number, oldest first. */
  numberedAfter(em: EntityManager, hubId: string, afterSequence: number, limit: number): Promise<AuditEntry[]> {
    return em.find(AuditEntry, { hubId, sequence: { $gt: String(afterSequence) } }, { orderBy: { sequence: 'asc' }, limit });
  }

  /** Every entry of one record, oldest first . */
  history(em: EntityManager, hubId: string, entityType: RecordedEntity, entityId: string): Promise<AuditEntry[]> {
    return em.find(AuditEntry, { hubId, entityType, entityId }, { orderBy: { at: 'asc' } });
  }
}
