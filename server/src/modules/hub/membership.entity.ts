import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, Unique } from '@mikro-orm/decorators/legacy';
import { ObjectType, Field } from 'type-graphql';
import { BaseEntity } from '../../platform/base.entity.js';
import { User } from '../account/user.entity.js';
import { Municipality } from '../reference/municipality.entity.js';
import { Hub } from './hub.entity.js';
import { HubRole } from './hub.enums.js';

/**
 * A person's role in a hub. Memberships and invitations are the access-control plane:
 * they are read to decide which hub a request may enter, so they sit beside the hub
 * table rather than inside a hub's row-level-security scope.
 */
@ObjectType({ description: "A person's membership of a hub." })
@Entity({ tableName: 'membership' })
@Unique({ properties: ['hub', 'user'] })
export class Membership extends BaseEntity {
  @ManyToOne(() => Hub, { ref: true, deleteRule: 'cascade' })
  hub!: Ref<Hub>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade', index: true })
  user!: Ref<User>;

  @Field(() => HubRole, { description: 'Role in the hub.' })
  @Enum({ items: () => HubRole, nativeEnumName: 'hub_role' })
  role!: HubRole;

  /** Set only for MUNICIPALITY members: the participating municipality they speak for. */
  @ManyToOne(() => Municipality, { ref: true, nullable: true })
  municipality?: Ref<Municipality> | null;
}

declare module '../../platform/context.js' {
  interface Registered {
    hubRole: HubRole;
  }
}
