import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../platform/context.js';
import { setSessionCookie, clearSessionCookie } from '../../platform/session-cookie.js';
import { Membership } from '../hub/membership.entity.js';
import { invalidCredentials } from './account.errors.js';
import type { IssuedSession } from './auth.service.js';
import { User } from './user.entity.js';

@ObjectType({ description: 'The signed-in person, with their memberships.' })
export class Me {
  @Field(() => User, { description: 'The account.' })
  user!: User;

  @Field(() => [Membership], { description: 'Hubs the person belongs to, with the role in each.' })
  memberships!: Membership[];
}

@ObjectType({ description: 'A successful sign-in. The session travels in an HttpOnly cookie, never in this payload.' })
export class SignIn {
  @Field(() => User, { description: 'The signed-in account.' })
  user!: User;

  @Field(() => Date, { description: 'Latest possible end of the session (12 hours after sign-in); 30 minutes without activity end it sooner.' })
  expiresAt!: Date;
}

export function signedIn(ctx: Context, session: IssuedSession): SignIn {
  if (ctx.http) setSessionCookie(ctx.http.res, session.token, session.expiresAt, ctx.http.secure);
  return { user: session.user, expiresAt: session.expiresAt };
}

@Resolver()
export class AccountResolver {
  @Query(() => Me, { nullable: true, description: 'The signed-in person, or null when not signed in.' })
  async me(@Ctx() ctx: Context): Promise<Me | null> {
    if (!ctx.viewer) return null;
    const user = await ctx.em.findOneOrFail(User, { id: ctx.viewer.userId });
    const memberships = await ctx.em.find(Membership, { user: user.id }, { populate: ['hub'], orderBy: { hub: { name: 'asc' } } });
    return { user, memberships };
  }

  @Mutation(() => SignIn, { description: 'Signs in with e-mail and password; sets the session cookie.' })
  async login(@Arg('email', () => String) email: string, @Arg('password', () => String) password: string, @Ctx() ctx: Context): Promise<SignIn> {
    const session = await ctx.services.auth.login(ctx.em, { email, password, ip: ctx.ip, userAgent: ctx.userAgent ?? undefined });
    return signedIn(ctx, session);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session at once (also for open live connections that reconnect).' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.sessionToken) await ctx.services.auth.logout(ctx.em, ctx.sessionToken);
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
    const viewer = ctx.viewer!;
    await ctx.em.transactional(async (tx) => {
      const user = await tx.findOneOrFail(User, { id: viewer.userId }, { populate: ['passwordHash'] });
      if (!(await ctx.services.auth.verifyPassword(user.passwordHash, currentPassword))) throw invalidCredentials();
      user.passwordHash = await ctx.services.auth.hashPassword(newPassword, user.email);
      user.passwordChangedAt = new Date();
      await tx.flush();
      await ctx.services.auth.revokeAll(tx, user.id, viewer.sessionId);
    });
    return true;
  }
}
