import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startServer, type TestServer } from '../../support/harness.js';
import { cycleWorld, type CycleWorld } from '../../support/cycle-world.js';
import { scratchDatabaseAt, testDatabase } from '../../support/database.js';
import { pastMeeting } from '../../support/mutation-catalogue.js';

/** One honorarium per payee per meeting (or activity) and role: nobody is paid twice. */

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const PLAN = 'mutation ($input: PlanHonorariumInput!) { planHonorarium(input: $input) { id state inviteeId lecturerId payeeName } }';
const CANCEL = 'mutation ($h: ID!, $id: ID!, $r: String!) { cancelHonorarium(hubId: $h, honorariumId: $id, reason: $r) { id state cancelReason } }';
type Planned = { planHonorarium: { id: string; state: string; inviteeId: string | null; lecturerId: string | null; payeeName: string } };

async function withBudget(): Promise<CycleWorld> {
  const world = await cycleWorld(server);
  await world.secretariat.ok('mutation ($h: ID!, $y: Int!) { openBudget(hubId: $h, fiscalYear: $y) { id } }', { h: world.hubId, y: 2025 });
  return world;
}
const plan = (world: CycleWorld, input: Record<string, unknown>) =>
  world.secretariat.gql<Planned>(PLAN, { input: { hubId: world.hubId, payeeType: 'INDIVIDUAL', role: 'ATTENDEE', grossYen: 10_000, ...input } });
const liveCount = async (world: CycleWorld) =>
  (await world.secretariat.ok<{ honoraria: { state: string }[] }>('query ($h: ID!) { honoraria(hubId: $h, fiscalYear: 2025) { state } }', { h: world.hubId })).honoraria.filter((h) => h.state !== 'CANCELLED').length;

describe('a meeting honorarium', () => {
  it('is refused a second time for the same invitee and role while the first is planned, approved or paid; another role is another honorarium', async () => {
    const world = await withBudget();
    const { externalId } = await pastMeeting(world, { attended: true });
    const first = await plan(world, { inviteeId: externalId });
    expect(first.data?.planHonorarium).toMatchObject({ state: 'PLANNED', inviteeId: externalId, payeeName: '北海 花子' });
    const id = first.data!.planHonorarium.id;
    for (const step of ['PLANNED', 'APPROVED', 'PAID'] as const) {
      if (step === 'APPROVED') await world.secretariat.ok('mutation ($h: ID!, $id: ID!) { approveHonorarium(hubId: $h, honorariumId: $id) { id } }', { h: world.hubId, id });
      if (step === 'PAID') await world.secretariat.ok('mutation ($h: ID!, $id: ID!) { payHonorarium(hubId: $h, honorariumId: $id, paidOn: "2025-06-30") { id } }', { h: world.hubId, id });
      const second = await plan(world, { inviteeId: externalId, grossYen: 5_000 });
      expect(errorCode(second), step).toBe('DUPLICATE_HONORARIUM');
      expect(second.errors?.[0]?.extensions).toMatchObject({ existingHonorariumId: id, existingState: step });
      expect(second.errors?.[0]?.message).toContain('先の謝金を取り消してください');
      expect(String(second.errors?.[0]?.extensions?.messageEn)).toContain('cancel the first one');
    }
    // The same person may still be paid as lecturer of the same meeting: another role.
    expect((await plan(world, { inviteeId: externalId, role: 'LECTURER' })).errors).toBeUndefined();
    // A paid honorarium cannot be cancelled; its payment is in the ledger.
    expect(errorCode(await world.secretariat.gql(CANCEL, { h: world.hubId, id, r: '誤り' }))).toBe('WRONG_HONORARIUM_STATE');
    expect(await liveCount(world)).toBe(2);
  });

  it('is freed by cancelling, which keeps the first on record with its reason', async () => {
    const world = await withBudget();
    const { externalId } = await pastMeeting(world);
    const first = (await plan(world, { inviteeId: externalId })).data!.planHonorarium.id;
    expect(errorCode(await world.secretariat.gql(CANCEL, { h: world.hubId, id: first, r: ' ' }))).toBe('BAD_USER_INPUT');
    const cancelled = await world.secretariat.ok<{ cancelHonorarium: { state: string; cancelReason: string } }>(CANCEL, { h: world.hubId, id: first, r: '金額の誤り' });
    expect(cancelled.cancelHonorarium).toMatchObject({ state: 'CANCELLED', cancelReason: '金額の誤り' });
    expect((await plan(world, { inviteeId: externalId, grossYen: 8_000 })).errors).toBeUndefined();
    const { honoraria } = await world.secretariat.ok<{ honoraria: { state: string; grossYen: number }[] }>('query ($h: ID!) { honoraria(hubId: $h, fiscalYear: 2025) { state grossYen } }', { h: world.hubId });
    expect(honoraria).toEqual([{ state: 'CANCELLED', grossYen: 10_000 }, { state: 'PLANNED', grossYen: 8_000 }]);
  });

  it('is refused for a second invitee row of the same person (the name compared as typed differently)', async () => {
    const world = await withBudget();
    const { meetingId, externalId } = await pastMeeting(world);
    await plan(world, { inviteeId: externalId });
    const { inviteToMeeting } = await world.secretariat.ok<{ inviteToMeeting: { id: string }[] }>(
      'mutation ($h: ID!, $m: ID!, $i: [InviteeInput!]!) { inviteToMeeting(hubId: $h, meetingId: $m, invitees: $i) { id } }',
      { h: world.hubId, m: meetingId, i: [{ name: '北海　花子', profession: 'VISITING_NURSE' }] },
    );
    expect(errorCode(await plan(world, { inviteeId: inviteToMeeting[0]!.id }))).toBe('DUPLICATE_HONORARIUM');
  });

  it('lets exactly one of 20 concurrent requests for the same invitee through (several runs)', async () => {
    for (let run = 0; run < 3; run++) {
      const world = await withBudget();
      const { externalId } = await pastMeeting(world);
      const results = await Promise.all(Array.from({ length: 20 }, () => plan(world, { inviteeId: externalId })));
      expect(results.filter((r) => !r.errors).length).toBe(1);
      expect(results.filter((r) => errorCode(r) === 'DUPLICATE_HONORARIUM').length).toBe(19);
      expect(await liveCount(world)).toBe(1);
    }
  }, 120_000);
});

