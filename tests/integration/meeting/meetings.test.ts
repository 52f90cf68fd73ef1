import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, errorCode, startServer, type TestServer } from '../../support/harness.js';
import { cycleWorld, type CycleWorld } from '../../support/cycle-world.js';

let server: TestServer;
let world: CycleWorld;
let advisorId: string;

beforeAll(async () => {
  server = await startServer();
  world = await cycleWorld(server);
  advisorId = (await world.advisor.ok<{ me: { user: { id: string } } }>('{ me { user { id } } }')).me.user.id;
});
afterAll(() => server.close());

type Saved = { scheduleMeeting: { meetings: { id: string; startsAt: string; occurrenceDate: string | null; seriesId: string | null; version: number }[]; warnings: { code: string; message: string; relatedMeetingId: string | null }[] } };
const SCHEDULE = 'mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meetings { id startsAt occurrenceDate seriesId version } warnings { code message relatedMeetingId } } }';

const schedule = (input: Record<string, unknown>) =>
  world.secretariat.ok<Saved>(SCHEDULE, { input: { hubId: world.hubId, kind: 'COLLABORATION_COUNCIL', title: '連携協議会', place: '医師会館', ...input } });

describe('warnings, not refusals', () => {
  it('warns of 文化の日 and of a substitute holiday, judged in Tokyo', async () => {
    const culture = await schedule({ startsAt: '2025-11-03T10:00:00+09:00', endsAt: '2025-11-03T11:00:00+09:00' });
    expect(culture.scheduleMeeting.meetings).toHaveLength(1);
    expect(culture.scheduleMeeting.warnings.map((w) => [w.code, w.message])).toEqual([['HOLIDAY', '2025-11-03は祝日（文化の日）です。']]);
    const substitute = await schedule({ startsAt: '2025-11-24T14:00:00+09:00', endsAt: '2025-11-24T15:00:00+09:00' });
    expect(substitute.scheduleMeeting.warnings.map((w) => w.code)).toEqual(['HOLIDAY']);
    expect(substitute.scheduleMeeting.warnings[0]!.message).toContain('振替休日');
    const weekday = await schedule({ startsAt: '2025-11-04T10:00:00+09:00', endsAt: '2025-11-04T11:00:00+09:00' });
    expect(weekday.scheduleMeeting.warnings).toEqual([]);
  });

  it('warns of an overlap with another meeting of the hub and of a double-booked invitee', async () => {
    const first = await schedule({ startsAt: '2025-12-09T18:00:00+09:00', endsAt: '2025-12-09T19:30:00+09:00', invitees: [{ userId: advisorId, profession: 'DOCTOR' }] });
    const second = await schedule({ title: '退院支援WG', startsAt: '2025-12-09T19:00:00+09:00', endsAt: '2025-12-09T20:00:00+09:00', invitees: [{ userId: advisorId, profession: 'DOCTOR' }] });
    const firstId = first.scheduleMeeting.meetings[0]!.id;
    expect(second.scheduleMeeting.warnings.map((w) => [w.code, w.relatedMeetingId])).toEqual([
      ['OVERLAP', firstId],
      ['INVITEE_DOUBLE_BOOKED', firstId],
    ]);
    const { meetingWarnings } = await world.secretariat.ok<{ meetingWarnings: { code: string }[] }>(
      'query ($h: ID!) { meetingWarnings(hubId: $h, startsAt: "2025-12-09T19:30:00+09:00", endsAt: "2025-12-09T21:00:00+09:00") { code } }',
      { h: world.hubId },
    );
    expect(meetingWarnings.map((w) => w.code)).toEqual(['OVERLAP']); // only the second one overlaps 19:30–21:00
  });
});

