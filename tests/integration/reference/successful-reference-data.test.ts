import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templateDatabase, testDatabase } from '../../support/database.js';
import { Client, errorCode, startServer, type TestServer } from '../../support/harness.js';
import { prefectureAdmin, zones } from '../../support/world.js';

type ZoneRow = {
  id: string;
  name: string;
  designationStatus: string;
  designatedOn: string | null;
  secondaryArea: { name: string; tertiaryArea: { name: string } };
  municipalities: { name: string; kind: string }[];
};

let server: TestServer;
let anonymous: Client;
let all: ZoneRow[];

beforeAll(async () => {
  server = await startServer();
  anonymous = new Client(server);
  const data = await anonymous.ok<{ homeCareZones: ZoneRow[] }>(
    '{ homeCareZones { id name designationStatus designatedOn secondaryArea { name tertiaryArea { name } } municipalities { name kind } } }',
  );
  all = data.homeCareZones;
});
afterAll(() => server.close());

describe('reference data, read without signing in', () => {
  it('has 6 tertiary areas, 21 secondary areas, 39 zones and 179 municipalities', async () => {
    expect(new Set(all.map((z) => z.secondaryArea.tertiaryArea.name)).size).toBe(6);
    expect(new Set(all.map((z) => z.secondaryArea.name)).size).toBe(21);
    expect(all).toHaveLength(39);
    const { municipalities } = await anonymous.ok<{ municipalities: { name: string; kind: string }[] }>('{ municipalities { name kind } }');
    expect(municipalities).toHaveLength(179);
    expect(all.flatMap((z) => z.municipalities)).toHaveLength(179);
    const { tertiaryAreas } = await anonymous.ok<{ tertiaryAreas: { name: string; secondaryAreas: { zones: { name: string }[] }[] }[] }>(
      '{ tertiaryAreas { name secondaryAreas { zones { name } } } }',
    );
    expect(tertiaryAreas.map((t) => t.name)).toEqual(['道南', '道央', '道北', 'オホーツク', '十勝', '釧路・根室']);
    expect(tertiaryAreas.flatMap((t) => t.secondaryAreas.flatMap((s) => s.zones))).toHaveLength(39);
  });

  it('places 北見 in 北網 / オホーツク with its five municipalities', () => {
    const kitami = all.find((z) => z.name === '北見')!;
    expect(kitami.secondaryArea).toEqual({ name: '北網', tertiaryArea: { name: 'オホーツク' } });
    expect(kitami.municipalities.map((m) => m.name).sort()).toEqual(['北見市', '訓子府町', '置戸町', '美幌町', '津別町'].sort());
  });

  it('has 札幌市 and 函館市 as single-municipality zones', () => {
    for (const name of ['札幌市', '函館市']) {
      expect(all.find((z) => z.name === name)!.municipalities).toEqual([{ name, kind: 'CITY' }]);
    }
  });

  it('tells cities, towns and villages apart', async () => {
    const { municipalities } = await anonymous.ok<{ municipalities: { name: string; kind: string }[] }>('{ municipalities { name kind } }');
    const kind = (name: string) => municipalities.find((m) => m.name === name)?.kind;
    expect([kind('北見市'), kind('訓子府町'), kind('赤井川村')]).toEqual(['CITY', 'TOWN', 'VILLAGE']);
    expect(municipalities.filter((m) => m.kind === 'CITY')).toHaveLength(35);
  });

  it('carries the designation status as of 2025-07-21 as the start of each zone’s history', async () => {
    // Other suites move zones along the pipeline; the seeded starting point does not move.
    const admin = await prefectureAdmin(server);
    const { homeCareZones } = await admin.ok<{ homeCareZones: { name: string; designationChanges: { fromStatus: string | null; toStatus: string; changedOn: string }[] }[] }>(
      '{ homeCareZones { name designationChanges { fromStatus toStatus changedOn } } }',
    );
    const seeded = (name: string) => homeCareZones.find((z) => z.name === name)!.designationChanges.find((c) => c.fromStatus === null);
    expect(seeded('札幌市')).toMatchObject({ toStatus: 'DESIGNATED', changedOn: '2025-04-01' });
    expect(seeded('室蘭')).toMatchObject({ toStatus: 'DESIGNATED', changedOn: '2025-07-01' });
    expect(seeded('北見')).toMatchObject({ toStatus: 'UNDER_REVIEW', changedOn: '2025-07-21' });
    expect(homeCareZones.filter((z) => seeded(z.name)?.toStatus === 'COORDINATING').map((z) => z.name).sort()).toEqual(
      ['帯広市', '東十勝', '西十勝', '南十勝', '北十勝', '釧路', '函館市'].sort(),
    );
    expect(homeCareZones.filter((z) => !seeded(z.name))).toHaveLength(29);
    expect(all.find((z) => z.name === '札幌市')!.designatedOn).toBe('2025-04-01');
  });

  it('makes every designation of the report a hub of the prefecture, before anyone holds an account in it', async () => {
    // Read from the template every worker's database is copied from: other suites withdraw these
    // hubs in their own copies to place theirs.
    const db = new pg.Client({ connectionString: Object.assign(new URL(testDatabase().adminUrl), { pathname: new URL(templateDatabase().appUrl).pathname }).toString() });
    await db.connect();
    try {
      const { rows } = await db.query(
        `select z.name as zone, h.name, h.tier, h.status, h.designated_on::text as "designatedOn", h.implementing_body as "body", h.co_implementing_body as "coBody",
                (select count(*)::int from membership m where m.hub_id = h.id) as members
         from hub h join home_care_zone z on z.id = h.zone_id order by h.designated_on`,
      );
      expect(rows).toEqual([
        { zone: '札幌市', name: '札幌市在宅医療連携拠点', tier: 'CORE', status: 'DESIGNATED', designatedOn: '2025-04-01', body: '札幌市', coBody: '（一社）札幌市医師会', members: 0 },
        { zone: '室蘭', name: '在宅医療ソリューション会議', tier: 'SINGLE', status: 'DESIGNATED', designatedOn: '2025-07-01', body: '（公社）室蘭市医師会', coBody: null, members: 0 },
      ]);
    } finally {
      await db.end();
    }
    // and the prefecture's roll-up shows 札幌市's core hub as it shows any other (the permission
    // matrix adds district hubs beside it).
    const admin = await prefectureAdmin(server);
    const { hubRollup } = await admin.ok<{ hubRollup: { zone: string; hub: { name: string; tier: string } }[] }>('{ hubRollup(fiscalYear: 2025) { zone hub { name tier } } }');
    expect(hubRollup.filter((r) => r.zone === '札幌市' && r.hub.tier === 'CORE')).toEqual([{ zone: '札幌市', hub: { name: '札幌市在宅医療連携拠点', tier: 'CORE' } }]);
  });
});

