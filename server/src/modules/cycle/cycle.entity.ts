import type { Opt } from '@mikro-orm/core';
import { Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { HubOwned, VersionedHubEntity } from '../../platform/tenancy.js';
import { CyclePhase } from './cycle.types.js';

/** One fiscal year's project cycle of a hub. */
@ObjectType({ description: "A hub's project cycle for one fiscal year (April–March)." })
@HubOwned('cycle')
@Unique({ properties: ['hub', 'fiscalYear'] })
export class Cycle extends VersionedHubEntity {
  @Field(() => Int, { description: 'Fiscal year by its starting calendar year: 2025 = 2025-04-01 … 2026-03-31.' })
  @Property({ type: 'smallint' })
  fiscalYear!: number;

  @Field(() => CyclePhase, { description: 'Current phase.' })
  @Enum({ items: () => CyclePhase, nativeEnumName: 'cycle_phase' })
  phase: Opt<CyclePhase> = CyclePhase.ISSUE_IDENTIFICATION;

  @Field(() => Date, { nullable: true, description: 'When the cycle was closed.' })
  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;
}
