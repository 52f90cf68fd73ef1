import { ChangeSetType, type ChangeSet, type EventSubscriber, type FlushEventArgs, type TransactionEventArgs } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { committedEvents, type HubEventData } from '../../platform/event-bus.js';
import { mutationScope } from '../../platform/request-scope.js';
import { HUB_SETTING } from '../../platform/tenancy.js';
import { AuditEntry } from './audit-entry.entity.js';
import { NOT_AUDITED, type RecordedEntity } from './recorded-entity.js';
import { AuditAction } from './audit.types.js';

/** Records that are logs themselves, or bookkeeping, and are neither audited nor published (a refused sign-in attempt aside). */
/** References kept with an event so that focused subscriptions can pick it out. */
const RELATED = ['meeting', 'project', 'cycle', 'plan', 'budget', 'activity', 'issue'];

const actions: Partial<Record<ChangeSetType, AuditAction>> = {
  [ChangeSetType.CREATE]: AuditAction.CREATE,
  [ChangeSetType.UPDATE]: AuditAction.UPDATE,
  [ChangeSetType.DELETE]: AuditAction.DELETE,
};

/**
 * Writes an audit entry for every created, changed and removed record, inside the flush that
 * makes the change, so an entry exists exactly when the change is committed. Entries of a hub
 * get the hub's next event sequence numbers; once the transaction commits they are published
 * as live events (a rollback publishes nothing). Because every write goes through a flush, no
 * mutation can forget to audit or to publish.
 */
export class AuditSubscriber implements EventSubscriber {
  /** Events waiting for their transaction to commit. */
  private readonly pending = new WeakMap<object, HubEventData[]>();

  async onFlush({ uow, em }: FlushEventArgs): Promise<void> {
    const scope = mutationScope.getStore();
    const entries: AuditEntry[] = [];
    for (const changeSet of uow.getChangeSets()) {
      const changes = describeChanges(changeSet, (value) => em.getPlatform().unmarshallArray(value));
      const action = actionOf(changeSet, changes);
      if (!action || (action === AuditAction.UPDATE && Object.keys(changes).length === 0)) continue;
      const entry = new AuditEntry();
      Object.assign(entry, {
        hubId: hubIdOf(changeSet.entity),
        actorId: scope?.actorId ?? null,
        entityType: changeSet.meta.className as RecordedEntity,
        entityId: String(changeSet.getPrimaryKey()),
        action,
        changes,
        related: relatedOf(changeSet),
        operation: scope?.operation ?? 'system',
        requestId: scope?.requestId ?? 'system',
        address: addressOf(changeSet) ?? scope?.address ?? null,
        at: new Date(),
      });
      entries.push(entry);
    }
    await this.number(em as EntityManager, entries);
    const outside = await this.writeOutsideHub(em as EntityManager, entries.filter((e) => !e.hubId));
    for (const entry of entries) if (!outside.has(entry)) uow.computeChangeSet(entry);

    const transaction = em.getTransactionContext<object>();
    const events = entries.filter((e) => e.hubId && e.sequence).map(toEvent);
    if (transaction && events.length) this.pending.set(transaction, [...(this.pending.get(transaction) ?? []), ...events]);
  }

  afterTransactionCommit({ transaction }: TransactionEventArgs): void {
    if (!transaction || 'savepointName' in transaction) return;
    const events = this.pending.get(transaction);
    this.pending.delete(transaction);
    if (events?.length) committedEvents.emit('committed', events);
  }

  afterTransactionRollback({ transaction }: TransactionEventArgs): void {
    if (transaction && !('savepointName' in transaction)) this.pending.delete(transaction);
  }

  /**
   * Entries outside any hub (an account created, a session opened) go into the platform's chain,
   * which the database lets no hub-scoped transaction write to. When such records are written
   * inside a hub's transaction (accepting an invitation creates the account and signs it in), the
   * platform steps out of the hub's scope for exactly these inserts, in the same transaction.
   */
  private async writeOutsideHub(em: EntityManager, entries: AuditEntry[]): Promise<Set<AuditEntry>> {
    if (!entries.length || !em.getTransactionContext()) return new Set();
    const [row] = await em.execute<{ hub: string | null }[]>(`select nullif(current_setting('${HUB_SETTING}', true), '') as hub`);
    if (!row?.hub) return new Set();
    await em.execute(`select set_config('${HUB_SETTING}', '', true)`);
    try {
      await em.insertMany(AuditEntry, entries);
    } finally {
      await em.execute(`select set_config('${HUB_SETTING}', ?, true)`, [row.hub]);
    }
    return new Set(entries);
  }

