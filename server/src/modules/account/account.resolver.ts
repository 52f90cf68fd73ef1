import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, registerEnumType, Resolver } from 'type-graphql';
import { unauthenticated } from '../../platform/errors.js';
import { type Context, Unscoped } from '../../platform/context.js';
import { setSessionCookie, clearSessionCookie } from '../../platform/session-cookie.js';
import type { IssuedSession } from './auth.service.js';
import { type User } from './user.entity.js';
import type { Session } from './session.entity.js';
import { SignInStep } from './second-factor.rules.js';
import { Me, SignIn, SecondFactorSetup, SecondFactorEnabled, SessionInfo } from './account.types.js';

registerEnumType(SignInStep, {
  name: 'SignInStep',
  description: 'What a sign-in still needs before the session may be used.',
  valuesConfig: {
    DONE: { description: 'Signed in.' },
    CHANGE_PASSWORD: { description: 'The password was given to the person by someone else: choose a new one (changeInitialPassword).' },
    SECOND_FACTOR: { description: 'Enter the code of the authenticator app, or a recovery code (verifySecondFactor).' },
    SET_UP_SECOND_FACTOR: { description: 'This role must use a second factor: set one up (beginSecondFactorSetup, confirmSecondFactorSetup).' },
  },
});

export function signedIn(ctx: Context, session: IssuedSession): SignIn {
  if (ctx.http) setSessionCookie(ctx.http.res, session.token, session.expiresAt, ctx.http.secure);
  return { user: session.user, expiresAt: session.expiresAt, next: session.step };
}

@Resolver()
export class AccountResolver {
  @Query(() => Me, { nullable: true, description: 'The signed-in person, or null when not signed in.' })
  async me(@Ctx() ctx: Context): Promise<Me | null> {
    if (!ctx.viewer) return null;
    const em = ctx.db.unscoped(Unscoped.ACCOUNTS);
    const user = await ctx.services.auth.user(em, ctx.viewer.userId);
    const memberships = await ctx.services.memberships.withHubs(ctx.db.unscoped(Unscoped.MEMBERSHIP), user.id);
    const failed = await ctx.services.auth.failedSignInsBefore(em, user, ctx.viewer.sessionId);
    const signInNotice = failed.count && failed.last ? { failedAttempts: failed.count, lastFailedAt: failed.last.attemptedAt, lastFailedFrom: failed.last.ip } : null;
    return { user, memberships, signInNotice };
  }

