import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { EntityManager } from '@mikro-orm/postgresql';
import { parse } from 'yaml';
import { GlobalRole } from '../../modules/account/account.types.js';
import type { AuthService } from '../../modules/account/auth.service.js';
import { User } from '../../modules/account/user.entity.js';
import { Hub } from '../../modules/hub/hub.entity.js';
import { HubTier } from '../../modules/hub/hub-tier.js';
import { HubRole, HubStatus, type ImplementingBodyKind } from '../../modules/hub/hub.types.js';
import { Membership } from '../../modules/hub/membership.entity.js';
import { Participation } from '../../modules/hub/participation.entity.js';
import { HomeCareZone } from '../../modules/reference/home-care-zone.entity.js';
import { Municipality } from '../../modules/reference/municipality.entity.js';
import type { Viewer } from '../../platform/context.js';
import { mutationScope } from '../../platform/request-scope.js';
import { inHub } from '../../platform/tenancy.js';
import type { Services } from '../../services.js';
import { performYear, type DemoPeople } from './demo-year.js';

/**
 * The demo hub: declarative fixtures (demo/hub.yaml, demo/year.yaml) that a non-programmer can
 * read and change, loaded through the module services, so demo data passes the same rules as a
 * user's input. Runs only on a database with no accounts at all, and never in production (the
 * caller checks the configuration).
 */

/** Shared by every demo account; listed in the README. Never used outside demo data. */
export const DEMO_PASSWORD = 'Demo-Password-2025!';
/**
 * The demo prefecture account's authenticator secret (prefecture administrators must use a
 * second factor): add it to any authenticator app, or print the current code with
 * `pnpm --silent totp`. Demo data only, never in production.
 */
export const DEMO_TOTP_SECRET = 'HUBDEMOPREFECTUREZAITAKUIRYOKYOT';

type Account = { key?: string; email: string; displayName: string; role?: HubRole; globalRole?: GlobalRole; municipality?: string };
export type HubFixture = {
  hub: { zone: string; name: string; tier: keyof typeof HubTier; implementingBody: string; implementingBodyKind: ImplementingBodyKind; designatedOn: string; activeRoleInstitutions: string[] };
  accounts: Account[];
  participations: { municipality: string; contactName: string }[];
  invitedAs: Record<string, [string, string]>;
  externalMembers: { name: string; organisation: string; profession: string }[];
};

/** A fixture file of the demo, next to this module (copied beside the build's output). */
export function demoFixture<T>(name: string): T {
  return parse(readFileSync(new URL(`./demo/${name}`, import.meta.url), 'utf8')) as T;
}

const HUB: HubFixture = demoFixture('hub.yaml');
/** The demo accounts, from demo/hub.yaml (README lists them). */
export const DEMO_ACCOUNTS: readonly Account[] = HUB.accounts;

export async function seedDemoData(em: EntityManager, services: Services, now = new Date()): Promise<boolean> {
  if ((await em.count(User, {})) > 0) return false;
  const requestId = `demo-data-${randomUUID()}`;
  const { hubId, viewers } = await mutationScope.run({ requestId, operation: 'seedDemoData', actorId: null }, () => seedHubAndAccounts(em, services.auth));
  const people: DemoPeople = { viewers, invitedAs: HUB.invitedAs, externalMembers: HUB.externalMembers };
  await performYear(em, services, hubId, people, demoFixture('year.yaml'), now, requestId);
  return true;
}

/**
 * The hub and its accounts, which a real hub gets through the prefecture and invitations: the
 * one part written directly (the reference data already holds the zone's designated hub).
 */
async function seedHubAndAccounts(em: EntityManager, auth: AuthService): Promise<{ hubId: string; viewers: Record<string, Viewer> }> {
  const passwordHash = await auth.hashPassword(DEMO_PASSWORD);
  const designated = await em.fork().findOne(Hub, { zone: { name: HUB.hub.zone }, status: HubStatus.DESIGNATED });
  const hubId = designated?.id ?? randomUUID();
  const users = await inHub(em, hubId, async (tx) => {
    const zone = await tx.findOneOrFail(HomeCareZone, { name: HUB.hub.zone });
    const existing = designated ? await tx.findOneOrFail(Hub, { id: hubId }) : null;
    const { tier, ...hubFields } = HUB.hub;
    const details = { name: hubFields.name, implementingBody: hubFields.implementingBody, implementingBodyKind: hubFields.implementingBodyKind, designatedOn: String(hubFields.designatedOn), activeRoleInstitutions: hubFields.activeRoleInstitutions };
    const hub = existing ?? tx.create(Hub, { id: hubId, zone, name: '', tier: HubTier.SINGLE, implementingBody: '', implementingBodyKind: details.implementingBodyKind });
    tx.assign(hub, { ...details, tier: HubTier[tier], status: HubStatus.DESIGNATED });
    const municipalities = new Map((await tx.find(Municipality, { name: { $in: HUB.participations.map((p) => p.municipality) } })).map((m) => [m.name, m]));
    const created: { user: User; key: string | null; secondaryAreaId: string | null }[] = [];
    for (const account of HUB.accounts) {
      const healthCenter = account.globalRole === GlobalRole.HEALTH_CENTER;
      const user = tx.create(User, {
        email: account.email,
        displayName: account.displayName,
        passwordHash,
        globalRole: account.globalRole ?? null,
        ...(account.globalRole === GlobalRole.PREFECTURE_ADMIN ? { totpSecret: DEMO_TOTP_SECRET, totpEnabledAt: new Date() } : {}),
        // A health centre oversees the zone's secondary area.
        secondaryArea: healthCenter ? zone.secondaryArea : null,
      });
      if (account.role) {
        const municipality = account.municipality ? municipalities.get(account.municipality) : null;
        if (account.municipality && !municipality) throw new Error(`demo/hub.yaml: ${account.email} names ${account.municipality}, which does not take part`);
        tx.create(Membership, { hub, user, role: HubRole[account.role], municipality: municipality ?? null });
      }
      created.push({ user, key: account.key ?? null, secondaryAreaId: healthCenter ? zone.secondaryArea.id : null });
    }
    for (const { municipality, contactName } of HUB.participations) tx.create(Participation, { hub, municipality: municipalities.get(municipality)!, contactName });
    await tx.flush();
    return created;
  });
  // The viewer each service takes, as the request context builds it for a signed-in member.
  const viewers: Record<string, Viewer> = {};
  for (const { user, key, secondaryAreaId } of users) {
    if (!key) continue;
    viewers[key] = {
      userId: user.id,
      sessionId: 'demo-data',
      globalRole: user.globalRole ?? null,
      memberships: await auth.memberships(em, user.id),
      secondaryAreaId,
      areaHubIds: new Set(secondaryAreaId ? [hubId] : []),
    };
  }
  return { hubId, viewers };
}
