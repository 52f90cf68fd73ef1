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

/** What every resolver receives; built by one factory for HTTP requests and WebSocket operations. */
export type Context = {
  requestId: string;
  /** A fresh EntityManager fork for this operation, without hub scope. */
  em: EntityManager;
  viewer: Viewer | null;
  services: RegisteredServices;
  ip: string;
  userAgent: string | null;
  /** The session token the caller presented, signed in or part-way through signing in (for the sign-in steps and to revoke on logout). */
  sessionToken: string | null;
  /** The EntityManager for reading one hub's records in this operation (one fork per hub, cached). */
  hubEm(hubId: string): EntityManager;
  /** Present on HTTP requests: lets sign-in and sign-out set the session cookie. */
  http: { res: Response; secure: boolean } | null;
  /** When an HTTP operation must have finished (epoch ms); none for a subscription's events. */
  deadline: number | null;
};
