import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startServer, type TestServer } from '../../support/harness.js';
import { cycleWorld, type CycleWorld } from '../../support/cycle-world.js';
import { pastMeeting } from '../../support/mutation-catalogue.js';

/** What a held meeting can no longer take, minutes edited by two people, and people booked in two hubs. */

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const MEETING = 'query ($h: ID!, $m: ID!) { meeting(hubId: $h, meetingId: $m) { version title startsAt agenda { id minutes } invitees { id name } } }';
type MeetingData = { meeting: { version: number; title: string; startsAt: string; agenda: { id: string; minutes: string }[]; invitees: { id: string; name: string }[] } };
const read = (world: CycleWorld, meetingId: string) => world.secretariat.ok<MeetingData>(MEETING, { h: world.hubId, m: meetingId }).then((d) => d.meeting);
const MINUTES = 'mutation ($h: ID!, $m: ID!, $v: Int!, $a: ID!, $text: String!) { recordMinutes(hubId: $h, meetingId: $m, version: $v, items: [{ agendaItemId: $a, minutes: $text }]) { version } }';

describe('a held meeting', () => {
  it('takes no new invitee and loses none, and keeps its times and agenda; its title and place can still be corrected', async () => {
    const world = await cycleWorld(server);
    const { meetingId, externalId } = await pastMeeting(world, { held: true });
    const invite = await world.secretariat.gql('mutation ($h: ID!, $m: ID!) { inviteToMeeting(hubId: $h, meetingId: $m, invitees: [{ name: "後から 追加", profession: OTHER }]) { id } }', { h: world.hubId, m: meetingId });
    expect(errorCode(invite)).toBe('WRONG_MEETING_STATE');
    expect(invite.errors?.[0]?.extensions).toMatchObject({ status: 'HELD', allowed: ['SCHEDULED'] });
    expect(errorCode(await world.secretariat.gql('mutation ($h: ID!, $i: ID!) { removeInvitee(hubId: $h, inviteeId: $i) { id } }', { h: world.hubId, i: externalId }))).toBe('WRONG_MEETING_STATE');
    const before = await read(world, meetingId);
    const UPDATE = 'mutation ($input: UpdateMeetingInput!) { updateMeeting(input: $input) { meetings { title version } } }';
    const moved = await world.secretariat.gql(UPDATE, { input: { hubId: world.hubId, meetingId, version: before.version, startsAt: '2025-06-11T18:30:00+09:00', endsAt: '2025-06-11T20:00:00+09:00' } });
    expect(errorCode(moved)).toBe('HELD_MEETING_LOCKED');
    expect(moved.errors?.[0]?.extensions).toMatchObject({ fields: ['startsAt', 'endsAt'] });
    expect(moved.errors?.[0]?.message).toContain('開催済みの会議の開始日時・終了日時は変更できません');
    expect(errorCode(await world.secretariat.gql(UPDATE, { input: { hubId: world.hubId, meetingId, version: before.version, agenda: [{ title: '別の議題' }] } }))).toBe('HELD_MEETING_LOCKED');
    const corrected = await world.secretariat.ok<{ updateMeeting: { meetings: { title: string }[] } }>(UPDATE, { input: { hubId: world.hubId, meetingId, version: before.version, title: '在宅医療連携協議会（第1回）', place: '医師会館 2階' } });
    expect(corrected.updateMeeting.meetings[0]!.title).toBe('在宅医療連携協議会（第1回）');
    const after = await read(world, meetingId);
    expect({ startsAt: after.startsAt, invitees: after.invitees.length }).toEqual({ startsAt: before.startsAt, invitees: before.invitees.length });
  });
});

