import { createHash, randomBytes } from 'node:crypto';
import { type Algorithm, hash, verify } from '@node-rs/argon2';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import { type Database, type HubMembership, type Viewer, Unscoped } from '../../platform/context.js';
import type { MembershipService } from '../hub/membership.service.js';
import { invalidCredentials, loginRateLimited, passwordPolicy } from './account.errors.js';
import { backoffs, backoffSeconds } from './login-limit.rules.js';
import { LoginAttempt } from './login-attempt.entity.js';
import { passwordProblems } from './password.rules.js';
import { needsTouch, sessionState } from './session.rules.js';
import { nextSignInStep, SignInStep, type SignInFacts } from './second-factor.rules.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';
import { GlobalRole } from './account.types.js';
import { actAs } from '../../platform/request-scope.js';
import { notFound } from '../../platform/errors.js';

/** argon2id with the parameters OWASP recommends for interactive sign-in (19 MiB, 2 passes). */
const ARGON2 = { algorithm: 2 as Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function normalizeEmail(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export type IssuedSession = { token: string; expiresAt: Date; user: User; step: SignInStep };

/** What decides the steps of a user's sign-in. */
export function signInFacts(user: User): SignInFacts {
  return {
    mustChangePassword: Boolean(user.mustChangePassword),
    secondFactorEnabled: Boolean(user.totpEnabledAt),
    secondFactorRequired: user.globalRole === GlobalRole.PREFECTURE_ADMIN,
  };
}

export class AuthService {
  /** Verified against when the e-mail is unknown, so that a miss costs the same time as a wrong password. */
  private readonly decoyHash: Promise<string>;

  constructor(private readonly config: Config, private readonly membershipsOf: MembershipService, private readonly now: () => Date = () => new Date()) {
    this.decoyHash = hash(randomBytes(16).toString('hex'), ARGON2);
  }

  hashPassword(password: string, email?: string): Promise<string> {
    const problems = passwordProblems(password, { email });
    if (problems.length) throw passwordPolicy(problems);
    return hash(password, ARGON2);
  }

  verifyPassword(passwordHash: string, password: string): Promise<boolean> {
    return verify(passwordHash, password.slice(0, 1024)).catch(() => false);
  }

  /**
   * The password step of a sign-in. The session it opens may at once be used when nothing else is
   * needed; otherwise it serves only the step it names (a new password, the second factor, or
   * setting one up) until that is done.
   */
  async login(em: EntityManager, input: { email: string; password: string; ip: string; userAgent?: string }): Promise<IssuedSession> {
    const email = normalizeEmail(input.email);
    const user = await em.findOne(User, { email }, { populate: ['passwordHash'] });
    if (!(await this.attempt(em, email, user?.passwordHash ?? null, input.password, input.ip)) || !user) throw invalidCredentials();
    actAs(user.id);
    return this.issueSession(em, user, input.ip, input.userAgent, nextSignInStep(signInFacts(user)));
  }

  /**
   * A session that is signed in or part-way through signing in, with its account: for the steps
   * of a sign-in and for signing out. Null when the token is unknown, revoked or expired.
   */
  async pending(em: EntityManager, token: string | null | undefined): Promise<{ session: Session; user: User } | null> {
    if (!token) return null;
    const session = await em.findOne(Session, { tokenHash: hashToken(token) }, { populate: ['user'] });
    if (!session || sessionState(session, this.config.session.idleMinutes * 60_000, this.now()) !== 'ACTIVE') return null;
    return { session, user: session.user.getEntity() };
  }

  /**
   * Failed sign-ins of the account since its previous successful one, up to this session's: what
   * its owner should know on signing in (someone may be guessing the password).
   */
  async failedSignInsBefore(em: EntityManager, user: User, sessionId: string): Promise<{ count: number; last: LoginAttempt | null }> {
    const session = await em.findOneOrFail(Session, { id: sessionId });
    const [, previous] = await em.find(LoginAttempt, { email: user.email, succeeded: true, attemptedAt: { $lte: session.createdAt } }, { orderBy: { attemptedAt: 'desc' }, limit: 2 });
    const where = { email: user.email, succeeded: false, attemptedAt: { $lte: session.createdAt, ...(previous ? { $gt: previous.attemptedAt } : {}) } };
    const [count, last] = await Promise.all([em.count(LoginAttempt, where), em.findOne(LoginAttempt, where, { orderBy: { attemptedAt: 'desc' } })]);
    return { count, last };
  }

  /** Records a wrong second-factor code as a failed sign-in of the account: it counts towards the password backoff too. */
  async recordFailedCode(em: EntityManager, user: User, ip: string): Promise<void> {
    em.create(LoginAttempt, { email: user.email, ip, succeeded: false, attemptedAt: this.now() });
    await em.flush();
  }

  /**
   * Checks a known account's password the way sign-in does: refused while the account or the
   * address is locked out, and every attempt counts towards the limits. Call it outside any
   * transaction that a refusal rolls back, or the failed attempt would not be kept.
   */
  async confirmPassword(em: EntityManager, user: User, password: string, ip: string): Promise<void> {
    if (!(await this.attempt(em, user.email, user.passwordHash, password, ip))) throw invalidCredentials();
  }

  /**
   * One password attempt against the limits: refused while locked out, recorded either way. An
   * unknown account (no hash) is checked against a decoy, so that it takes as long as a real one.
   */
  private async attempt(em: EntityManager, email: string, passwordHash: string | null, password: string, ip: string): Promise<boolean> {
    const now = this.now();
    await this.assertNotRateLimited(em, email, ip, now);
    const ok = (await this.verifyPassword(passwordHash ?? (await this.decoyHash), password)) && passwordHash !== null;
    em.create(LoginAttempt, { email, ip, succeeded: ok, attemptedAt: now });
    await em.flush();
    return ok;
  }

  async issueSession(em: EntityManager, user: User, ip: string, userAgent?: string, step: SignInStep = SignInStep.DONE): Promise<IssuedSession> {
    const now = this.now();
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.config.session.absoluteHours * 3_600_000);
    em.create(Session, {
      tokenHash: hashToken(token),
      user,
      lastSeenAt: now,
      expiresAt,
      ip,
      userAgent: userAgent?.slice(0, 512) ?? null,
      step,
    });
    await em.flush();
    return { token, expiresAt, user, step };
  }

  /** Revokes the session at once; a revoked token is refused on HTTP and WebSocket alike. */
  async logout(em: EntityManager, token: string): Promise<void> {
    const session = await em.findOne(Session, { tokenHash: hashToken(token), revokedAt: null });
    if (!session) return;
    session.revokedAt = this.now();
    await em.flush();
  }

  /**
   * Revokes every session of a user but one (after a password change, a second factor set up, or
   * on request), through the unit of work so that each revocation is audited as a sign-out.
   * Answers how many ended.
   */
  async revokeAll(em: EntityManager, userId: string, exceptSessionId?: string): Promise<number> {
    const sessions = await em.find(Session, { user: userId, revokedAt: null, ...(exceptSessionId ? { id: { $ne: exceptSessionId } } : {}) });
    for (const session of sessions) session.revokedAt = this.now();
    await em.flush();
    return sessions.length;
  }

  /** The account of an e-mail address, or null. */
  userByEmail(em: EntityManager, email: string, options: { withPasswordHash?: boolean } = {}): Promise<User | null> {
    return em.findOne(User, { email }, options.withPasswordHash ? { populate: ['passwordHash'] } : {});
  }

  /** A new account (an accepted invitation); the password policy applies. */
  async createAccount(tx: EntityManager, input: { email: string; displayName: string; password: string }): Promise<User> {
    return tx.create(User, { email: input.email, displayName: input.displayName, passwordHash: await this.hashPassword(input.password, input.email), passwordChangedAt: this.now() });
  }

  /** A person by id (any em: people belong to no hub). */
  user(em: EntityManager, userId: string): Promise<User> {
    return em.findOneOrFail(User, { id: userId });
  }

  /** Changes the viewer's password after checking the current one; every other session ends. */
  async changePassword(em: EntityManager, viewer: Viewer, currentPassword: string, newPassword: string): Promise<void> {
    await em.transactional(async (tx) => {
      const user = await tx.findOneOrFail(User, { id: viewer.userId }, { populate: ['passwordHash'] });
      if (!(await this.verifyPassword(user.passwordHash, currentPassword))) throw invalidCredentials();
      user.passwordHash = await this.hashPassword(newPassword, user.email);
      user.passwordChangedAt = this.now();
      await tx.flush();
      await this.revokeAll(tx, user.id, viewer.sessionId);
    });
  }

  /** Revokes one session of the user's own; another person's is not found. */
  async revokeOwnSession(em: EntityManager, userId: string, sessionId: string): Promise<void> {
    const session = await em.findOne(Session, { id: sessionId, user: userId, revokedAt: null });
    if (!session) throw notFound({ ja: 'セッション', en: 'The session' });
    session.revokedAt = this.now();
    await em.flush();
  }

  /** The user's sessions that are signed in and still open, most recently used first. */
  async openSessions(em: EntityManager, userId: string): Promise<Session[]> {
    const now = this.now();
    const sessions = await em.find(Session, { user: userId, revokedAt: null, step: SignInStep.DONE, expiresAt: { $gt: now } }, { orderBy: { lastSeenAt: 'desc' } });
    return sessions.filter((s) => sessionState(s, this.idleMs, now) === 'ACTIVE');
  }

  /** How long a session may sit idle. */
  get idleMs(): number {
    return this.config.session.idleMinutes * 60_000;
  }

  /** The viewer behind a session token, read from the operation's database (sessions belong to no hub). */
  viewerOf(db: Database, token: string | null | undefined): Promise<Viewer | null> {
    return this.resolve(db.unscoped(Unscoped.ACCOUNTS), token);
  }

  /** The viewer behind a session token, or null when the token is unknown, revoked or expired. */
  async resolve(em: EntityManager, token: string | null | undefined): Promise<Viewer | null> {
    if (!token) return null;
    const now = this.now();
    const session = await em.findOne(Session, { tokenHash: hashToken(token) }, { populate: ['user'] });
    if (!session) return null;
    if (sessionState(session, this.config.session.idleMinutes * 60_000, now) !== 'ACTIVE') return null;
    // Part-way through signing in: nothing but the steps of the sign-in (account.resolver.ts).
    if (session.step !== SignInStep.DONE) return null;
    if (needsTouch(session.lastSeenAt, now)) {
      await em.nativeUpdate(Session, { id: session.id }, { lastSeenAt: now });
    }
    const user = session.user.getEntity();
    const secondaryAreaId = user.globalRole === GlobalRole.HEALTH_CENTER ? (user.secondaryArea?.id ?? null) : null;
    const areaHubIds = secondaryAreaId ? await this.membershipsOf.hubIdsOfArea(em, secondaryAreaId) : [];
    return {
      userId: user.id,
      sessionId: session.id,
      globalRole: user.globalRole ?? null,
      memberships: await this.memberships(em, user.id),
      secondaryAreaId,
      areaHubIds: new Set(areaHubIds),
    };
  }

  memberships(em: EntityManager, userId: string): Promise<Map<string, HubMembership>> {
    return this.membershipsOf.ofViewer(em, userId);
  }

  /**
   * Deletes sign-in attempts older than the retention (LOGIN_ATTEMPT_RETENTION_DAYS); they are the
   * sign-in access log, so the retention is long, and always longer than the lockout window.
   * Returns how many went.
   */
  async pruneLoginAttempts(em: EntityManager): Promise<number> {
    const before = new Date(this.now().getTime() - this.config.loginLimits.retentionDays * 86_400_000);
    return em.nativeDelete(LoginAttempt, { attemptedAt: { $lt: before } });
  }

  /**
   * Backoff, never lockout: an attempt waits while one of the three backoffs (login-limit.rules.ts)
   * runs, each counted over the failures since the last success within the window.
   */
  private async assertNotRateLimited(em: EntityManager, email: string, ip: string, now: Date): Promise<void> {
    const { perAccount, perIp, windowMinutes } = this.config.loginLimits;
    const rules = backoffs({ perAccount, perIp });
    const since = new Date(now.getTime() - windowMinutes * 60_000);
    const after = async (where: { email?: string; ip?: string }) => {
      const success = await em.findOne(LoginAttempt, { ...where, succeeded: true }, { orderBy: { attemptedAt: 'desc' }, fields: ['attemptedAt'] });
      return success && success.attemptedAt > since ? success.attemptedAt : since;
    };
    const failures = async (where: { email?: string; ip?: string }, limit: number) =>
      (await em.find(LoginAttempt, { ...where, succeeded: false, attemptedAt: { $gt: await after(where) } }, { fields: ['attemptedAt'], orderBy: { attemptedAt: 'desc' }, limit })).map((a) => a.attemptedAt);
    // Enough rows to reach each cap (the exponent stops growing there).
    const rows = (rule: { threshold: number }) => rule.threshold + 16;
    const wait = Math.max(
      backoffSeconds(await failures({ email, ip }, rows(rules.pair)), rules.pair, now) ?? 0,
      backoffSeconds(await failures({ email }, rows(rules.account)), rules.account, now) ?? 0,
      backoffSeconds(await failures({ ip }, rows(rules.address)), rules.address, now) ?? 0,
    );
    if (wait > 0) throw loginRateLimited(wait, now);
  }

}
