import type { Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../platform/base.entity.js';
import { HomeCareZone } from './home-care-zone.entity.js';

@ObjectType({ description: "A home-care zone's population as of 1 January of a year." })
@Entity({ tableName: 'zone_population' })
@Unique({ properties: ['zone', 'year'] })
export class ZonePopulation extends BaseEntity {
  @ManyToOne(() => HomeCareZone, { ref: true, deleteRule: 'cascade' })
  zone!: Ref<HomeCareZone>;

  @Field(() => Int, { description: 'Calendar year; the figure is as of 1 January of it.' })
  @Property({ type: 'smallint' })
  year!: number;

  @Field(() => Int, { description: 'Number of inhabitants.' })
  @Property({ type: 'integer' })
  population!: number;
}
