import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../platform/base.entity.js';
import { HomeCareZone } from '../reference/home-care-zone.entity.js';
import { DesignationStatus } from '../reference/reference.types.js';

/** A change of a zone's designation status, with its date. */
@ObjectType({ description: "A change in a zone's designation status." })
@Entity({ tableName: 'designation_change' })
@Index({ properties: ['zone', 'changedOn'] })
export class DesignationChange extends BaseEntity {
  @ManyToOne(() => HomeCareZone, { ref: true })
  zone!: Ref<HomeCareZone>;

  @Field(() => DesignationStatus, { nullable: true, description: 'Status before (empty for the seeded starting point).' })
  @Enum({ items: () => DesignationStatus, nativeEnumName: 'designation_status', nullable: true })
  fromStatus?: DesignationStatus | null;

  @Field(() => DesignationStatus, { description: 'Status after.' })
  @Enum({ items: () => DesignationStatus, nativeEnumName: 'designation_status' })
  toStatus!: DesignationStatus;

  @Field(() => LocalDateResolver, { description: 'Date of the change.' })
  @Property({ type: 'date' })
  changedOn!: string;

  @Field(() => String, { description: 'Note.' })
  @Property({ type: 'text' })
  note: string = '';

  @Field(() => ID, { nullable: true, description: 'Who recorded it.' })
  @Property({ type: 'uuid', nullable: true })
  recordedBy?: string | null;
}

/** A note of one approach to a zone: a visit, a meeting, a call. */
@ObjectType({ description: 'A note of an approach to a zone (働きかけ): date, who, what was agreed.' })
@Entity({ tableName: 'zone_approach' })
export class ZoneApproach extends BaseEntity {
  @ManyToOne(() => HomeCareZone, { ref: true, index: true })
  zone!: Ref<HomeCareZone>;

  @Field(() => LocalDateResolver, { description: 'Date.' })
  @Property({ type: 'date' })
  approachedOn!: string;

  @Field(() => String, { description: 'Who was met (and who went).' })
  @Property({ type: 'string' })
  who!: string;

  @Field(() => String, { description: 'What was agreed.' })
  @Property({ type: 'text' })
  agreed!: string;

  @Field(() => ID, { nullable: true, description: 'Who recorded it.' })
  @Property({ type: 'uuid', nullable: true })
  recordedBy?: string | null;
}
