import { Collection } from '@mikro-orm/core';
import { Entity, OneToMany, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../platform/base.entity.js';
import { SecondaryArea } from './secondary-area.entity.js';

@ObjectType({ description: 'Tertiary medical area (三次医療圏); Hokkaido has six.' })
@Entity({ tableName: 'tertiary_area' })
export class TertiaryArea extends BaseEntity {
  @Field(() => String, { description: 'Name, e.g. 道央.' })
  @Property({ type: 'string', unique: true })
  name!: string;

  @Field(() => Int, { description: 'Order in the prefecture plan, from 道南 onwards.' })
  @Property({ type: 'smallint' })
  position!: number;

  @OneToMany(() => SecondaryArea, (area) => area.tertiaryArea)
  secondaryAreas = new Collection<SecondaryArea>(this);
}