describe('an activity honorarium', () => {
  it('pays a lecturer record of the activity, made once per name, and is refused twice for the same lecturer', async () => {
    const world = await withBudget();
    const { activityId } = await world.cycleIn('IMPLEMENTATION');
    const first = await plan(world, { activityId, payeeName: '登別 太郎', role: 'LECTURER', grossYen: 30_000 });
    const lecturerId = first.data!.planHonorarium.lecturerId;
    expect(lecturerId).toBeTruthy();
    const { activity } = await world.secretariat.ok<{ activity: { lecturers: { id: string; name: string }[] } }>('query ($h: ID!, $a: ID!) { activity(hubId: $h, activityId: $a) { lecturers { id name } } }', { h: world.hubId, a: activityId });
    expect(activity.lecturers).toEqual([{ id: lecturerId, name: '登別 太郎' }]);
    expect(errorCode(await plan(world, { activityId, payeeName: '登別太郎', role: 'LECTURER' }))).toBe('DUPLICATE_HONORARIUM');
    expect(errorCode(await plan(world, { activityId, lecturerId, role: 'LECTURER' }))).toBe('DUPLICATE_HONORARIUM');
    expect(errorCode(await plan(world, { activityId, lecturerId: activityId, role: 'LECTURER' }))).toBe('NOT_FOUND');
  });

  it('has the database refuse a duplicate written past the server', async () => {
    const world = await withBudget();
    const { externalId } = await pastMeeting(world);
    const id = (await plan(world, { inviteeId: externalId })).data!.planHonorarium.id;
    const admin = new pg.Client({ connectionString: testDatabase().adminUrl });
    await admin.connect();
    try {
      await expect(
        admin.query(
          `insert into honorarium (id, created_at, updated_at, hub_id, meeting_id, invitee_id, fiscal_year, payee_name, payee_key, payee_type, role, gross_yen, withholding_yen, net_yen, state)
           select gen_random_uuid(), now(), now(), hub_id, meeting_id, invitee_id, fiscal_year, payee_name, payee_key, payee_type, role, 1, 0, 1, 'APPROVED' from honorarium where id = $1`,
          [id],
        ),
      ).rejects.toThrow(/honorarium_meeting_payee_role_unique/);
    } finally {
      await admin.end();
    }
  });
});

describe('the migration that brought the rule in', () => {
  it('keys and links the honoraria recorded before it, and flags and reports a payee paid twice without changing either', async () => {
    const db = await scratchDatabaseAt('Migration20261203140117');
    try {
      // Rows as a hub could have recorded them before the rule: written as the owner, within the hub's scope.
      const { one } = db;
      const { hubId, commit } = await db.inNewHub('移行確認拠点');
      const hub = { id: hubId };
      const meeting = await one(
        `insert into meeting (id, created_at, updated_at, hub_id, kind, title, starts_at, ends_at) values (gen_random_uuid(), now(), now(), $1, 'COLLABORATION_COUNCIL', '協議会', '2025-06-10T09:30:00Z', '2025-06-10T11:00:00Z') returning id`,
        [hub.id],
      );
      const pay = (name: string, state: string, at: string) =>
        one(
          `insert into honorarium (id, created_at, updated_at, hub_id, meeting_id, fiscal_year, payee_name, payee_type, role, gross_yen, withholding_yen, net_yen, state)
           values (gen_random_uuid(), $4::timestamptz, now(), $1, $2, 2025, $3, 'INDIVIDUAL', 'ATTENDEE', 10000, 1021, 8979, $5) returning id`,
          [hub.id, meeting.id, name, at, state],
        );
      const first = await pay('北海 花子', 'PAID', '2025-06-10T12:00:00Z');
      const second = await pay('北海　花子', 'APPROVED', '2025-06-11T12:00:00Z');
      await commit();

      const report = (await db.migrate()).find((w) => w.code === 'HUB_DUPLICATE_HONORARIUM');
      expect(report?.message).toMatch(/^1 honorarium\(s\)/);
      expect(report?.message).toContain(`honorarium ${second.id} (移行確認拠点): 北海　花子, ATTENDEE, APPROVED`);
      const rows = (await db.admin.query('select id, state, payee_key, duplicate_before_rule from honorarium order by created_at')).rows;
      expect(rows).toEqual([
        { id: first.id, state: 'PAID', payee_key: '北海花子', duplicate_before_rule: false },
        { id: second.id, state: 'APPROVED', payee_key: '北海花子', duplicate_before_rule: true },
      ]);
    } finally {
      await db.drop();
    }
  }, 60_000);
});
