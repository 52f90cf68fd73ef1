import { ChangeSetType, type ChangeSet, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { mutationScope } from '../../platform/request-scope.js';
import { AuditAction, AuditEntry } from './audit-entry.entity.js';

/** Records that are logs themselves, or bookkeeping of the ORM, and are not audited. */
const NOT_AUDITED = new Set(['AuditEntry', 'LoginAttempt']);

const actions: Partial<Record<ChangeSetType, AuditAction>> = {
  [ChangeSetType.CREATE]: AuditAction.CREATE,
  [ChangeSetType.UPDATE]: AuditAction.UPDATE,
  [ChangeSetType.DELETE]: AuditAction.DELETE,
};

/**
 * Writes an audit entry for every created, changed and removed record, inside the flush that
 * makes the change, so an entry exists exactly when the change is committed. Because every
 * write goes through a flush, no mutation can forget to audit.
 */
export class AuditSubscriber implements EventSubscriber {
  async onFlush({ uow }: FlushEventArgs): Promise<void> {
    const scope = mutationScope.getStore();
    for (const changeSet of uow.getChangeSets()) {
      const action = actions[changeSet.type];
      if (!action || NOT_AUDITED.has(changeSet.meta.className)) continue;
      const changes = describeChanges(changeSet);
      if (action === AuditAction.UPDATE && Object.keys(changes).length === 0) continue;
      const entry = new AuditEntry();
      Object.assign(entry, {
        hubId: hubIdOf(changeSet.entity),
        actorId: scope?.actorId ?? null,
        entityType: changeSet.meta.className,
        entityId: String(changeSet.getPrimaryKey()),
        action,
        changes,
        operation: scope?.operation ?? 'system',
        requestId: scope?.requestId ?? 'system',
        at: new Date(),
      });
      uow.computeChangeSet(entry);
    }
  }
}

function describeChanges(changeSet: ChangeSet<object>): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  const original = (changeSet.originalEntity ?? {}) as Record<string, unknown>;
  const payload = changeSet.payload as Record<string, unknown>;
  const keys = changeSet.type === ChangeSetType.DELETE ? Object.keys(original) : Object.keys(payload);
  for (const key of keys) {
    const prop = (changeSet.meta.properties as Record<string, { hidden?: boolean } | undefined>)[key];
    if (!prop || key === 'updatedAt' || key === 'createdAt' || key === 'version') continue;
    const hidden = Boolean(prop.hidden);
    const before = changeSet.type === ChangeSetType.CREATE ? null : plain(original[key]);
    const after = changeSet.type === ChangeSetType.DELETE ? null : plain(payload[key]);
    if (JSON.stringify(before) === JSON.stringify(after)) continue;
    changes[key] = hidden ? { before: before === null ? null : '[hidden]', after: after === null ? null : '[hidden]' } : { before, after };
  }
  return changes;
}

function plain(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: unknown }).id;
  return value;
}

function hubIdOf(entity: object): string | null {
  if (entity.constructor.name === 'Hub') return (entity as { id: string }).id;
  const hub = (entity as { hub?: { id?: string } }).hub;
  return hub?.id ?? null;
}