describe('recurring series', () => {
  it('creates monthly occurrences on the second Tuesday, each changeable and cancellable on its own', async () => {
    const saved = await schedule({ title: '月例会議', startsAt: '2026-01-13T18:30:00+09:00', endsAt: '2026-01-13T20:00:00+09:00', recurrence: { rule: 'FREQ=MONTHLY;BYDAY=2TU;COUNT=3' } });
    const [jan, feb, mar] = saved.scheduleMeeting.meetings;
    expect(saved.scheduleMeeting.meetings.map((m) => [m.occurrenceDate, m.startsAt])).toEqual([
      ['2026-01-13', '2026-01-13T09:30:00.000Z'],
      ['2026-02-10', '2026-02-10T09:30:00.000Z'],
      ['2026-03-10', '2026-03-10T09:30:00.000Z'],
    ]);
    expect(new Set(saved.scheduleMeeting.meetings.map((m) => m.seriesId)).size).toBe(1);
    await world.secretariat.ok('mutation ($input: UpdateMeetingInput!) { updateMeeting(input: $input) { meetings { id } } }', {
      input: { hubId: world.hubId, meetingId: feb!.id, version: feb!.version, startsAt: '2026-02-17T18:30:00+09:00', endsAt: '2026-02-17T20:00:00+09:00' },
    });
    await world.secretariat.ok('mutation ($h: ID!, $m: ID!) { cancelMeeting(hubId: $h, meetingId: $m, reason: "年度末のため") { id } }', { h: world.hubId, m: mar!.id });
    const { meetings } = await world.secretariat.ok<{ meetings: { id: string; startsAt: string; status: string }[] }>(
      'query ($h: ID!) { meetings(hubId: $h, from: "2026-01-01T00:00:00+09:00", to: "2026-04-01T00:00:00+09:00") { id startsAt status } }',
      { h: world.hubId },
    );
    expect(meetings.map((m) => [m.id, m.startsAt, m.status])).toEqual([
      [jan!.id, '2026-01-13T09:30:00.000Z', 'SCHEDULED'],
      [feb!.id, '2026-02-17T09:30:00.000Z', 'SCHEDULED'],
      [mar!.id, '2026-03-10T09:30:00.000Z', 'CANCELLED'],
    ]);
  });
});

describe('meeting lifecycle', () => {
  it('goes scheduled → held → minutes approved, with attendance only from the start on', async () => {
    const future = await schedule({ startsAt: '2099-06-01T10:00:00+09:00', endsAt: '2099-06-01T11:00:00+09:00', invitees: [{ name: '外部 委員', profession: 'CARE_MANAGER' }] });
    const { meeting } = await world.secretariat.ok<{ meeting: { invitees: { id: string }[] } }>('query ($h: ID!, $m: ID!) { meeting(hubId: $h, meetingId: $m) { invitees { id } } }', { h: world.hubId, m: future.scheduleMeeting.meetings[0]!.id });
    const early = await world.secretariat.gql('mutation ($h: ID!, $m: ID!, $i: ID!) { markAttendance(hubId: $h, meetingId: $m, attendance: [{ inviteeId: $i, attended: true }]) { id } }', {
      h: world.hubId,
      m: future.scheduleMeeting.meetings[0]!.id,
      i: meeting.invitees[0]!.id,
    });
    expect(errorCode(early)).toBe('MEETING_NOT_STARTED');
    const past = await schedule({ startsAt: '2025-05-13T18:30:00+09:00', endsAt: '2025-05-13T20:00:00+09:00', agenda: [{ title: '入退院支援ルール' }] });
    const id = past.scheduleMeeting.meetings[0]!.id;
    expect(errorCode(await world.secretariat.gql('mutation ($h: ID!, $m: ID!) { approveMinutes(hubId: $h, meetingId: $m) { id } }', { h: world.hubId, m: id }))).toBe('WRONG_MEETING_STATE');
    await world.secretariat.ok('mutation ($h: ID!, $m: ID!) { markMeetingHeld(hubId: $h, meetingId: $m) { status } }', { h: world.hubId, m: id });
    const { approveMinutes } = await world.secretariat.ok<{ approveMinutes: { status: string } }>('mutation ($h: ID!, $m: ID!) { approveMinutes(hubId: $h, meetingId: $m) { status } }', { h: world.hubId, m: id });
    expect(approveMinutes.status).toBe('MINUTES_APPROVED');
    const minutes = await fetch(`${server.url}/hubs/${world.hubId}/meetings/${id}/minutes.html`, { headers: { cookie: world.advisor.cookie! } });
    expect(minutes.status).toBe(200);
    expect(await minutes.text()).toContain('入退院支援ルール');
  });
});

