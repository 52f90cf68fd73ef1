import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuthService } from '../../modules/account/auth.service.js';
import { GlobalRole, User } from '../../modules/account/user.entity.js';
import { Hub, HubStatus, HubTier, ImplementingBodyKind } from '../../modules/hub/hub.entity.js';
import { HubRole, Membership } from '../../modules/hub/membership.entity.js';
import { Participation } from '../../modules/hub/participation.entity.js';
import { HomeCareZone } from '../../modules/reference/home-care-zone.entity.js';
import { Municipality } from '../../modules/reference/municipality.entity.js';
import { inHub } from '../../platform/tenancy.js';

/** Shared by every demo account; listed in the README. Never used outside demo data. */
export const DEMO_PASSWORD = 'Demo-Password-2025!';

export const DEMO_ACCOUNTS = [
  { email: 'prefecture@demo.example.jp', displayName: '北海道 保健福祉部（デモ）', globalRole: GlobalRole.PREFECTURE_ADMIN },
  { email: 'secretariat@demo.example.jp', displayName: '室蘭市医師会 事務局（デモ）', role: HubRole.SECRETARIAT },
  { email: 'advisor@demo.example.jp', displayName: '本輪西ファミリークリニック 医師（デモ）', role: HubRole.ADVISOR },
  { email: 'muroran@demo.example.jp', displayName: '室蘭市 保健福祉部（デモ）', role: HubRole.MUNICIPALITY, municipality: '室蘭市' },
  { email: 'noboribetsu@demo.example.jp', displayName: '登別市 保健福祉部（デモ）', role: HubRole.MUNICIPALITY, municipality: '登別市' },
  { email: 'health-center@demo.example.jp', displayName: '室蘭保健所（デモ）', role: HubRole.HEALTH_CENTER, globalRole: GlobalRole.HEALTH_CENTER },
] as const;

/**
 * The demo hub of the 室蘭 zone with one account per role. Runs only on a database with no
 * accounts at all, and never in production (the caller checks the configuration).
 */
export async function seedDemoData(em: EntityManager, auth: AuthService): Promise<boolean> {
  if ((await em.count(User, {})) > 0) return false;
  const passwordHash = await auth.hashPassword(DEMO_PASSWORD);
  const hubId = randomUUID();
  await inHub(em, hubId, async (tx) => {
    const zone = await tx.findOneOrFail(HomeCareZone, { name: '室蘭' });
    const hub = tx.create(Hub, {
      id: hubId,
      zone,
      name: '在宅医療ソリューション会議',
      tier: HubTier.SINGLE,
      implementingBody: '（公社）室蘭市医師会',
      implementingBodyKind: ImplementingBodyKind.MEDICAL_ASSOCIATION,
      status: HubStatus.DESIGNATED,
      designatedOn: '2025-07-01',
      activeRoleInstitutions: ['医療法人北海道家庭医療学センター 本輪西ファミリークリニック'],
    });
    const municipalities = new Map((await tx.find(Municipality, { name: { $in: ['室蘭市', '登別市'] } })).map((m) => [m.name, m]));
    for (const account of DEMO_ACCOUNTS) {
      const user = tx.create(User, {
        email: account.email,
        displayName: account.displayName,
        passwordHash,
        globalRole: 'globalRole' in account ? account.globalRole : null,
        // The health centre oversees the zone's secondary area (西胆振).
        secondaryArea: 'globalRole' in account && account.globalRole === GlobalRole.HEALTH_CENTER ? zone.secondaryArea : null,
      });
      if ('role' in account) {
        tx.create(Membership, {
          hub,
          user,
          role: account.role,
          municipality: 'municipality' in account ? municipalities.get(account.municipality)! : null,
        });
      }
    }
    for (const municipality of municipalities.values()) {
      tx.create(Participation, { hub, municipality });
    }
    await tx.flush();
  });
  return true;
}
