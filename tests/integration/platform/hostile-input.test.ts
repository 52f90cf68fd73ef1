import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startServer, type TestServer } from '../../support/harness.js';
import { cycleWorld, type CycleWorld } from '../../support/cycle-world.js';

/** Hostile input answered with a coded, bilingual refusal, never an internal error, and the server stays up. */

let server: TestServer;
let world: CycleWorld;
beforeAll(async () => {
  server = await startServer();
  world = await cycleWorld(server);
});
afterAll(() => server.close());

const SCHEDULE = 'mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meetings { id } } }';
const meeting = (extra: Record<string, unknown>) => ({ hubId: world.hubId, kind: 'COLLABORATION_COUNCIL', title: '協議会', startsAt: '2026-02-10T18:00:00+09:00', endsAt: '2026-02-10T19:00:00+09:00', ...extra });
const RAISE = 'mutation ($input: RaiseIssueInput!) { raiseIssue(input: $input) { id } }';

describe('hostile input', () => {
  const cases: [string, string, () => Record<string, unknown>][] = [
    ['a NUL byte in a title', SCHEDULE, () => ({ input: meeting({ title: '協議\u0000会' }) })],
    ['a lone surrogate in a title', SCHEDULE, () => ({ input: meeting({ title: '協議\uD800会' }) })],
    ['a lone low surrogate in a place', SCHEDULE, () => ({ input: meeting({ place: '\uDC00会館' }) })],
    ['a malformed hub id', SCHEDULE, () => ({ input: meeting({ hubId: 'not-a-uuid' }) })],
    ['a malformed invitee user id', SCHEDULE, () => ({ input: meeting({ invitees: [{ userId: "1' or '1'='1", profession: 'DOCTOR' }] }) })],
    ['a year-1900 meeting', SCHEDULE, () => ({ input: meeting({ startsAt: '1900-01-01T10:00:00+09:00', endsAt: '1900-01-01T11:00:00+09:00' }) })],
    ['a 100,000-character online link', SCHEDULE, () => ({ input: meeting({ onlineUrl: `https://example.jp/${'a'.repeat(100_000)}` }) })],
    ['a malformed cycle id', RAISE, () => ({ input: { hubId: world.hubId, cycleId: 'x'.repeat(40), title: '課題', functions: ['DISCHARGE_SUPPORT'] } })],
    ['a line break in a one-line title (calendar line injection)', SCHEDULE, () => ({ input: meeting({ title: '協議会\r\nATTENDEE:mailto:attacker@example.jp' }) })],
    ['a right-to-left override in a place', SCHEDULE, () => ({ input: meeting({ place: '会館\u202Efdp.exe' }) })],
    ['a control character in a title', SCHEDULE, () => ({ input: meeting({ title: '協議\u0007会' }) })],
    ['1,000 invitees in one meeting', SCHEDULE, () => ({ input: meeting({ invitees: Array.from({ length: 1000 }, (_, i) => ({ name: `招待者${i}`, profession: 'DOCTOR' })) }) })],
    ['a 2,147,483,647-yen honorarium', 'mutation ($input: PlanHonorariumInput!) { planHonorarium(input: $input) { id } }', () => ({ input: { hubId: world.hubId, inviteeId: '00000000-0000-4000-8000-000000000000', payeeType: 'INDIVIDUAL', role: 'ATTENDEE', grossYen: 2_147_483_647 } })],
    ['a budget for the fiscal year 99999', 'mutation ($h: ID!) { openBudget(hubId: $h, fiscalYear: 99999) { id } }', () => ({ h: world.hubId })],
    ['a negative number of participants', 'mutation ($input: CreateActivityInput!) { createActivity(input: $input) { id } }', () => ({ input: { hubId: world.hubId, projectId: '00000000-0000-4000-8000-000000000000', kind: 'TRAINING', title: '研修', participants: [{ profession: 'DOCTOR', count: -5 }] } })],
    ['advice on a meeting that is not one of the hub’s', 'mutation ($input: PostAdviceInput!) { postAdvice(input: $input) { id } }', () => ({ input: { hubId: world.hubId, targetType: 'MEETING', targetId: '00000000-0000-4000-8000-000000000000', kind: 'COMMENT', body: '確認しました' } })],
    ['a programme report of a municipality that does not exist', 'query ($h: ID!) { programmeReport(hubId: $h, municipalityId: "00000000-0000-4000-8000-000000000000", fiscalYear: 2025) { fiscalYear } }', () => ({ h: world.hubId })],
    ['a NUL byte in an issue', RAISE, () => ({ input: { hubId: world.hubId, cycleId: '00000000-0000-4000-8000-000000000000', title: '\u0000', functions: ['DISCHARGE_SUPPORT'] } })],
  ];

  for (const [name, query, variables] of cases) {
    it(`refuses ${name} with a coded, bilingual error`, async () => {
      const result = await world.secretariat.gql(query, variables());
      const code = errorCode(result);
      expect(code, JSON.stringify(result.errors)).toBeDefined();
      expect(code).not.toBe('INTERNAL_SERVER_ERROR');
      expect(typeof result.errors?.[0]?.extensions?.messageEn, JSON.stringify(result.errors)).toBe('string');
      expect(result.errors?.[0]?.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    });
  }

  it('leaves the server up and nothing written', async () => {
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    const { meetings } = await world.secretariat.ok<{ meetings: unknown[] }>('query ($h: ID!) { meetings(hubId: $h) { id } }', { h: world.hubId });
    expect(meetings).toEqual([]);
  });

  it('takes a multi-line reason where the field is multi-line, and no more than 100 invitees to a meeting however they are added', async () => {
    const invitees = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ name: `招待者${from + i}`, profession: 'NURSE' }));
    const { scheduleMeeting } = await world.secretariat.ok<{ scheduleMeeting: { meetings: { id: string }[] } }>(SCHEDULE, { input: meeting({ invitees: invitees(90) }) });
    const meetingId = scheduleMeeting.meetings[0]!.id;
    const invite = 'mutation ($h: ID!, $m: ID!, $i: [InviteeInput!]!) { inviteToMeeting(hubId: $h, meetingId: $m, invitees: $i) { id } }';
    const over = await world.secretariat.gql(invite, { h: world.hubId, m: meetingId, i: invitees(11, 90) });
    expect(over.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'invitees', reason: 'TOO_MANY', limit: 100 });
    await world.secretariat.ok(invite, { h: world.hubId, m: meetingId, i: invitees(10, 90) });
    const cancelled = await world.secretariat.ok<{ cancelMeeting: { cancellationReason: string } }>(
      'mutation ($h: ID!, $m: ID!, $r: String) { cancelMeeting(hubId: $h, meetingId: $m, reason: $r) { cancellationReason } }',
      { h: world.hubId, m: meetingId, r: '台風接近のため中止。\n次回日程は追って連絡します。' },
    );
    expect(cancelled.cancelMeeting.cancellationReason).toContain('\n');
  });
});