describe('minutes edited by two people', () => {
  it('refuses the second save made on the version before the first, with CONFLICT, keeping the first', async () => {
    const world = await cycleWorld(server);
    const { meetingId } = await pastMeeting(world, { held: true });
    const start = await read(world, meetingId);
    const agendaItemId = start.agenda[0]!.id;
    await world.secretariat.ok(MINUTES, { h: world.hubId, m: meetingId, v: start.version, a: agendaItemId, text: '一人目の記録' });
    const second = await world.secretariat.gql(MINUTES, { h: world.hubId, m: meetingId, v: start.version, a: agendaItemId, text: '二人目の記録' });
    expect(errorCode(second)).toBe('CONFLICT');
    expect((await read(world, meetingId)).agenda[0]!.minutes).toBe('一人目の記録');
  });

  it('lets exactly one of several saves made at once on the same version through (several runs)', async () => {
    for (let run = 0; run < 3; run++) {
      const world = await cycleWorld(server);
      const { meetingId } = await pastMeeting(world, { held: true });
      const start = await read(world, meetingId);
      const results = await Promise.all(Array.from({ length: 6 }, (_, i) => world.secretariat.gql(MINUTES, { h: world.hubId, m: meetingId, v: start.version, a: start.agenda[0]!.id, text: `記録 ${i}` })));
      expect(results.filter((r) => !r.errors).length, `run ${run}`).toBe(1);
      expect(results.filter((r) => errorCode(r) === 'CONFLICT').length).toBe(5);
    }
  }, 120_000);
});

describe('a person invited to overlapping meetings of two hubs', () => {
  it('is warned of in the other hub without telling it what the meeting is, and never for someone not of the hub', async () => {
    const world = await cycleWorld(server);
    const other = await cycleWorld(server, { zone: '胆振西部', municipalities: ['伊達市'] });
    const { me } = await world.advisor.ok<{ me: { user: { id: string; email: string; displayName: string } } }>('{ me { user { id email displayName } } }');
    // The advisor of `world` is also a member of `other`.
    const { inviteMember } = await other.secretariat.ok<{ inviteMember: { token: string } }>('mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token } }', { input: { hubId: other.hubId, email: me.user.email, role: 'ADVISOR' } });
    await world.advisor.ok('mutation ($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { expiresAt } }', { t: inviteMember.token, p: 'Test-Password-2025!' });
    const SCHEDULE = 'mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { warnings { code message relatedMeetingId } } }';
    const slot = (hubId: string, title: string) => ({ hubId, kind: 'COLLABORATION_COUNCIL', title, startsAt: '2026-01-20T18:00:00+09:00', endsAt: '2026-01-20T19:30:00+09:00', invitees: [{ userId: me.user.id, profession: 'DOCTOR' }] });
    await other.secretariat.ok(SCHEDULE, { input: slot(other.hubId, '伊達の非公開検討会') });
    const { scheduleMeeting } = await world.secretariat.ok<{ scheduleMeeting: { warnings: { code: string; message: string; relatedMeetingId: string | null }[] } }>(SCHEDULE, { input: slot(world.hubId, '室蘭の協議会') });
    expect(scheduleMeeting.warnings).toEqual([{ code: 'INVITEE_BUSY_ELSEWHERE', message: `${me.user.displayName}さんは同じ時間に、所属する別の拠点の会議にも招待されています。`, relatedMeetingId: null }]);
    expect(JSON.stringify(scheduleMeeting.warnings)).not.toContain('伊達');
    // Asked before saving, too; and a user id of someone outside the hub tells nothing.
    const WARNINGS = 'query ($h: ID!, $u: [ID!]) { meetingWarnings(hubId: $h, startsAt: "2026-01-20T19:00:00+09:00", endsAt: "2026-01-20T20:00:00+09:00", inviteeUserIds: $u) { code } }';
    expect((await world.secretariat.ok<{ meetingWarnings: { code: string }[] }>(WARNINGS, { h: world.hubId, u: [me.user.id] })).meetingWarnings.map((w) => w.code)).toContain('INVITEE_BUSY_ELSEWHERE');
    const { me: stranger } = await other.secretariat.ok<{ me: { user: { id: string } } }>('{ me { user { id } } }');
    await other.secretariat.ok(SCHEDULE, { input: { ...slot(other.hubId, '伊達の事務局会議'), invitees: [{ userId: stranger.user.id, profession: 'OTHER' }] } });
    expect((await world.secretariat.ok<{ meetingWarnings: { code: string }[] }>(WARNINGS, { h: world.hubId, u: [stranger.user.id] })).meetingWarnings.map((w) => w.code)).not.toContain('INVITEE_BUSY_ELSEWHERE');
  });
});

