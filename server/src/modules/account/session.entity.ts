import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { SignInStep } from './second-factor.rules.js';
import { BaseEntity } from '../../platform/base.entity.js';
import { User } from './user.entity.js';

/**
 * A signed-in session. The browser holds a random token; only its SHA-256 is stored,
 * so a copy of the table cannot be replayed. Revoking sets `revokedAt`.
 */
@Entity({ tableName: 'user_session' })
export class Session extends BaseEntity {
  @Property({ type: 'string', unique: true, hidden: true })
  tokenHash!: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade', index: true })
  user!: Ref<User>;

  @Property({ type: 'datetime' })
  lastSeenAt!: Date;

  /** Absolute end of the session, whatever the activity. */
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Index()
  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'string', nullable: true })
  ip?: string | null;

  @Property({ type: 'string', nullable: true, length: 512 })
  userAgent?: string | null;

  /** What the sign-in still needs; until DONE the session serves only that step. */
  @Enum({ items: () => SignInStep, nativeEnumName: 'sign_in_step', default: SignInStep.DONE })
  step: Opt<SignInStep> = SignInStep.DONE;

  /** Wrong codes entered in this sign-in. */
  @Property({ type: 'integer', default: 0 })
  codeFailures: Opt<number> = 0;

  /** A second factor being set up: the secret shown, waiting for its first code. */
  @Property({ type: 'string', nullable: true, hidden: true })
  pendingTotpSecret?: string | null;
}
