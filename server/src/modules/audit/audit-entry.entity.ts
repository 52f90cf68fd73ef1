import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property, Trigger, Unique } from '@mikro-orm/decorators/legacy';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { CURRENT_HUB } from '../../platform/tenancy.js';

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
}
registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'What happened to the record.',
  valuesConfig: {
    CREATE: { description: 'Created.' },
    UPDATE: { description: 'Changed.' },
    DELETE: { description: 'Removed.' },
  },
});

/**
 * One change to one record, written by the audit subscriber in the same transaction as the change.
 * Entries are append-only: the application role may insert and read its own hub's entries, and a
 * trigger refuses every update and delete, whoever makes it.
 */
@ObjectType({ description: 'An entry of the audit trail: who changed which record, when, and how.' })
@Entity({
  tableName: 'audit_entry',
  rowLevelSecurity: 'force',
  policies: [
    { name: 'audit_entry_read_own_hub', command: 'select', using: `hub_id = ${CURRENT_HUB}` },
    { name: 'audit_entry_append', command: 'insert', check: `hub_id is null or hub_id = ${CURRENT_HUB}` },
    // These two let an update or delete reach the rows, so that the trigger refuses it loudly
    // instead of the statement silently matching nothing.
    { name: 'audit_entry_update_refused', command: 'update', using: `hub_id = ${CURRENT_HUB}`, check: 'false' },
    { name: 'audit_entry_delete_refused', command: 'delete', using: `hub_id = ${CURRENT_HUB}` },
  ],
})
@Trigger({
  name: 'audit_entry_append_only',
  timing: 'before',
  events: ['update', 'delete'],
  forEach: 'row',
  body: `raise exception 'audit entries cannot be changed or removed' using errcode = 'insufficient_privilege';`,
})
@Index({ properties: ['hubId', 'entityType', 'entityId'] })
@Unique({ properties: ['hubId', 'sequence'] })
export class AuditEntry {
  @Field(() => ID, { description: 'Identifier of the entry.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID, { nullable: true, description: 'Hub the record belongs to; empty for records outside any hub.' })
  @Property({ type: 'uuid', nullable: true })
  hubId?: string | null;

  /** Position in the hub's event stream; empty for records outside any hub. */
  @Property({ type: 'bigint', nullable: true })
  sequence?: string | null;

  /** Records this one belongs to (meeting, project, cycle, budget …), for focused subscriptions. */
  @Property({ type: 'json' })
  related: Opt<Record<string, string>> = {};

  @Field(() => ID, { nullable: true, description: 'Person who made the change; empty for the system.' })
  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  @Field(() => String, { description: 'Kind of record, e.g. Issue or Project.' })
  @Property({ type: 'string' })
  entityType!: string;

  @Field(() => ID, { description: 'Identifier of the record.' })
  @Property({ type: 'string' })
  entityId!: string;

  @Field(() => AuditAction, { description: 'Created, changed or removed.' })
  @Enum({ items: () => AuditAction, nativeEnumName: 'audit_action' })
  action!: AuditAction;

  @Field(() => GraphQLJSONObject, { description: 'Changed fields: { field: { before, after } }.' })
  @Property({ type: 'json' })
  changes!: Record<string, { before: unknown; after: unknown }>;

  @Field(() => String, { description: 'GraphQL mutation that made the change.' })
  @Property({ type: 'string' })
  operation!: string;

  @Field(() => String, { description: 'Request the change was part of (matches the x-request-id response header).' })
  @Property({ type: 'string' })
  requestId!: string;

  @Field(() => Date, { description: 'When the change was made.' })
  @Property({ type: 'datetime' })
  at: Opt<Date> = new Date();
}
