import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AuditAction } from '../audit/audit.types.js';
import { RecordedEntity } from '../audit/audit.types.js';

/** A committed change inside a hub, delivered live and kept for catching up. */
@ObjectType({ description: 'A committed change in a hub: which record changed, how, by whom, and its place in the hub’s stream.' })
export class HubEvent {
  @Field(() => ID, { description: 'The hub.' })
  hubId!: string;

  @Field(() => Int, { description: 'Position in the hub’s stream; grows by one per event, in commit order.' })
  sequence!: number;

  @Field(() => ID, { nullable: true, description: 'Who made the change.' })
  actorId!: string | null;

  @Field(() => RecordedEntity, { description: 'Kind of record, e.g. Issue, Expense, Meeting.' })
  entityType!: RecordedEntity;

  @Field(() => ID, { description: 'The record, to refetch it.' })
  entityId!: string;

  @Field(() => AuditAction, { description: 'Created, changed or removed.' })
  action!: AuditAction;

  @Field(() => String, { description: 'The mutation that made the change.' })
  operation!: string;

  @Field(() => GraphQLJSONObject, { description: 'Changed fields: { field: { before, after } }.' })
  changes!: Record<string, unknown>;

  @Field(() => GraphQLJSONObject, { description: 'Records this one belongs to: { meeting, project, cycle, budget … }.' })
  related!: Record<string, string>;

  @Field(() => String, { description: 'When it was committed (ISO 8601).' })
  at!: string;
}
