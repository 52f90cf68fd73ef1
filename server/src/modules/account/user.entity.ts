import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { SecondaryArea } from '../reference/secondary-area.entity.js';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../platform/base.entity.js';
import { GlobalRole } from './account.enums.js';

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

  /** Set when someone else chose the password (an initial password): the next sign-in must replace it. */
  @Property({ type: 'boolean', default: false })
  mustChangePassword: Opt<boolean> = false;

  /** The authenticator app's shared secret (base32), once the second factor is set up. */
  @Property({ type: 'string', nullable: true, hidden: true, lazy: true })
  totpSecret?: string | null;

  @Field(() => Date, { name: 'secondFactorSince', nullable: true, description: 'When sign-in began to ask for a code of an authenticator app; empty without a second factor.' })
  @Property({ type: 'datetime', nullable: true })
  totpEnabledAt?: Date | null;

  /** The last time step a code was accepted for: a code is good once (no replay within its 30 s). */
  @Property({ type: 'bigint', nullable: true, hidden: true, lazy: true })
  totpLastStep?: string | null;

  /** SHA-256 of each unused recovery code. */
  @Property({ type: 'text[]', hidden: true, lazy: true, defaultRaw: "'{}'" })
  recoveryCodeHashes: Opt<string[]> = [];

  /** For a health-centre account: the secondary area its health centre oversees. */
  @ManyToOne(() => SecondaryArea, { ref: true, nullable: true })
  secondaryArea?: Ref<SecondaryArea> | null;

  @Field(() => ID, { nullable: true, name: 'secondaryAreaId', description: "For a health-centre account: the secondary area it oversees (its roll-up and area report)." })
  get secondaryAreaIdField(): string | null {
    return this.secondaryArea?.id ?? null;
  }
}

declare module '../../platform/context.js' {
  interface Registered {
    globalRole: GlobalRole;
  }
}
