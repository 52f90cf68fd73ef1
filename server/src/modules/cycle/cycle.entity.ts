import type { Opt } from '@mikro-orm/core';
import { Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { HubOwned, VersionedHubEntity } from '../../platform/tenancy.js';

export enum CyclePhase {
  ISSUE_IDENTIFICATION = 'ISSUE_IDENTIFICATION',
  PLANNING = 'PLANNING',
  IMPLEMENTATION = 'IMPLEMENTATION',
  EVALUATION = 'EVALUATION',
  CLOSED = 'CLOSED',
}
registerEnumType(CyclePhase, {
  name: 'CyclePhase',
  description: "Phase of a hub's yearly cycle, in order.",
  valuesConfig: {
    ISSUE_IDENTIFICATION: { description: '課題の洗い出し' },
    PLANNING: { description: '事業計画' },
    IMPLEMENTATION: { description: '事業実施' },
    EVALUATION: { description: '評価' },
    CLOSED: { description: '終了（次の事業へ）' },
  },
});

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
