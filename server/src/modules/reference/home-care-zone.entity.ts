import { Collection, type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, OneToMany, Property } from '@mikro-orm/decorators/legacy';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../platform/base.entity.js';
import { Municipality } from './municipality.entity.js';
import { SecondaryArea } from './secondary-area.entity.js';
import { ZonePopulation } from './zone-population.entity.js';
import { registerAreaOfRoot } from '../../platform/authorization.js';
import { DesignationStatus } from './reference.types.js';

@ObjectType({ description: 'Home-care zone (在宅医療圏); Hokkaido has 39, each made of municipalities.' })
@Entity({ tableName: 'home_care_zone' })
export class HomeCareZone extends BaseEntity {
  @Field(() => String, { description: 'Name, e.g. 北見 or 札幌市.' })
  @Property({ type: 'string', unique: true })
  name!: string;

  @Field(() => Int, { description: 'Order in the prefecture plan.' })
  @Property({ type: 'smallint' })
  position!: number;

  @ManyToOne(() => SecondaryArea, { ref: true })
  secondaryArea!: Ref<SecondaryArea>;

  @OneToMany(() => Municipality, (municipality) => municipality.zone, { orderBy: { position: 'asc' } })
  municipalities = new Collection<Municipality>(this);

  @OneToMany(() => ZonePopulation, (population) => population.zone, { orderBy: { year: 'asc' } })
  populations = new Collection<ZonePopulation>(this);

  @Field(() => DesignationStatus, { description: "Designation status of the zone's hub." })
  @Enum({ items: () => DesignationStatus, nativeEnumName: 'designation_status' })
  designationStatus: Opt<DesignationStatus> = DesignationStatus.NOT_STARTED;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date the hub was designated, if it is.' })
  @Property({ type: 'date', nullable: true })
  designatedOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of the last change of designation status.' })
  @Property({ type: 'date', nullable: true })
  statusChangedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Candidate implementing body (候補の実施主体).' })
  @Property({ type: 'string', nullable: true })
  candidateBody?: string | null;

  @Field(() => [String], { description: 'Active-role medical institutions that have said they will take part.' })
  @Property({ type: 'text[]' })
  candidateInstitutions: Opt<string[]> = [];
}

// A zone lies in its secondary area: a health centre's access to its fields depends on it.
registerAreaOfRoot((root) => (root instanceof HomeCareZone ? root.secondaryArea.id : null));
