import type { EntityManager } from '@mikro-orm/postgresql';
import { UseMiddleware, type MiddlewareFn } from 'type-graphql';
import { hubIdOf } from '../../platform/authorization.js';
import type { Context } from '../../platform/context.js';
import { inHub } from '../../platform/tenancy.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditAction, RecordedEntity } from './audit.types.js';

/** What has been recorded as read in each operation: one entry per field and record, however often it is selected. */
const recorded = new WeakMap<Context, Set<string>>();

/**
 * Marks a field that returns personal data (members' names and addresses, invitees, payees): the
 * first time an operation reads it for a record, an audit entry says who read which field of
 * which record, when and from where (READ, with the number of items returned). The entry is
 * written in its own transaction once the field has resolved, so a read that fails records
 * nothing and a read that succeeds is recorded even if a later field fails.
 */
export function AuditedRead(what: string): MethodDecorator & PropertyDecorator {
  const middleware: MiddlewareFn<Context> = async ({ root, args, context, info }, next) => {
    const result: unknown = await next();
    const hubId = hubIdOf(args as Record<string, unknown>, root);
    if (!hubId) return result;
    const recordId = (root as { id?: unknown } | undefined)?.id;
    // The GraphQL type of a record is named as its entity.
    const entityType = (root && typeof recordId === 'string' ? info.parentType.name : RecordedEntity.Hub) as RecordedEntity;
    const entityId = root && typeof recordId === 'string' ? recordId : hubId;
    const key = `${entityType}:${entityId}:${info.fieldName}`;
    const seen = recorded.get(context) ?? new Set<string>();
    recorded.set(context, seen);
    if (seen.has(key)) return result;
    seen.add(key);
    await inHub(context.db.hub(hubId), hubId, async (em) =>
      recordRead(em, {
        hubId,
        actorId: context.viewer?.userId ?? null,
        entityType,
        entityId,
        field: info.fieldName,
        what,
        items: Array.isArray(result) ? result.length : 1,
        operation: info.operation.name?.value ?? info.fieldName,
        requestId: context.requestId,
        address: context.ip,
      }),
    );
    return result;
  };
  return UseMiddleware(middleware);
}

/** Writes a READ entry (with the hub-scoped `em` of a transaction): who read what of which record, from where. */
export function recordRead(
  em: EntityManager,
  read: { hubId: string; actorId: string | null; entityType: RecordedEntity; entityId: string; field: string; what: string; items?: number; operation: string; requestId: string; address: string | null },
): void {
  em.create(AuditEntry, {
    hubId: read.hubId,
    actorId: read.actorId,
    entityType: read.entityType,
    entityId: read.entityId,
    action: AuditAction.READ,
    changes: { [read.field]: { before: null, after: { read: read.what, ...(read.items === undefined ? {} : { items: read.items }) } } },
    operation: read.operation,
    requestId: read.requestId,
    address: read.address,
  });
}
