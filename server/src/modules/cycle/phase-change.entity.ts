import type { Ref } from '@mikro-orm/core';
import { Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { HubOwned, HubOwnedEntity } from '../../platform/tenancy.js';
import { Cycle } from './cycle.entity.js';
import { CyclePhase } from './cycle.types.js';

/** A move of a cycle from one phase to another; moving back carries a reason. */
@ObjectType({ description: 'A change of phase of a cycle.' })
@HubOwned('phase_change')
export class PhaseChange extends HubOwnedEntity {
  @ManyToOne(() => Cycle, { ref: true, deleteRule: 'cascade' })
  cycle!: Ref<Cycle>;

  @Field(() => CyclePhase, { description: 'Phase before.' })
  @Enum({ items: () => CyclePhase, nativeEnumName: 'cycle_phase' })
  fromPhase!: CyclePhase;

  @Field(() => CyclePhase, { description: 'Phase after.' })
  @Enum({ items: () => CyclePhase, nativeEnumName: 'cycle_phase' })
  toPhase!: CyclePhase;

  @Field(() => String, { nullable: true, description: 'Why the cycle went back a phase.' })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Field(() => ID, { description: 'Who changed the phase.' })
  @Property({ type: 'uuid' })
  changedBy!: string;
}
