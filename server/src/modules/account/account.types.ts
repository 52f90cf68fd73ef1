/** The account module's GraphQL output types; its enums are in account.enums.ts (re-exported here). */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Membership } from '../hub/membership.entity.js';
import { User } from './user.entity.js';
import { SignInStep } from './second-factor.rules.js';

export * from './account.enums.js';

@ObjectType({ description: 'The signed-in person, with their memberships.' })
export class Me {
  @Field(() => User, { description: 'The account.' })
  user!: User;

  @Field(() => [Membership], { description: 'Hubs the person belongs to, with the role in each.' })
  memberships!: Membership[];

  @Field(() => SignInNotice, { nullable: true, description: 'Failed sign-ins of the account between the previous sign-in and this one; empty when there were none.' })
  signInNotice?: SignInNotice | null;
}

@ObjectType({ description: 'A successful sign-in. The session travels in an HttpOnly cookie, never in this payload.' })
export class SignIn {
  @Field(() => User, { description: 'The signed-in account.' })
  user!: User;

  @Field(() => Date, { description: 'Latest possible end of the session (12 hours after sign-in); 30 minutes without activity end it sooner.' })
  expiresAt!: Date;

  @Field(() => SignInStep, { description: 'What the sign-in still needs; until DONE the session serves only that step.' })
  next!: SignInStep;
}

@ObjectType({ description: 'A second factor being set up: scan the QR code (or type the secret) into an authenticator app, then confirm with its first code.' })
export class SecondFactorSetup {
  @Field(() => String, { description: 'The shared secret, base32, for typing in by hand.' })
  secret!: string;

  @Field(() => String, { description: 'The otpauth:// address the QR code holds.' })
  uri!: string;

  @Field(() => String, { description: 'The QR code as an SVG document.' })
  qrSvg!: string;
}

@ObjectType({ description: 'A second factor turned on.' })
export class SecondFactorEnabled {
  @Field(() => [String], { description: 'Ten recovery codes, shown this once: each signs in once in place of an app code.' })
  recoveryCodes!: string[];

  @Field(() => SignInStep, { description: 'What the sign-in still needs (DONE once set up).' })
  next!: SignInStep;
}

@ObjectType({ description: 'One of your sessions: a browser or device signed in as you.' })
export class SessionInfo {
  @Field(() => ID, { description: 'Identifier of the session (for revokeSession).' })
  id!: string;

  @Field(() => Date, { description: 'When it signed in.' })
  signedInAt!: Date;

  @Field(() => Date, { description: 'Last activity.' })
  lastSeenAt!: Date;

  @Field(() => String, { nullable: true, description: 'Network address it signed in from.' })
  ip?: string | null;

  @Field(() => String, { nullable: true, description: 'Browser, as it named itself.' })
  userAgent?: string | null;

  @Field(() => Boolean, { description: 'Whether this is the session asking.' })
  current!: boolean;
}

@ObjectType({ description: 'Failed sign-ins of your account since your previous sign-in: someone may be trying your password.' })
export class SignInNotice {
  @Field(() => Int, { description: 'Failed attempts (wrong password or code).' })
  failedAttempts!: number;

  @Field(() => Date, { description: 'The last of them.' })
  lastFailedAt!: Date;

  @Field(() => String, { description: 'Network address of the last of them.' })
  lastFailedFrom!: string;
}
