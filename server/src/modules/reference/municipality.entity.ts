import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../platform/base.entity.js';
import { HomeCareZone } from './home-care-zone.entity.js';
import { MunicipalityKind } from './reference.types.js';

@ObjectType({ description: 'Municipality (市町村) of Hokkaido; 179 in all, each in one home-care zone.' })
@Entity({ tableName: 'municipality' })
export class Municipality extends BaseEntity {
  @Field(() => String, { description: 'Name, e.g. 北見市.' })
  @Property({ type: 'string', unique: true })
  name!: string;

  @Field(() => MunicipalityKind, { description: 'City, town or village (市/町/村).' })
  @Enum({ items: () => MunicipalityKind, nativeEnumName: 'municipality_kind' })
  kind!: MunicipalityKind;

  @Field(() => Int, { description: 'Order in the prefecture plan.' })
  @Property({ type: 'smallint' })
  position!: number;

  @ManyToOne(() => HomeCareZone, { ref: true, index: true })
  zone!: Ref<HomeCareZone>;
}