  /**
   * Gives each hub's entries the next sequence numbers. The counter row stays locked until the
   * transaction ends, so a hub's numbers follow commit order.
   */
  private async number(em: EntityManager, entries: AuditEntry[]): Promise<void> {
    const byHub = new Map<string, AuditEntry[]>();
    for (const entry of entries) if (entry.hubId) byHub.set(entry.hubId, [...(byHub.get(entry.hubId) ?? []), entry]);
    for (const [hubId, hubEntries] of byHub) {
      const [row] = await em.execute<{ last: string }[]>(
        `insert into hub_event_counter (hub_id, last_sequence) values (?, ?)
         on conflict (hub_id) do update set last_sequence = hub_event_counter.last_sequence + excluded.last_sequence
         returning last_sequence as last`,
        [hubId, hubEntries.length],
      );
      const last = Number(row!.last);
      hubEntries.forEach((entry, i) => (entry.sequence = String(last - hubEntries.length + 1 + i)));
    }
  }
}

/**
 * What an entry records: the change itself, except that opening a session is a sign-in, revoking
 * one a sign-out, and a refused sign-in attempt is recorded as such (other attempts and the
 * bookkeeping records are not audited).
 */
function actionOf(changeSet: ChangeSet<object>, changes: Record<string, { before: unknown; after: unknown }>): AuditAction | null {
  const name = changeSet.meta.className;
  if (name === 'LoginAttempt') return changeSet.type === ChangeSetType.CREATE && (changeSet.entity as { succeeded?: boolean }).succeeded === false ? AuditAction.SIGN_IN_REFUSED : null;
  if (NOT_AUDITED.has(name)) return null;
  if (name === 'Session' && changeSet.type === ChangeSetType.CREATE) return AuditAction.SIGN_IN;
  if (name === 'Session' && changes.revokedAt && changes.revokedAt.after !== null) return AuditAction.SIGN_OUT;
  return actions[changeSet.type] ?? null;
}

/** Sign-ins and refused attempts keep the address they came from, whoever's request records them. */
function addressOf(changeSet: ChangeSet<object>): string | null {
  const ip = (changeSet.entity as { ip?: unknown }).ip;
  return (changeSet.meta.className === 'Session' || changeSet.meta.className === 'LoginAttempt') && typeof ip === 'string' ? ip : null;
}

function toEvent(entry: AuditEntry): HubEventData {
  return {
    hubId: entry.hubId!,
    sequence: Number(entry.sequence),
    actorId: entry.actorId ?? null,
    entityType: entry.entityType,
    entityId: entry.entityId,
    // A hub's numbered entries are changes: sign-ins are hub-less, reads are not numbered.
    action: entry.action as HubEventData['action'],
    operation: entry.operation,
    changes: entry.changes,
    related: entry.related,
    at: entry.at.toISOString(),
  };
}

/** `unarray` reads a database array literal ({A,B}) back into a list: array columns reach the payload converted for the database. */
function describeChanges(changeSet: ChangeSet<object>, unarray: (value: string) => string[]): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  const payload = changeSet.payload as Record<string, unknown>;
  // A removal carries no payload; its last values are read from the entity itself.
  const original = (changeSet.type === ChangeSetType.DELETE ? valuesOf(changeSet) : changeSet.originalEntity ?? {}) as Record<string, unknown>;
  const keys = changeSet.type === ChangeSetType.DELETE ? Object.keys(original) : Object.keys(payload);
  for (const key of keys) {
    const prop = (changeSet.meta.properties as Record<string, { hidden?: boolean; array?: boolean } | undefined>)[key];
    if (!prop || key === 'updatedAt' || key === 'createdAt' || key === 'version') continue;
    const hidden = Boolean(prop.hidden);
    const list = (value: unknown) => (prop.array && typeof value === 'string' ? unarray(value) : value);
    const before = changeSet.type === ChangeSetType.CREATE ? null : plain(list(original[key]));
    const after = changeSet.type === ChangeSetType.DELETE ? null : plain(list(payload[key]));
    if (JSON.stringify(before) === JSON.stringify(after)) continue;
    changes[key] = hidden ? { before: before === null ? null : '[hidden]', after: after === null ? null : '[hidden]' } : { before, after };
  }
  return changes;
}

function valuesOf(changeSet: ChangeSet<object>): Record<string, unknown> {
  const entity = changeSet.entity as Record<string, unknown>;
  const values: Record<string, unknown> = {};
  for (const [key, prop] of Object.entries(changeSet.meta.properties as Record<string, { kind?: string; persist?: boolean }>)) {
    if (prop.persist === false || (prop.kind !== 'scalar' && prop.kind !== 'm:1')) continue;
    values[key] = entity[key];
  }
  return values;
}

function relatedOf(changeSet: ChangeSet<object>): Record<string, string> {
  const entity = changeSet.entity as Record<string, unknown>;
  const related: Record<string, string> = {};
  for (const key of RELATED) {
    const value = entity[key] as { id?: unknown } | string | undefined;
    const id = typeof value === 'object' && value ? value.id : undefined;
    if (typeof id === 'string') related[key] = id;
  }
  for (const key of ['meetingId', 'activityId', 'projectId']) {
    const id = entity[key];
    if (typeof id === 'string') related[key.replace(/Id$/, '')] ??= id;
  }
  return related;
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
