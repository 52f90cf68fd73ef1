import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, errorCode, GlobalRole, signedIn, startServer, uniqueEmail, type TestServer } from '../../support/harness.js';
import { Collected, until } from '../../support/subscription.js';
import { accept, prefectureAdmin } from '../../support/world.js';
import { wsClient } from '../../support/ws.js';

let server: TestServer;
let admin: Client;
let zones: Map<string, { id: string; secondaryArea: { id: string; name: string } }>;

beforeAll(async () => {
  server = await startServer();
  admin = await prefectureAdmin(server);
  const { homeCareZones } = await admin.ok<{ homeCareZones: { id: string; name: string; secondaryArea: { id: string; name: string } }[] }>('{ homeCareZones { id name secondaryArea { id name } } }');
  zones = new Map(homeCareZones.map((z) => [z.name, z]));
});
afterAll(() => server.close());

const MOVE = 'mutation ($z: ID!, $s: DesignationStatus!, $d: LocalDate!, $n: String) { changeZoneStatus(zoneId: $z, status: $s, changedOn: $d, note: $n) { designationStatus statusChangedOn } }';
const DESIGNATE = 'mutation ($input: DesignateZoneHubInput!) { designateZoneHub(input: $input) { hub { id status designatedOn activeRoleInstitutions zone { name designationStatus } } secretariatInvitation { token invitation { role } } } }';

const move = (zone: string, status: string, date: string, note?: string) => admin.gql(MOVE, { z: zones.get(zone)!.id, s: status, d: date, n: note ?? null });

async function designate(zone: string, designatedOn: string, name: string) {
  return admin.ok<{ designateZoneHub: { hub: { id: string; status: string; designatedOn: string; activeRoleInstitutions: string[]; zone: { name: string; designationStatus: string } }; secretariatInvitation: { token: string; invitation: { role: string } } } }>(DESIGNATE, {
    input: { zoneId: zones.get(zone)!.id, designatedOn, name, implementingBodyKind: 'MEDICAL_ASSOCIATION', implementingBody: `${zone}医師会`, secretariatEmail: uniqueEmail('secretariat') },
  });
}

async function progress(client: Client = admin) {
  return (
    await client.ok<{ designationProgress: { byFiscalYear: { fiscalYear: number; designated: number; cumulative: number; targetCumulative: number }[]; byTertiaryArea: { tertiaryArea: string; designated: number; inProgress: number; notApproached: number }[]; notApproached: string[] } }>(
      '{ designationProgress { byFiscalYear { fiscalYear designated cumulative targetCumulative } byTertiaryArea { tertiaryArea designated inProgress notApproached } notApproached } }',
    )
  ).designationProgress;
}