  @Authorized()
  @Query(() => [SessionInfo], { description: 'Your sessions that are still open, the current one first.' })
  async mySessions(@Ctx() ctx: Context): Promise<SessionInfo[]> {
    const viewer = ctx.viewer!;
    return (await ctx.services.auth.openSessions(ctx.db.unscoped(Unscoped.ACCOUNTS), viewer.userId))
      .map((s) => ({ id: s.id, signedInAt: s.createdAt, lastSeenAt: s.lastSeenAt, ip: s.ip ?? null, userAgent: s.userAgent ?? null, current: s.id === viewer.sessionId }))
      .sort((a, b) => Number(b.current) - Number(a.current));
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends one of your sessions at once (another browser or device).' })
  async revokeSession(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.auth.revokeOwnSession(ctx.db.unscoped(Unscoped.ACCOUNTS), ctx.viewer!.userId, sessionId);
    return true;
  }

  @Authorized()
  @Mutation(() => Int, { description: 'Ends every session of yours but this one; answers how many ended.' })
  revokeOtherSessions(@Ctx() ctx: Context): Promise<number> {
    return ctx.services.auth.revokeAll(ctx.db.unscoped(Unscoped.ACCOUNTS), ctx.viewer!.userId, ctx.viewer!.sessionId);
  }

  @Mutation(() => SignIn, { description: 'The CHANGE_PASSWORD step of a sign-in: replaces the password someone else chose.' })
  async changeInitialPassword(@Arg('newPassword', () => String) newPassword: string, @Ctx() ctx: Context): Promise<SignIn> {
    const pending = await this.pending(ctx);
    const next = await ctx.services.secondFactor.changeInitialPassword(ctx.db.unscoped(Unscoped.ACCOUNTS), pending.session, pending.user, newPassword);
    return { user: pending.user, expiresAt: pending.session.expiresAt, next };
  }

  @Mutation(() => SignIn, { description: 'The SECOND_FACTOR step of a sign-in: the current code of the authenticator app, or a recovery code.' })
  async verifySecondFactor(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<SignIn> {
    const pending = await this.pending(ctx);
    await ctx.services.secondFactor.verify(ctx.db.unscoped(Unscoped.ACCOUNTS), pending.session, pending.user, code, ctx.ip);
    return { user: pending.user, expiresAt: pending.session.expiresAt, next: pending.session.step };
  }

  @Mutation(() => SecondFactorSetup, { description: 'Starts setting up a second factor: signed in, or in the SET_UP_SECOND_FACTOR step of a sign-in.' })
  async beginSecondFactorSetup(@Ctx() ctx: Context): Promise<SecondFactorSetup> {
    const pending = await this.pending(ctx);
    return ctx.services.secondFactor.beginSetup(ctx.db.unscoped(Unscoped.ACCOUNTS), pending.session, pending.user);
  }

  @Mutation(() => SecondFactorEnabled, { description: 'Turns the second factor on with the first code of the app; ends your other sessions.' })
  async confirmSecondFactorSetup(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<SecondFactorEnabled> {
    const pending = await this.pending(ctx);
    const recoveryCodes = await ctx.services.secondFactor.confirmSetup(ctx.db.unscoped(Unscoped.ACCOUNTS), pending.session, pending.user, code, ctx.ip);
    return { recoveryCodes, next: pending.session.step };
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Turns the second factor off, with the password (not for prefecture administrators).' })
  async disableSecondFactor(@Arg('password', () => String) password: string, @Ctx() ctx: Context): Promise<boolean> {
    const em = ctx.db.unscoped(Unscoped.ACCOUNTS);
    await ctx.services.secondFactor.disable(em, await ctx.services.auth.user(em, ctx.viewer!.userId), password);
    return true;
  }

  @Authorized()
  @Mutation(() => [String], { description: 'Ten new recovery codes, for the current code of the app; the old ones stop working.' })
  async regenerateRecoveryCodes(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<string[]> {
    const pending = await this.pending(ctx);
    return ctx.services.secondFactor.regenerateRecoveryCodes(ctx.db.unscoped(Unscoped.ACCOUNTS), pending.session, pending.user, code, ctx.ip);
  }

  /** The caller's session and account, signed in or part-way through signing in. */
  private async pending(ctx: Context): Promise<{ session: Session; user: User }> {
    const pending = await ctx.services.auth.pending(ctx.db.unscoped(Unscoped.ACCOUNTS), ctx.sessionToken);
    if (!pending) throw unauthenticated();
    return pending;
  }

  @Mutation(() => SignIn, { description: 'Signs in with e-mail and password; sets the session cookie.' })
  async login(@Arg('email', () => String) email: string, @Arg('password', () => String) password: string, @Ctx() ctx: Context): Promise<SignIn> {
    const session = await ctx.services.auth.login(ctx.db.unscoped(Unscoped.ACCOUNTS), { email, password, ip: ctx.ip, userAgent: ctx.userAgent ?? undefined });
    return signedIn(ctx, session);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session at once (also for open live connections that reconnect).' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.sessionToken) await ctx.services.auth.logout(ctx.db.unscoped(Unscoped.ACCOUNTS), ctx.sessionToken);
    if (ctx.http) clearSessionCookie(ctx.http.res, ctx.http.secure);
    return true;
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Changes the password; every other session of the account is ended.' })
  async changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await ctx.services.auth.changePassword(ctx.db.unscoped(Unscoped.ACCOUNTS), ctx.viewer!, currentPassword, newPassword);
    return true;
  }
}
