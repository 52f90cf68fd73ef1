import type { Ref } from '@mikro-orm/core';
import { ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { HubOwned, VersionedHubEntity } from '../../platform/tenancy.js';
import { Municipality } from '../reference/municipality.entity.js';

/** A municipality taking part in a hub, with its contact person. Hub-owned and versioned (several people edit the contact). */
@ObjectType({ description: 'A participating municipality (参加市町村) of a hub, with its contact person.' })
@HubOwned('participation')
@Unique({ properties: ['hub', 'municipality'] })
export class Participation extends VersionedHubEntity {
  @ManyToOne(() => Municipality, { ref: true })
  municipality!: Ref<Municipality>;

  @Field(() => String, { nullable: true, description: 'Contact person (担当者).' })
  @Property({ type: 'string', nullable: true })
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact e-mail address.' })
  @Property({ type: 'string', nullable: true })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact telephone number.' })
  @Property({ type: 'string', nullable: true })
  contactPhone?: string | null;
}