describe('designation pipeline', () => {
  let yoteiHubId: string;
  let before: Awaited<ReturnType<typeof progress>>;

  it('starts from the status as of 2025-07-21: 札幌市 and 室蘭 designated in FY2025, 北見 under review with its candidate', async () => {
    before = await progress();
    const fy2025 = before.byFiscalYear.find((y) => y.fiscalYear === 2025)!;
    expect(fy2025).toMatchObject({ designated: 2, targetCumulative: 13 });
    const { homeCareZone } = await admin.ok<{ homeCareZone: { designationStatus: string; candidateBody: string; candidateInstitutions: string[]; designationChanges: { toStatus: string; changedOn: string }[] } }>(
      'query ($z: ID!) { homeCareZone(id: $z) { designationStatus candidateBody candidateInstitutions designationChanges { toStatus changedOn } } }',
      { z: zones.get('北見')!.id },
    );
    expect(homeCareZone).toEqual({
      designationStatus: 'UNDER_REVIEW',
      candidateBody: '北星記念病院',
      candidateInstitutions: ['オホーツク勤医協北見病院', '本間内科医院', '田中医院'],
      designationChanges: [{ toStatus: 'UNDER_REVIEW', changedOn: '2025-07-21' }],
    });
  });

  it('moves a zone through withdrawal and a new approach, keeping the history, and designating creates the hub', async () => {
    expect((await move('羊蹄', 'RESEARCHING', '2025-08-01')).errors).toBeUndefined();
    await admin.ok('mutation ($z: ID!) { recordZoneApproach(zoneId: $z, approachedOn: "2025-08-20", who: "羊蹄医師会 会長", agreed: "年度内に検討会を設ける") { id } }', { z: zones.get('羊蹄')!.id });
    expect((await move('羊蹄', 'COORDINATING', '2025-09-01')).errors).toBeUndefined();
    expect((await move('羊蹄', 'WITHDRAWN', '2025-10-01', '実施主体が見つからず中断')).errors).toBeUndefined();
    const skip = await move('羊蹄', 'UNDER_REVIEW', '2025-11-01');
    expect(errorCode(skip)).toBe('WRONG_DESIGNATION_STEP');
    expect(skip.errors?.[0]?.extensions?.allowed).toEqual(['RESEARCHING', 'COORDINATING']);
    expect(errorCode(await move('羊蹄', 'RESEARCHING', '2025-09-15'))).toBe('BAD_USER_INPUT'); // before the last change
    expect((await move('羊蹄', 'RESEARCHING', '2026-01-10', '町村会から再打診')).errors).toBeUndefined();
    await move('羊蹄', 'COORDINATING', '2026-02-01');
    await admin.ok('mutation ($z: ID!) { setZoneCandidate(zoneId: $z, candidateBody: "羊蹄医師会", institutions: ["ニセコ診療所"]) { id } }', { z: zones.get('羊蹄')!.id });
    await move('羊蹄', 'UNDER_REVIEW', '2026-03-15');

    const designated = await designate('羊蹄', '2026-05-01', '羊蹄在宅医療連携拠点');
    yoteiHubId = designated.designateZoneHub.hub.id;
    expect(designated.designateZoneHub.hub).toMatchObject({ status: 'DESIGNATED', designatedOn: '2026-05-01', activeRoleInstitutions: ['ニセコ診療所'], zone: { name: '羊蹄', designationStatus: 'DESIGNATED' } });
    expect(designated.designateZoneHub.secretariatInvitation.invitation.role).toBe('SECRETARIAT');
    const secretariat = await accept(server, designated.designateZoneHub.secretariatInvitation.token);
    expect((await secretariat.ok<{ hubs: { id: string }[] }>('{ hubs { id } }')).hubs).toEqual([{ id: yoteiHubId }]);

    const { homeCareZone } = await admin.ok<{ homeCareZone: { designationChanges: { fromStatus: string | null; toStatus: string; changedOn: string }[]; approaches: { who: string }[] } }>(
      'query ($z: ID!) { homeCareZone(id: $z) { designationChanges { fromStatus toStatus changedOn } approaches { who } } }',
      { z: zones.get('羊蹄')!.id },
    );
    expect(homeCareZone.designationChanges.map((c) => [c.fromStatus, c.toStatus, c.changedOn])).toEqual([
      ['NOT_STARTED', 'RESEARCHING', '2025-08-01'],
      ['RESEARCHING', 'COORDINATING', '2025-09-01'],
      ['COORDINATING', 'WITHDRAWN', '2025-10-01'],
      ['WITHDRAWN', 'RESEARCHING', '2026-01-10'],
      ['RESEARCHING', 'COORDINATING', '2026-02-01'],
      ['COORDINATING', 'UNDER_REVIEW', '2026-03-15'],
      ['UNDER_REVIEW', 'DESIGNATED', '2026-05-01'],
    ]);
    expect(homeCareZone.approaches).toEqual([{ who: '羊蹄医師会 会長' }]);
    const again = await admin.gql(DESIGNATE, { input: { zoneId: zones.get('羊蹄')!.id, designatedOn: '2026-06-01', name: '二つ目', implementingBodyKind: 'MEDICAL_ASSOCIATION', secretariatEmail: uniqueEmail('s') } });
    expect(errorCode(again)).toBe('WRONG_DESIGNATION_STEP');
  });

  it('counts progress per fiscal year and per tertiary area from the recorded history', async () => {
    for (const [status, date] of [['RESEARCHING', '2026-04-01'], ['COORDINATING', '2026-04-15'], ['UNDER_REVIEW', '2026-05-01']] as const) await move('余市', status, date);
    await designate('余市', '2026-06-01', '北後志在宅医療連携拠点');
    const after = await progress();
    const fy = (p: typeof after, year: number) => p.byFiscalYear.find((y) => y.fiscalYear === year)!;
    const area = (p: typeof after, name: string) => p.byTertiaryArea.find((a) => a.tertiaryArea === name)!;
    expect(fy(after, 2026).designated - fy(before, 2026).designated).toBe(2);
    expect(fy(after, 2025).designated).toBe(2);
    expect(area(after, '道央').designated - area(before, '道央').designated).toBe(2);
    expect(area(before, '道央').notApproached - area(after, '道央').notApproached).toBe(2);
    expect(after.notApproached).not.toContain('羊蹄');
    expect(after.byFiscalYear.map((y) => y.targetCumulative)).toEqual([7, 13, 20, 26, 33, 39]);
  });

  it('is managed by the prefecture only; health centres follow it', async () => {
    const { client: healthCenter } = await signedIn(server, { globalRole: GlobalRole.HEALTH_CENTER, secondaryAreaId: zones.get('小樽市')!.secondaryArea.id });
    expect((await progress(healthCenter)).byFiscalYear).toHaveLength(6);
    expect(errorCode(await healthCenter.gql(MOVE, { z: zones.get('岩内')!.id, s: 'RESEARCHING', d: '2026-07-01', n: null }))).toBe('FORBIDDEN');
    const { client: member } = await signedIn(server);
    expect(errorCode(await member.gql('{ designationProgress { notApproached } }'))).toBe('FORBIDDEN');
  });

  it('shows a health centre the pipeline notes of its own area’s zones only', async () => {
    const NOTES = 'query ($z: ID!) { homeCareZone(id: $z) { name designationStatus approaches { who } designationChanges { toStatus } } }';
    const { client: healthCenter } = await signedIn(server, { globalRole: GlobalRole.HEALTH_CENTER, secondaryAreaId: zones.get('小樽市')!.secondaryArea.id });
    const own = await healthCenter.ok<{ homeCareZone: { name: string; approaches: unknown[]; designationChanges: unknown[] } }>(NOTES, { z: zones.get('小樽市')!.id });
    expect(own.homeCareZone.name).toBe('小樽市');
    expect(Array.isArray(own.homeCareZone.approaches) && Array.isArray(own.homeCareZone.designationChanges)).toBe(true);
    // Another area's zone: its status is public, its notes are not.
    const other = await healthCenter.gql(NOTES, { z: zones.get('日高')!.id });
    expect(errorCode(other)).toBe('FORBIDDEN');
    const status = await healthCenter.ok<{ homeCareZone: { designationStatus: string } }>('query ($z: ID!) { homeCareZone(id: $z) { designationStatus } }', { z: zones.get('日高')!.id });
    expect(typeof status.homeCareZone.designationStatus).toBe('string');
  });
});

