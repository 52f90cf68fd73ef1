import type { Opt, Ref } from '@mikro-orm/core';
import { Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { HubOwned, VersionedHubEntity } from '../../platform/tenancy.js';
import { FundingSource } from '../budget/budget.types.js';
import { Municipality } from '../reference/municipality.entity.js';
import { ProgrammeItem } from './programme-item.js';

/** What a municipality counts, for its own programme, of what was done through the hub. */
@ObjectType({ description: "A municipality's programme result (市町村の実績): work done through the hub counted under one item (ア)–(ク)." })
@HubOwned('programme_result')
@Index({ properties: ['municipality', 'fiscalYear'] })
export class ProgrammeResult extends VersionedHubEntity {
  @ManyToOne(() => Municipality, { ref: true })
  municipality!: Ref<Municipality>;

  @Field(() => ID, { nullable: true, description: 'Project it came from.' })
  @Property({ type: 'uuid', nullable: true })
  projectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Activity it came from.' })
  @Property({ type: 'uuid', nullable: true })
  activityId?: string | null;

  @Field(() => ProgrammeItem, { description: 'Programme item (ア)–(ク) it counts under.' })
  @Enum({ items: () => ProgrammeItem, nativeEnumName: 'programme_item' })
  item!: ProgrammeItem;

  @Field(() => String, { description: 'What was done.' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => Int, { description: 'Number of sessions held.' })
  @Property({ type: 'integer' })
  sessions: Opt<number> = 0;

  @Field(() => Int, { description: 'Number of participants.' })
  @Property({ type: 'integer' })
  participants: Opt<number> = 0;

  @Field(() => LocalDateResolver, { description: 'First day of the period.' })
  @Property({ type: 'date' })
  periodStart!: string;

  @Field(() => LocalDateResolver, { description: 'Last day of the period.' })
  @Property({ type: 'date' })
  periodEnd!: string;

  @Field(() => Int, { description: 'Fiscal year the result counts for (that of the period start).' })
  @Property({ type: 'smallint' })
  fiscalYear!: number;

  @Field(() => FundingSource, { description: 'Funding the municipality claims any cost under.' })
  @Enum({ items: () => FundingSource, nativeEnumName: 'funding_source' })
  fundingSource: Opt<FundingSource> = FundingSource.MUNICIPAL_PROGRAMME;

  @Field(() => Int, { description: 'Cost the municipality claims for it, in yen (0 when it claims none).' })
  @Property({ type: 'integer' })
  costYen: Opt<number> = 0;

  @Field(() => String, { description: 'Who was paid, for a claimed cost.' })
  @Property({ type: 'string' })
  costPayee: Opt<string> = '';

  @Field(() => String, { nullable: true, description: 'Why the cost is not the one the hub recorded with the same payee and amount a few days apart (confirmed by the municipality, audited).' })
  @Property({ type: 'text', nullable: true })
  doubleFundingReason?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of the claimed cost.' })
  @Property({ type: 'date', nullable: true })
  costDate?: string | null;

  @Field(() => ID, { description: 'Member who recorded it.' })
  @Property({ type: 'uuid' })
  recordedBy!: string;
}