describe('removing an invitee', () => {
  const REMOVE = 'mutation ($h: ID!, $i: ID!) { removeInvitee(hubId: $h, inviteeId: $i) { id } }';
  const INVITEES = 'query ($h: ID!, $m: ID!) { meeting(hubId: $h, meetingId: $m) { invitees { id name } } }';

  it('is refused once the person attended or has an honorarium, and once the minutes are approved', async () => {
    const past = await schedule({ startsAt: '2025-06-10T18:30:00+09:00', endsAt: '2025-06-10T20:00:00+09:00', invitees: [{ name: '出席 太郎', profession: 'NURSE' }, { name: '謝金 花子', profession: 'PHARMACIST' }, { name: '欠席 次郎', profession: 'OTHER' }] });
    const m = past.scheduleMeeting.meetings[0]!.id;
    const ids = async () => new Map((await world.secretariat.ok<{ meeting: { invitees: { id: string; name: string }[] } }>(INVITEES, { h: world.hubId, m })).meeting.invitees.map((i) => [i.name, i.id]));
    const before = await ids();
    await world.secretariat.ok('mutation ($h: ID!, $m: ID!, $i: ID!) { markAttendance(hubId: $h, meetingId: $m, attendance: [{ inviteeId: $i, attended: true }]) { id } }', { h: world.hubId, m, i: before.get('出席 太郎') });
    await world.secretariat.ok('mutation ($input: PlanHonorariumInput!) { planHonorarium(input: $input) { id } }', { input: { hubId: world.hubId, inviteeId: before.get('謝金 花子'), payeeType: 'INDIVIDUAL', role: 'ATTENDEE', grossYen: 10_000 } });
    const attended = await world.secretariat.gql(REMOVE, { h: world.hubId, i: before.get('出席 太郎') });
    expect(errorCode(attended)).toBe('INVITEE_IN_USE');
    expect(attended.errors?.[0]?.message).toContain('出席 太郎さんは出席が記録されている');
    expect(errorCode(await world.secretariat.gql(REMOVE, { h: world.hubId, i: before.get('謝金 花子') }))).toBe('INVITEE_IN_USE');
    // Someone without either can go.
    await world.secretariat.ok(REMOVE, { h: world.hubId, i: before.get('欠席 次郎') });
    expect([...(await ids()).keys()].sort()).toEqual(['出席 太郎', '謝金 花子'].sort());
    // A cancelled meeting's invitation list is closed.
    const cancelled = await schedule({ startsAt: '2099-07-01T10:00:00+09:00', endsAt: '2099-07-01T11:00:00+09:00', invitees: [{ name: '中止 三郎', profession: 'OTHER' }] });
    const c = cancelled.scheduleMeeting.meetings[0]!.id;
    await world.secretariat.ok('mutation ($h: ID!, $m: ID!) { cancelMeeting(hubId: $h, meetingId: $m, reason: "台風のため") { status } }', { h: world.hubId, m: c });
    const { meeting } = await world.secretariat.ok<{ meeting: { invitees: { id: string }[] } }>(INVITEES, { h: world.hubId, m: c });
    expect(errorCode(await world.secretariat.gql(REMOVE, { h: world.hubId, i: meeting.invitees[0]!.id }))).toBe('WRONG_MEETING_STATE');
  });
});

