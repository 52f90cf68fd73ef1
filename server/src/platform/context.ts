import type { EntityManager } from '@mikro-orm/postgresql';
import type { Response } from 'express';

/**
 * What the modules tell the platform about themselves, by declaration merging
 * (`declare module '.../platform/context.js' { interface Registered { … } }`), so that the
 * platform knows their types without importing them: `services` (the composition root's
 * Services), `globalRole` and `hubRole` (the account and hub modules' role enums).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Registered {}
type Known<K extends string, Fallback> = Registered extends Record<K, infer T> ? T : Fallback;
export type GlobalRoleName = Known<'globalRole', string>;
export type HubRoleName = Known<'hubRole', string>;
type RegisteredServices = Known<'services', Record<string, unknown>>;

export type HubMembership = { membershipId: string; hubId: string; role: HubRoleName; municipalityId: string | null };

/** The signed-in person behind a request or a socket. */
export type Viewer = {
  userId: string;
  sessionId: string;
  globalRole: GlobalRoleName | null;
  /** The caller's memberships by hub id, read once per request. */
  memberships: Map<string, HubMembership>;
  /** For a health-centre account: its secondary area and the hubs in it, which it may read. */
  secondaryAreaId: string | null;
  areaHubIds: Set<string>;
};

/**
 * Why an operation reaches the database outside any hub's scope. Each reason is one line of the
 * list in ARCHITECTURE.md ("Reaching the database without a hub"), and lint allows
 * `db.unscoped()` only in the modules named there.
 */
export enum Unscoped {
  /** People, sessions, sign-in and second factors belong to no hub. */
  ACCOUNTS = 'accounts',
  /** Zones, areas and municipalities are the prefecture's reference data. */
  REFERENCE = 'reference',
  /** Which hubs a person is in decides which hub a request may enter: read before any hub is set. */
  MEMBERSHIP = 'membership',
  /** The prefecture's work across hubs (designation, the roll-up); each hub's records are still read in its own scope. */
  PREFECTURE = 'prefecture',
  /** A person's calendar feed spans every hub they are in. */
  PERSONAL_CALENDAR = 'personal-calendar',
}

/** `fresh`: a new unit of work instead of the operation's, e.g. to read each subscription event as committed. */
export type Fresh = { fresh?: boolean };

/** The one way an operation reaches the database. */
export type Database = {
  /**
   * One hub's records: the hub filter on every query and the hub set for row-level security
   * (one fork per hub and operation, cached). Services open their transactions on it with `inHub`.
   */
  hub(hubId: string, options?: Fresh): EntityManager;
  /** The database outside any hub, for the reasons `Unscoped` names only. */
  unscoped(reason: Unscoped, options?: Fresh): EntityManager;
};

/** What every resolver receives; built by one factory for HTTP requests and WebSocket operations. */
export type Context = {
  requestId: string;
  /** The database: hub-scoped, or unscoped for a named reason. */
  db: Database;
  viewer: Viewer | null;
  services: RegisteredServices;
  ip: string;
  userAgent: string | null;
  /** The session token the caller presented, signed in or part-way through signing in (for the sign-in steps and to revoke on logout). */
  sessionToken: string | null;
  /** Present on HTTP requests: lets sign-in and sign-out set the session cookie. */
  http: { res: Response; secure: boolean } | null;
  /** When an HTTP operation must have finished (epoch ms); none for a subscription's events. */
  deadline: number | null;
};
