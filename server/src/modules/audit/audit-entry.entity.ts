import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property, Trigger, Unique } from '@mikro-orm/decorators/legacy';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CURRENT_HUB } from '../../platform/tenancy.js';
import { AuditAction } from './audit.types.js';
import { RecordedEntity } from './recorded-entity.js';

/** The chain of entries outside any hub (accounts, sign-ins, reference data). */
export const PLATFORM_CHAIN = '00000000-0000-0000-0000-000000000000';
const CHAIN_OF = (row?: string) => `coalesce(${row ? `${row}.` : ''}hub_id, '${PLATFORM_CHAIN}')`;
const CURRENT_CHAIN = `coalesce(${CURRENT_HUB}, '${PLATFORM_CHAIN}')`;

/**
 * SQL for the digest of the entry `row` after the entry whose hash is `previous`: SHA-256 of its
 * content and that hash as canonical JSON (jsonb's text form is the same whatever the session;
 * the time in UTC to the microsecond). The insert trigger and the verifier both use it.
 */
export const auditDigestSql = (row: string, previous: string) =>
  `encode(sha256(convert_to(jsonb_build_array(${previous}, ${row}.id, ${row}.hub_id, ${row}.sequence, ${row}.chain_position, ${row}.actor_id, ${row}.entity_type, ${row}.entity_id, ${row}.action, ${row}.changes, ${row}.related, ${row}.operation, ${row}.request_id, ${row}.address, to_char(${row}.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'))::text, 'UTF8')), 'hex')`;

/**
 * One change to one record (or one sign-in, one read of personal data), written in the same
 * transaction as what it records. Entries are append-only: the application role may insert and
 * read its own hub's entries — and entries outside any hub only while it acts outside any hub —
 * and a trigger refuses every update and delete, whoever makes it.
 *
 * Entries are tamper-evident: each chain (one per hub, one for the platform) is numbered by
 * `chainPosition`, and each entry's `hash` is the SHA-256 of the previous entry's hash and its own
 * content (`auditDigestSql`). A trigger in the database computes both on insert
 * from the chain's head (`AuditChain`), whatever the application sends, so a changed, removed or
 * inserted entry breaks the chain; `pnpm audit:verify` walks every chain and names the first
 * broken link.
 */
@ObjectType({ description: 'An entry of the audit trail: who changed or read which record, when, from where, and how.' })
@Entity({
  tableName: 'audit_entry',
  rowLevelSecurity: 'force',
  policies: [
    { name: 'audit_entry_read_own_hub', command: 'select', using: `${CHAIN_OF()} = ${CURRENT_CHAIN}` },
    { name: 'audit_entry_append', command: 'insert', check: `${CHAIN_OF()} = ${CURRENT_CHAIN}` },
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
@Trigger({
  name: 'audit_entry_chain',
  timing: 'before',
  events: ['insert'],
  forEach: 'row',
  // The chain's head row stays locked until the transaction ends, so positions follow commit order.
  body: `insert into audit_chain (chain_id, length) values (${CHAIN_OF('new')}, 0) on conflict (chain_id) do nothing;
    update audit_chain set length = length + 1 where chain_id = ${CHAIN_OF('new')} returning length, last_hash into new.chain_position, new.previous_hash;
    new.hash := ${auditDigestSql('new', 'new.previous_hash')};
    update audit_chain set last_hash = new.hash where chain_id = ${CHAIN_OF('new')};
    return new;`,
})
@Index({ properties: ['hubId', 'entityType', 'entityId'] })
@Unique({ properties: ['hubId', 'sequence'] })
@Unique({ properties: ['hubId', 'chainPosition'] })
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

  @Field(() => RecordedEntity, { description: 'Kind of record, e.g. Issue or Project.' })
  @Property({ type: 'string' })
  entityType!: RecordedEntity;

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

  @Field(() => String, { nullable: true, description: 'Network address the request came from.' })
  @Property({ type: 'string', length: 64, nullable: true })
  address?: string | null;

  /** Position in its chain (the hub's, or the platform's); set by the database. */
  @Field(() => Int, { description: 'Position of the entry in its hub’s chain (set by the database).' })
  @Property({ type: 'bigint', defaultRaw: '0' })
  chainPosition: Opt<string> = '0';

  /** Hash of the entry before it in the chain; set by the database. */
  @Property({ type: 'string', length: 64, nullable: true })
  previousHash?: Opt<string> | null;

  @Field(() => String, { description: 'SHA-256 of the previous entry’s hash and this entry (set by the database): a changed or removed entry breaks the chain.' })
  @Property({ type: 'string', length: 64, defaultRaw: "''" })
  hash: Opt<string> = '';
}
