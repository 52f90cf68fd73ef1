import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import { parse } from 'csv-parse/sync';
import { DesignationChange } from '../../modules/designation/designation.entity.js';
import { Hub } from '../../modules/hub/hub.entity.js';
import { HubStatus, ImplementingBodyKind } from '../../modules/hub/hub.types.js';
import { HubTier } from '../../modules/hub/hub-tier.js';
import { inHub } from '../../platform/tenancy.js';
import { HomeCareZone } from '../../modules/reference/home-care-zone.entity.js';
import { DesignationStatus, MunicipalityKind } from '../../modules/reference/reference.types.js';
import { Municipality } from '../../modules/reference/municipality.entity.js';
import { SecondaryArea } from '../../modules/reference/secondary-area.entity.js';
import { TertiaryArea } from '../../modules/reference/tertiary-area.entity.js';

const dataFile = (name: string) => new URL(`./data/${name}`, import.meta.url);

type ZoneRow = { tertiary_area: string; secondary_area: string; home_care_zone: string; municipality: string };
type DesignationRow = {
  home_care_zone: string;
  status: string;
  designated_on: string;
  hub_name: string;
  implementing_body: string;
  implementing_body_kind: string;
  co_implementing_body: string;
  hub_tier_note: string;
  active_role_institutions: string;
};

/** The date of the prefecture's status report the designations come from (R7.7.21). */
const STATUS_AS_OF = '2025-07-21';

const designationStatus: Record<string, DesignationStatus> = {
  designated: DesignationStatus.DESIGNATED,
  under_review: DesignationStatus.UNDER_REVIEW,
  coordinating: DesignationStatus.COORDINATING,
};

export function municipalityKind(name: string): MunicipalityKind {
  if (name.endsWith('市')) return MunicipalityKind.CITY;
  if (name.endsWith('町')) return MunicipalityKind.TOWN;
  if (name.endsWith('村')) return MunicipalityKind.VILLAGE;
  throw new Error(`cannot tell the kind of municipality "${name}"`);
}

async function readCsv<T>(name: string): Promise<T[]> {
  return parse(await readFile(dataFile(name), 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as T[];
}

/**
 * Loads the areas, zones and municipalities of the prefecture plan (zones.csv) and the
 * designation status as of 2025-07-21 (designations.csv). Idempotent: rows already present
 * are left as they are, so later edits by the prefecture survive restarts.
 */
export async function seedReferenceData(em: EntityManager): Promise<{ inserted: number }> {
  const rows = await readCsv<ZoneRow>('zones.csv');
  const designations = new Map((await readCsv<DesignationRow>('designations.csv')).map((d) => [d.home_care_zone, d]));
  return em.transactional(async (tx) => {
    const tertiary = new Map((await tx.find(TertiaryArea, {})).map((a) => [a.name, a]));
    const secondary = new Map((await tx.find(SecondaryArea, {})).map((a) => [a.name, a]));
    const zones = new Map((await tx.find(HomeCareZone, {})).map((z) => [z.name, z]));
    const municipalities = new Set((await tx.find(Municipality, {}, { fields: ['name'] })).map((m) => m.name));
    let inserted = 0;
    for (const row of rows) {
      let t = tertiary.get(row.tertiary_area);
      if (!t) {
        t = tx.create(TertiaryArea, { name: row.tertiary_area, position: tertiary.size + 1 });
        tertiary.set(t.name, t);
        inserted++;
      }
      let s = secondary.get(row.secondary_area);
      if (!s) {
        s = tx.create(SecondaryArea, { name: row.secondary_area, position: secondary.size + 1, tertiaryArea: t });
        secondary.set(s.name, s);
        inserted++;
      }
      let z = zones.get(row.home_care_zone);
      if (!z) {
        const designation = designations.get(row.home_care_zone);
        const status = (designation && designationStatus[designation.status]) || DesignationStatus.NOT_STARTED;
        const candidate = status === DesignationStatus.UNDER_REVIEW ? designation : undefined;
        z = tx.create(HomeCareZone, {
          name: row.home_care_zone,
          position: zones.size + 1,
          secondaryArea: s,
          designationStatus: status,
          designatedOn: designation?.designated_on || null,
          statusChangedOn: designation ? designation.designated_on || STATUS_AS_OF : null,
          candidateBody: candidate?.implementing_body || null,
          candidateInstitutions: candidate?.active_role_institutions ? candidate.active_role_institutions.split(';').map((i) => i.trim()).filter(Boolean) : [],
        });
        if (designation) {
          tx.create(DesignationChange, { zone: z, fromStatus: null, toStatus: status, changedOn: designation.designated_on || STATUS_AS_OF, note: '北海道「在宅医療に必要な連携を担う拠点」指定状況（R7.7.21時点）より' });
        }
        zones.set(z.name, z);
        inserted++;
      }
      if (!municipalities.has(row.municipality)) {
        tx.create(Municipality, { name: row.municipality, kind: municipalityKind(row.municipality), position: municipalities.size + 1, zone: z });
        municipalities.add(row.municipality);
        inserted++;
      }
    }
    await tx.flush();
    return { inserted };
  }).then(async ({ inserted }) => ({ inserted: inserted + (await seedDesignatedHubs(em, [...designations.values()])) }));
}

/**
 * Every designation of the status report is a hub of the prefecture's list and roll-up from the
 * start, before anyone holds an account in it: the prefecture invites its secretariat later. A
 * zone that has any hub already (made by the prefecture, or revoked) is left as it is.
 */
async function seedDesignatedHubs(em: EntityManager, designations: DesignationRow[]): Promise<number> {
  let inserted = 0;
  for (const d of designations) {
    if (designationStatus[d.status] !== DesignationStatus.DESIGNATED) continue;
    const zone = await em.fork().findOne(HomeCareZone, { name: d.home_care_zone });
    if (!zone || (await em.fork().count(Hub, { zone }))) continue;
    const kind = d.implementing_body_kind.toUpperCase() as ImplementingBodyKind;
    if (!Object.values(ImplementingBodyKind).includes(kind)) throw new Error(`designations.csv: unknown implementing_body_kind "${d.implementing_body_kind}"`);
    // In the hub's own scope, as any write of a hub is (its audit entry belongs to it).
    const id = randomUUID();
    await inHub(em, id, async (tx) => {
      tx.create(Hub, {
      id,
      zone: zone.id,
      name: d.hub_name,
      // 札幌市's note names a 基幹拠点 with 区域拠点 in the wards: the designated hub is the core one.
      tier: d.hub_tier_note.startsWith('基幹拠点') ? HubTier.CORE : HubTier.SINGLE,
      implementingBody: d.implementing_body,
      implementingBodyKind: kind,
      coImplementingBody: d.co_implementing_body || null,
      status: HubStatus.DESIGNATED,
      designatedOn: d.designated_on,
      // （調整中） means the institutions are still being arranged: none on record yet.
      activeRoleInstitutions: d.active_role_institutions.split(';').map((i) => i.trim()).filter((i) => i && !/^（.*）$/.test(i)),
      });
      await tx.flush();
    });
    inserted++;
  }
  return inserted;
}
