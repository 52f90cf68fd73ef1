import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../platform/base.entity.js';
import { User } from '../account/user.entity.js';
import { Municipality } from '../reference/municipality.entity.js';
import { Hub } from './hub.entity.js';
import { HubRole } from './hub.enums.js';

/** An invitation to join a hub; accepted with its one-time token (only the token's hash is kept). */
@ObjectType({ description: 'An invitation to join a hub with a role.' })
@Entity({ tableName: 'invitation' })
export class Invitation extends BaseEntity {
  @ManyToOne(() => Hub, { ref: true, deleteRule: 'cascade', index: true })
  hub!: Ref<Hub>;

  @Field(() => String, { description: 'E-mail address invited (lower case).' })
  @Property({ type: 'string' })
  email!: string;

  @Field(() => HubRole, { description: 'Role the invitee will have.' })
  @Enum({ items: () => HubRole, nativeEnumName: 'hub_role' })
  role!: HubRole;

  @ManyToOne(() => Municipality, { ref: true, nullable: true })
  municipality?: Ref<Municipality> | null;

  @Property({ type: 'string', unique: true, hidden: true })
  tokenHash!: string;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  invitedBy?: Ref<User> | null;

  @Field(() => Date, { description: 'The invitation cannot be accepted after this time.' })
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was accepted.' })
  @Property({ type: 'datetime', nullable: true })
  acceptedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the secretariat withdrew it.' })
  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;
}