describe('calendars', () => {
  it('gives an .ics per meeting that parses back with the same event, and marks updates and cancellations', async () => {
    const saved = await schedule({ title: '看取りWG', startsAt: '2025-10-14T18:00:00+09:00', endsAt: '2025-10-14T19:30:00+09:00', place: '室蘭市保健センター', invitees: [{ name: '北海 花子', profession: 'VISITING_NURSE', email: 'hanako@example.jp' }] });
    const meeting = saved.scheduleMeeting.meetings[0]!;
    const ics = async () => {
      const response = await fetch(`${server.url}/hubs/${world.hubId}/meetings/${meeting.id}.ics`, { headers: { cookie: world.municipality.cookie! } });
      expect(response.headers.get('content-type')).toContain('text/calendar');
      const component = new ICAL.Component(ICAL.parse(await response.text()));
      return new ICAL.Event(component.getFirstSubcomponent('vevent')!);
    };
    const first = await ics();
    expect(first.uid).toBe(`${meeting.id}@hub-workspace`);
    expect(first.summary).toContain('看取りWG');
    expect(first.location).toBe('室蘭市保健センター');
    expect(first.startDate.toJSDate().toISOString()).toBe('2025-10-14T09:00:00.000Z');
    expect(first.endDate.toJSDate().toISOString()).toBe('2025-10-14T10:30:00.000Z');
    expect(first.attendees.map((a) => String(a.getFirstValue()).toLowerCase())).toEqual(['mailto:hanako@example.jp']);
    await world.secretariat.ok('mutation ($input: UpdateMeetingInput!) { updateMeeting(input: $input) { meetings { id } } }', { input: { hubId: world.hubId, meetingId: meeting.id, version: meeting.version, place: '室蘭市役所' } });
    const updated = await ics();
    expect(updated.sequence).toBeGreaterThan(first.sequence);
    expect(updated.location).toBe('室蘭市役所');
    await world.secretariat.ok('mutation ($h: ID!, $m: ID!) { cancelMeeting(hubId: $h, meetingId: $m) { id } }', { h: world.hubId, m: meeting.id });
    const cancelled = await ics();
    expect(cancelled.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.sequence).toBeGreaterThan(updated.sequence);
    expect((await fetch(`${server.url}/hubs/${world.hubId}/meetings/${meeting.id}.ics`)).status).toBe(401);
  });

  it('serves a personal feed of all the member’s hubs by secret token, until revoked', async () => {
    const other = await cycleWorld(server, { zone: '胆振西部', municipalities: ['伊達市'] });
    // The advisor of `world` joins the other hub too.
    const { inviteMember } = await other.secretariat.ok<{ inviteMember: { token: string } }>('mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token } }', {
      input: { hubId: other.hubId, email: (await world.advisor.ok<{ me: { user: { email: string } } }>('{ me { user { email } } }')).me.user.email, role: 'ADVISOR' },
    });
    await world.advisor.ok('mutation ($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { expiresAt } }', { t: inviteMember.token, p: 'Test-Password-2025!' });
    await other.secretariat.ok(SCHEDULE, { input: { hubId: other.hubId, kind: 'TRAINING', title: '伊達の研修', startsAt: '2025-08-05T14:00:00+09:00', endsAt: '2025-08-05T16:00:00+09:00' } });
    const { createCalendarFeed } = await world.advisor.ok<{ createCalendarFeed: { path: string; feed: { id: string } } }>('mutation { createCalendarFeed { path feed { id } } }');
    const feed = await fetch(`${server.url}${createCalendarFeed.path}`);
    expect(feed.status).toBe(200);
    const events = new ICAL.Component(ICAL.parse(await feed.text())).getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('summary')));
    expect(events.some((s) => s.includes('伊達の研修'))).toBe(true);
    expect(events.some((s) => s.includes('連携協議会'))).toBe(true);
    // The feed can be found again later (without its address) to revoke it; nobody else sees it.
    const FEEDS = '{ calendarFeeds { id revokedAt } }';
    expect((await world.advisor.ok<{ calendarFeeds: { id: string }[] }>(FEEDS)).calendarFeeds.map((f) => f.id)).toEqual([createCalendarFeed.feed.id]);
    expect((await world.secretariat.ok<{ calendarFeeds: { id: string }[] }>(FEEDS)).calendarFeeds).toEqual([]);
    await world.advisor.ok('mutation ($f: ID!) { revokeCalendarFeed(feedId: $f) { revokedAt } }', { f: createCalendarFeed.feed.id });
    expect((await world.advisor.ok<{ calendarFeeds: { id: string }[] }>(FEEDS)).calendarFeeds).toEqual([]);
    expect((await fetch(`${server.url}${createCalendarFeed.path}`)).status).toBe(404);
    expect((await fetch(`${server.url}/calendar/not-a-token.ics`)).status).toBe(404);
  });
});

describe('public holidays', () => {
  const HOLIDAYS = 'query ($from: LocalDate!, $to: LocalDate!) { publicHolidays(from: $from, to: $to) { date name } }';

  it('are listed for any signed-in member, judged on Tokyo dates', async () => {
    const world = await cycleWorld(server);
    const { publicHolidays } = await world.municipality.ok<{ publicHolidays: { date: string; name: string }[] }>(HOLIDAYS, { from: '2026-01-01', to: '2026-01-31' });
    expect(publicHolidays).toEqual([{ date: '2026-01-01', name: '元日' }, { date: '2026-01-12', name: '成人の日' }]);
  });

  it('refuse a period that runs backwards or longer than 400 days', async () => {
    const world = await cycleWorld(server);
    expect(errorCode(await world.advisor.gql(HOLIDAYS, { from: '2026-02-01', to: '2026-01-01' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await world.advisor.gql(HOLIDAYS, { from: '2025-01-01', to: '2026-12-31' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await new Client(server).gql(HOLIDAYS, { from: '2025-01-01', to: '2026-12-31' }))).toBe('BAD_USER_INPUT');
  });

  it('are public reference data, like zones and municipalities: read without signing in', async () => {
    const anonymous = new Client(server);
    const { publicHolidays } = await anonymous.ok<{ publicHolidays: { date: string; name: string }[] }>(HOLIDAYS, { from: '2026-01-01', to: '2026-01-31' });
    expect(publicHolidays.map((h) => h.date)).toEqual(['2026-01-01', '2026-01-12']);
    const { homeCareZones, municipalities } = await anonymous.ok<{ homeCareZones: unknown[]; municipalities: unknown[] }>('{ homeCareZones { id } municipalities { id } }');
    expect([homeCareZones.length, municipalities.length]).toEqual([39, 179]);
  });
});
