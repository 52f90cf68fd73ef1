import type { Opt } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** One sign-in attempt; failures within the window drive the per-account and per-IP limits. */
@Entity({ tableName: 'login_attempt' })
@Index({ properties: ['email', 'attemptedAt'] })
@Index({ properties: ['ip', 'attemptedAt'] })
// Pruning deletes by age.
@Index({ properties: ['attemptedAt'] })
export class LoginAttempt {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'string' })
  email!: string;

  @Property({ type: 'string' })
  ip!: string;

  @Property({ type: 'boolean' })
  succeeded!: boolean;

  @Property({ type: 'datetime' })
  attemptedAt: Opt<Date> = new Date();
}