describe('roll-up and the area evaluation report', () => {
  type Rollup = { hub: { id: string; name: string }; secondaryArea: string; cyclePhase: string | null; budget: { key: string; capYen: number; actualYen: number }[]; meetingsHeld: number; attendanceByProfession: { profession: string; count: number }[]; issues: number; issuesByFunction: { function: string; count: number }[]; carriedOverIssues: number; adviceGiven: number; programmeResults: { item: string; results: number }[] };
  const ROLLUP = 'query ($fy: Int!, $a: ID) { hubRollup(fiscalYear: $fy, secondaryAreaId: $a) { hub { id name } secondaryArea cyclePhase budget { key capYen actualYen } meetingsHeld attendanceByProfession { profession count } issues issuesByFunction { function count } carriedOverIssues adviceGiven programmeResults { item results } } }';
  let shiribeshi: string;
  const hubs: { id: string; secretariat: Client }[] = [];

  beforeAll(async () => {
    shiribeshi = zones.get('小樽市')!.secondaryArea.id;
    for (const [zone, name, expense] of [['寿都', '寿都在宅医療連携拠点', 120_000], ['岩内', '岩内在宅医療連携拠点', 45_000]] as const) {
      for (const [status, date] of [['COORDINATING', '2026-04-01'], ['UNDER_REVIEW', '2026-04-10']] as const) await move(zone, status, date);
      const designated = await designate(zone, '2026-04-20', name);
      const secretariat = await accept(server, designated.designateZoneHub.secretariatInvitation.token);
      const h = designated.designateZoneHub.hub.id;
      const { createCycle } = await secretariat.ok<{ createCycle: { id: string } }>('mutation ($h: ID!) { createCycle(hubId: $h, fiscalYear: 2026) { id } }', { h });
      for (const [title, carry] of [['夜間の往診体制', true], ['退院調整の遅れ', false]] as const) {
        const { raiseIssue } = await secretariat.ok<{ raiseIssue: { id: string; version: number } }>('mutation ($input: RaiseIssueInput!) { raiseIssue(input: $input) { id version } }', { input: { hubId: h, cycleId: createCycle.id, title, functions: ['ROUND_THE_CLOCK', 'DISCHARGE_SUPPORT'] } });
        if (carry) await secretariat.ok('mutation ($input: UpdateIssueInput!) { updateIssue(input: $input) { id } }', { input: { hubId: h, issueId: raiseIssue.id, version: raiseIssue.version, carryOver: true } });
      }
      await secretariat.ok('mutation ($h: ID!) { openBudget(hubId: $h, fiscalYear: 2026) { id } }', { h });
      await secretariat.ok('mutation ($input: RecordExpenseInput!) { recordExpense(input: $input) { id } }', { input: { hubId: h, spentOn: '2026-06-01', subCap: 'OFFICE', category: 'RENTAL', amountYen: expense, description: '会場費' } });
      const { scheduleMeeting } = await secretariat.ok<{ scheduleMeeting: { meetings: { id: string; invitees: { id: string }[] }[] } }>('mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meetings { id invitees { id } } } }', {
        input: { hubId: h, kind: 'COLLABORATION_COUNCIL', title: '協議の場', startsAt: '2026-06-09T18:00:00+09:00', endsAt: '2026-06-09T19:30:00+09:00', invitees: [{ name: '医師 A', profession: 'DOCTOR' }, { name: '看護師 B', profession: 'VISITING_NURSE' }] },
      });
      const meeting = scheduleMeeting.meetings[0]!;
      await secretariat.ok('mutation ($h: ID!, $m: ID!, $a: [AttendanceInput!]!) { markAttendance(hubId: $h, meetingId: $m, attendance: $a) { id } }', { h, m: meeting.id, a: meeting.invitees.map((i) => ({ inviteeId: i.id, attended: true })) });
      await secretariat.ok('mutation ($h: ID!, $m: ID!) { markMeetingHeld(hubId: $h, meetingId: $m) { id } }', { h, m: meeting.id });
      hubs.push({ id: h, secretariat });
    }
  }, 120_000);

  it('shows a health centre its own area’s hubs and nothing of another area; a hub member sees no roll-up', async () => {
    const { client: shiribeshiCenter } = await signedIn(server, { globalRole: GlobalRole.HEALTH_CENTER, secondaryAreaId: shiribeshi });
    const { hubRollup } = await shiribeshiCenter.ok<{ hubRollup: Rollup[] }>(ROLLUP, { fy: 2026, a: null });
    const ours = hubRollup.filter((r) => hubs.some((h) => h.id === r.hub.id));
    expect(ours).toHaveLength(2);
    expect(new Set(hubRollup.map((r) => r.secondaryArea))).toEqual(new Set(['後志']));
    const suttsu = ours.find((r) => r.hub.name === '寿都在宅医療連携拠点')!;
    expect(suttsu).toMatchObject({ cyclePhase: 'ISSUE_IDENTIFICATION', meetingsHeld: 1, issues: 2, carriedOverIssues: 1, adviceGiven: 0 });
    expect(suttsu.budget).toEqual([
      { key: 'TOTAL', capYen: 4_012_000, actualYen: 120_000 },
      { key: 'COORDINATOR_PERSONNEL', capYen: 2_092_000, actualYen: 0 },
      { key: 'OFFICE', capYen: 1_920_000, actualYen: 120_000 },
    ]);
    expect(suttsu.attendanceByProfession).toEqual([{ profession: 'DOCTOR', count: 1 }, { profession: 'VISITING_NURSE', count: 1 }]);
    expect(suttsu.issuesByFunction.sort((a, b) => a.function.localeCompare(b.function))).toEqual([{ function: 'DISCHARGE_SUPPORT', count: 2 }, { function: 'ROUND_THE_CLOCK', count: 2 }]);
    // The area health centre reads its hubs like a health-centre member, and no other hub.
    expect((await shiribeshiCenter.gql('query ($h: ID!) { hub(hubId: $h) { name } }', { h: suttsu.hub.id })).errors).toBeUndefined();
    const hidaka = zones.get('日高')!.secondaryArea.id;
    expect(errorCode(await shiribeshiCenter.gql(ROLLUP, { fy: 2026, a: hidaka }))).toBe('FORBIDDEN');

    const { client: hidakaCenter } = await signedIn(server, { globalRole: GlobalRole.HEALTH_CENTER, secondaryAreaId: hidaka });
    const theirs = (await hidakaCenter.ok<{ hubRollup: Rollup[] }>(ROLLUP, { fy: 2026, a: null })).hubRollup;
    expect(theirs.some((r) => hubs.some((h) => h.id === r.hub.id))).toBe(false);
    expect(errorCode(await hidakaCenter.gql('query ($h: ID!) { hub(hubId: $h) { name } }', { h: suttsu.hub.id }))).toBe('FORBIDDEN');
    expect(errorCode(await hubs[0]!.secretariat.gql(ROLLUP, { fy: 2026, a: null }))).toBe('FORBIDDEN');

    const all = (await admin.ok<{ hubRollup: Rollup[] }>(ROLLUP, { fy: 2026, a: null })).hubRollup;
    expect(hubs.every((h) => all.some((r) => r.hub.id === h.id))).toBe(true);
  });

  it('sends the roll-up of a changed hub live to its own area’s health centre only', async () => {
    const { client: center } = await signedIn(server, { globalRole: GlobalRole.HEALTH_CENTER, secondaryAreaId: shiribeshi });
    const { client: other } = await signedIn(server, { globalRole: GlobalRole.HEALTH_CENTER, secondaryAreaId: zones.get('日高')!.secondaryArea.id });
    const query = 'subscription { hubRollupChanged(fiscalYear: 2026) { hub { id } budget { key actualYen } } }';
    const ours = wsClient(server.wsUrl, { cookie: center.cookie });
    const theirs = wsClient(server.wsUrl, { cookie: other.cookie });
    const received = new Collected<{ hub: { id: string }; budget: { key: string; actualYen: number }[] }>(ours.client, query, {}, (d) => d.hubRollupChanged as never);
    const elsewhere = new Collected<unknown>(theirs.client, query, {}, (d) => d.hubRollupChanged);
    const hub = hubs[0]!;
    await until(() => server.app.services.live.listeners(hub.id) > 0, 'the area roll-up listens to its hub');
    await hub.secretariat.ok('mutation ($input: RecordExpenseInput!) { recordExpense(input: $input) { id } }', { input: { hubId: hub.id, spentOn: '2026-07-01', subCap: 'OFFICE', category: 'TRAVEL', amountYen: 3_000, description: '旅費' } });
    const [rollup] = await received.waitFor(1);
    expect(rollup!.hub.id).toBe(hub.id);
    expect(rollup!.budget.find((b) => b.key === 'OFFICE')!.actualYen).toBe(123_000);
    expect(await elsewhere.settle()).toEqual([]);
    await ours.client.dispose();
    await theirs.client.dispose();
  });

  it('gives an evaluation report whose totals equal the sums of the hubs’ own figures', async () => {
    const { client: center } = await signedIn(server, { globalRole: GlobalRole.HEALTH_CENTER, secondaryAreaId: shiribeshi });
    const response = await fetch(`${server.url}/areas/${shiribeshi}/reports/2026/evaluation.xlsx`, { headers: { cookie: center.cookie! } });
    expect(response.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await response.arrayBuffer());
    const sheet = book.getWorksheet('圏域評価')!;
    const rows: (string | number)[][] = [];
    sheet.eachRow((row, n) => {
      if (n > 3) rows.push((row.values as (string | number)[]).slice(1));
    });
    const body = rows.filter((r) => r[0] !== '合計');
    const total = rows.find((r) => r[0] === '合計')!;
    for (const column of [2, 3, 4, 5, 6, 7, 8, 9, 10]) {
      expect(total[column]).toBe(body.reduce((s, r) => s + Number(r[column] ?? 0), 0));
    }
    // Each hub's row matches what the hub itself shows.
    for (const hub of hubs) {
      const own = await hub.secretariat.ok<{ hub: { name: string }; cycles: { issues: { carryOver: boolean }[] }[]; meetings: { status: string }[]; budget: { summary: { total: { actualYen: number } } } }>(
        'query ($h: ID!) { hub(hubId: $h) { name } cycles(hubId: $h) { issues { carryOver } } meetings(hubId: $h) { status } budget(hubId: $h, fiscalYear: 2026) { summary { total { actualYen } } } }',
        { h: hub.id },
      );
      const line = body.find((r) => r[0] === own.hub.name)!;
      expect([line[2], line[3], line[7], line[9]]).toEqual([
        own.cycles[0]!.issues.length,
        own.cycles[0]!.issues.filter((i) => i.carryOver).length,
        own.meetings.filter((m) => m.status === 'HELD').length,
        own.budget.summary.total.actualYen,
      ]);
      expect(String(line[11])).toContain('夜間の往診体制');
    }
    const html = await fetch(`${server.url}/areas/${shiribeshi}/reports/2026/evaluation.html`, { headers: { cookie: center.cookie! } });
    expect(await html.text()).toContain('後志圏域');
    const { client: other } = await signedIn(server, { globalRole: GlobalRole.HEALTH_CENTER, secondaryAreaId: zones.get('日高')!.secondaryArea.id });
    expect((await fetch(`${server.url}/areas/${shiribeshi}/reports/2026/evaluation.xlsx`, { headers: { cookie: other.cookie! } })).status).toBe(403);
  });
});