describe('references to other records', () => {
  it("take only the hub's own: an agenda naming another hub's issue or project, or a made-up one, is refused", async () => {
    const world = await cycleWorld(server);
    const other = await cycleWorld(server, { zone: '胆振西部', municipalities: ['伊達市'] });
    const mine = await world.cycleIn('PLANNING');
    const theirs = await other.cycleIn('PLANNING');
    const SCHEDULE = 'mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meetings { id } } }';
    const schedule = (agenda: Record<string, unknown>[]) =>
      world.secretariat.gql<{ scheduleMeeting: { meetings: { id: string }[] } }>(SCHEDULE, { input: { hubId: world.hubId, kind: 'COLLABORATION_COUNCIL', title: '協議会', startsAt: '2026-03-03T18:00:00+09:00', endsAt: '2026-03-03T19:00:00+09:00', agenda } });
    for (const agenda of [[{ title: '他の拠点の課題', issueId: theirs.issueId }], [{ title: '他の拠点の事業', projectId: theirs.projectId }], [{ title: '架空の課題', issueId: '00000000-0000-4000-8000-000000000000' }]]) {
      const refused = await schedule(agenda);
      expect(errorCode(refused), JSON.stringify(agenda)).toBe('NOT_FOUND');
    }
    const ok = await schedule([{ title: '自分の課題', issueId: mine.issueId, projectId: mine.projectId }]);
    expect(ok.errors).toBeUndefined();
    // Changing the agenda later is held to the same.
    const meetingId = ok.data!.scheduleMeeting.meetings[0]!.id;
    const { meeting } = await world.secretariat.ok<{ meeting: { version: number } }>('query ($h: ID!, $m: ID!) { meeting(hubId: $h, meetingId: $m) { version } }', { h: world.hubId, m: meetingId });
    const changed = await world.secretariat.gql('mutation ($input: UpdateMeetingInput!) { updateMeeting(input: $input) { meetings { id } } }', { input: { hubId: world.hubId, meetingId, version: meeting.version, agenda: [{ title: 'x', issueId: theirs.issueId }] } });
    expect(errorCode(changed)).toBe('NOT_FOUND');
  });

  it("adopts a plan only at one of the hub's own meetings", async () => {
    const world = await cycleWorld(server);
    const other = await cycleWorld(server, { zone: '胆振西部', municipalities: ['伊達市'] });
    const built = await world.cycleIn('PLANNING');
    const { meetingId: theirMeeting } = await pastMeeting(other);
    const planVersion = async () => (await world.secretariat.ok<{ plan: { version: number } }>('query ($h: ID!, $p: ID!) { plan(hubId: $h, planId: $p) { version } }', { h: world.hubId, p: built.planId })).plan.version;
    await world.secretariat.ok('mutation ($h: ID!, $p: ID!, $v: Int!) { circulatePlan(hubId: $h, planId: $p, version: $v) { state } }', { h: world.hubId, p: built.planId, v: await planVersion() });
    const refused = await world.secretariat.gql('mutation ($input: AdoptPlanInput!) { adoptPlan(input: $input) { state } }', { input: { hubId: world.hubId, planId: built.planId, version: await planVersion(), adoptedOn: '2025-05-20', meetingId: theirMeeting } });
    expect(errorCode(refused)).toBe('NOT_FOUND');
  });
});
