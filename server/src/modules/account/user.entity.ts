import { Entity, Enum, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../platform/base.entity.js';

export enum GlobalRole {
  PREFECTURE_ADMIN = 'PREFECTURE_ADMIN',
}
registerEnumType(GlobalRole, {
  name: 'GlobalRole',
  description: 'A role that spans all hubs.',
  valuesConfig: { PREFECTURE_ADMIN: { description: '道本庁: designates hubs, sees every hub, maintains reference data.' } },
});

@ObjectType({ description: 'A person who can sign in.' })
@Entity({ tableName: 'app_user' })
export class User extends BaseEntity {
  /** Stored lower-cased so that sign-in ignores case. */
  @Field(() => String, { description: 'Sign-in e-mail address (lower case).' })
  @Property({ type: 'string', unique: true })
  email!: string;

  @Field(() => String, { description: 'Name shown to other members.' })
  @Property({ type: 'string' })
  displayName!: string;

  @Property({ type: 'string', hidden: true, lazy: true })
  passwordHash!: string;

  @Field(() => GlobalRole, { nullable: true, description: 'Role across all hubs, if any.' })
  @Enum({ items: () => GlobalRole, nativeEnumName: 'global_role', nullable: true })
  globalRole?: GlobalRole | null;

  @Property({ type: 'datetime', nullable: true })
  passwordChangedAt?: Date | null;
}