describe('zone population', () => {
  it('is recorded and corrected by the prefecture', async () => {
    const admin = await prefectureAdmin(server);
    const zone = (await zones(admin)).get('留萌')!;
    const set = (year: number, population: number) =>
      admin.gql('mutation ($z: ID!, $y: Int!, $p: Int!) { setZonePopulation(zoneId: $z, year: $y, population: $p) { year population } }', { z: zone.id, y: year, p: population });
    expect((await set(2024, 41000)).errors).toBeUndefined();
    expect((await set(2025, 40000)).errors).toBeUndefined();
    expect((await set(2025, 39500)).errors).toBeUndefined();
    const { homeCareZone } = await anonymous.ok<{ homeCareZone: { populations: { year: number; population: number }[]; latestPopulation: { year: number; population: number } } }>(
      'query ($id: ID!) { homeCareZone(id: $id) { populations { year population } latestPopulation { year population } } }',
      { id: zone.id },
    );
    expect(homeCareZone.populations).toEqual([
      { year: 2024, population: 41000 },
      { year: 2025, population: 39500 },
    ]);
    expect(homeCareZone.latestPopulation).toEqual({ year: 2025, population: 39500 });
  });

  it('is refused to anyone but the prefecture, and refuses nonsense figures', async () => {
    const admin = await prefectureAdmin(server);
    const zone = (await zones(admin)).get('留萌')!;
    const mutation = 'mutation ($z: ID!, $y: Int!, $p: Int!) { setZonePopulation(zoneId: $z, year: $y, population: $p) { year } }';
    expect(errorCode(await anonymous.gql(mutation, { z: zone.id, y: 2025, p: 1 }))).toBe('UNAUTHENTICATED');
    const negative = await admin.gql(mutation, { z: zone.id, y: 2025, p: -5 });
    expect(errorCode(negative)).toBe('BAD_USER_INPUT');
    expect(negative.errors?.[0]?.extensions?.field).toBe('population');
    expect(errorCode(await admin.gql(mutation, { z: zone.id, y: 1890, p: 5 }))).toBe('BAD_USER_INPUT');
  });
});
