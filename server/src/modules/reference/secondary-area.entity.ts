import { Collection, type Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, OneToMany, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../platform/base.entity.js';
import { HomeCareZone } from './home-care-zone.entity.js';
import { TertiaryArea } from './tertiary-area.entity.js';

@ObjectType({ description: 'Secondary medical area (二次医療圏); a health centre oversees one. Hokkaido has 21.' })
@Entity({ tableName: 'secondary_area' })
export class SecondaryArea extends BaseEntity {
  @Field(() => String, { description: 'Name, e.g. 北網.' })
  @Property({ type: 'string', unique: true })
  name!: string;

  @Field(() => Int, { description: 'Order in the prefecture plan.' })
  @Property({ type: 'smallint' })
  position!: number;

  @ManyToOne(() => TertiaryArea, { ref: true })
  tertiaryArea!: Ref<TertiaryArea>;

  @OneToMany(() => HomeCareZone, (zone) => zone.secondaryArea)
  zones = new Collection<HomeCareZone>(this);
}
