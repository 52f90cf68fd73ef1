import type { Opt, Ref } from '@mikro-orm/core';
import { Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { HubOwned, VersionedHubEntity } from '../../platform/tenancy.js';
import { Cycle } from '../cycle/cycle.entity.js';
import { PlanState } from './plan.types.js';

/** The business plan (事業計画) of a cycle; its projects are edited in place and snapshotted per version. */
@ObjectType({ description: "A cycle's business plan (事業計画)." })
@HubOwned('plan')
@Unique({ properties: ['cycle'] })
export class Plan extends VersionedHubEntity {
  @ManyToOne(() => Cycle, { ref: true, deleteRule: 'cascade' })
  cycle!: Ref<Cycle>;

  @Field(() => PlanState, { description: 'Draft, circulated for comment, or adopted.' })
  @Enum({ items: () => PlanState, nativeEnumName: 'plan_state' })
  state: Opt<PlanState> = PlanState.DRAFT;

  @Field(() => Int, { description: 'Number of the version being worked on; each adoption freezes one, an edit after adoption starts the next.' })
  @Property({ type: 'integer' })
  versionNumber: Opt<number> = 1;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date the current version was adopted.' })
  @Property({ type: 'date', nullable: true })
  adoptedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Meeting at which it was adopted (name or reference).' })
  @Property({ type: 'string', nullable: true })
  adoptedAt?: string | null;

  @Field(() => ID, { nullable: true, description: 'Meeting record at which it was adopted, when meetings are recorded.' })
  @Property({ type: 'uuid', nullable: true })
  adoptedMeetingId?: string | null;
}
