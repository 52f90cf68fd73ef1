import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startServer, type Client, type TestServer } from '../../support/harness.js';
import { cycleWorld, type CycleWorld } from '../../support/cycle-world.js';
import { pastMeeting } from '../../support/mutation-catalogue.js';

/**
 * The "may I?" answers the client builds its controls from: per hub from the roles the server
 * checks, per meeting, honorarium, plan and cycle from their states as well, and each the
 * answer the server then gives.
 */

let server: TestServer;
let world: CycleWorld;
beforeAll(async () => {
  server = await startServer();
  world = await cycleWorld(server);
});
afterAll(() => server.close());

const HUB_CAN = `query ($h: ID!) { hub(hubId: $h) { viewerCan {
  raiseIssue curateIssues editPlan scheduleMeeting recordExpense seeBudget giveAdvice comment
  recordProgrammeResult runActivities answerSurvey seeSurveyCompilation seeAudit seeMembers seeInvitations manageMembers advanceCycle } } }`;
const hubCan = async (client: Client) => (await client.ok<{ hub: { viewerCan: Record<string, boolean> } }>(HUB_CAN, { h: world.hubId })).hub.viewerCan;
const only = (...names: string[]) =>
  Object.fromEntries(
    ['raiseIssue', 'curateIssues', 'editPlan', 'scheduleMeeting', 'recordExpense', 'seeBudget', 'giveAdvice', 'comment', 'recordProgrammeResult', 'runActivities', 'answerSurvey', 'seeSurveyCompilation', 'seeAudit', 'seeMembers', 'seeInvitations', 'manageMembers', 'advanceCycle'].map((n) => [n, names.includes(n)]),
  );

describe('Hub.viewerCan', () => {
  it('answers each role from the roles its operations require', async () => {
    expect(await hubCan(world.secretariat)).toEqual(only('raiseIssue', 'curateIssues', 'editPlan', 'scheduleMeeting', 'recordExpense', 'seeBudget', 'comment', 'runActivities', 'seeSurveyCompilation', 'seeAudit', 'seeMembers', 'seeInvitations', 'manageMembers', 'advanceCycle'));
    expect(await hubCan(world.advisor)).toEqual(only('raiseIssue', 'giveAdvice', 'comment', 'seeMembers'));
    expect(await hubCan(world.municipality)).toEqual(only('raiseIssue', 'comment', 'recordProgrammeResult', 'answerSurvey', 'seeMembers'));
    expect(await hubCan(world.healthCenter)).toEqual(only('seeBudget', 'comment', 'seeMembers'));
    // The prefecture is no member: it reads the budget, survey compilations, the audit trail and the members, and takes part in nothing.
    expect(await hubCan(world.admin)).toEqual(only('seeBudget', 'seeSurveyCompilation', 'seeAudit', 'seeMembers', 'seeInvitations'));
  });

  it('says no where the server then refuses, and yes where it accepts', async () => {
    const { cycleId } = await world.cycleIn('ISSUE_IDENTIFICATION');
    const RAISE = 'mutation ($input: RaiseIssueInput!) { raiseIssue(input: $input) { id } }';
    const input = { hubId: world.hubId, cycleId, title: '夜間の連絡体制' };
    expect((await hubCan(world.healthCenter)).raiseIssue).toBe(false);
    expect(errorCode(await world.healthCenter.gql(RAISE, { input }))).toBe('FORBIDDEN');
    expect((await hubCan(world.municipality)).raiseIssue).toBe(true);
    expect((await world.municipality.gql(RAISE, { input })).errors).toBeUndefined();
  });
});

const MEETING_CAN = `query ($h: ID!, $m: ID!) { meeting(hubId: $h, meetingId: $m) { status viewerCan {
  editDetails reschedule invite removeInvitee respond cancel markAttendance markHeld recordMinutes approveMinutes planHonorarium } } }`;
const meetingCan = async (client: Client, meetingId: string) =>
  (await client.ok<{ meeting: { viewerCan: Record<string, boolean> } }>(MEETING_CAN, { h: world.hubId, m: meetingId })).meeting.viewerCan;
const meetingOnly = (...names: string[]) =>
  Object.fromEntries(['editDetails', 'reschedule', 'invite', 'removeInvitee', 'respond', 'cancel', 'markAttendance', 'markHeld', 'recordMinutes', 'approveMinutes', 'planHonorarium'].map((n) => [n, names.includes(n)]));

describe('Meeting.viewerCan', () => {
  it('follows the state machine: a started meeting, then held, then with approved minutes', async () => {
    const { meetingId } = await pastMeeting(world);
    expect(await meetingCan(world.secretariat, meetingId)).toEqual(
      meetingOnly('editDetails', 'reschedule', 'invite', 'removeInvitee', 'cancel', 'markAttendance', 'markHeld', 'planHonorarium'),
    );
    // The advisor is invited: they may answer, and do nothing else to the meeting.
    expect(await meetingCan(world.advisor, meetingId)).toEqual(meetingOnly('respond'));
    expect(await meetingCan(world.municipality, meetingId)).toEqual(meetingOnly());

    await world.secretariat.ok('mutation ($h: ID!, $m: ID!) { markMeetingHeld(hubId: $h, meetingId: $m) { id } }', { h: world.hubId, m: meetingId });
    expect(await meetingCan(world.secretariat, meetingId)).toEqual(meetingOnly('editDetails', 'markAttendance', 'recordMinutes', 'approveMinutes', 'planHonorarium'));
    // What viewerCan withholds, the server refuses.
    const invite = await world.secretariat.gql('mutation ($h: ID!, $m: ID!) { inviteToMeeting(hubId: $h, meetingId: $m, invitees: [{ name: "後から 追加", profession: OTHER }]) { id } }', { h: world.hubId, m: meetingId });
    expect(errorCode(invite)).toBe('WRONG_MEETING_STATE');

    await world.secretariat.ok('mutation ($h: ID!, $m: ID!) { approveMinutes(hubId: $h, meetingId: $m) { id } }', { h: world.hubId, m: meetingId });
    expect(await meetingCan(world.secretariat, meetingId)).toEqual(meetingOnly('markAttendance', 'planHonorarium'));
  });
});

describe('Honorarium.viewerCan and Cycle.viewerCan', () => {
  it('offers approving a planned honorarium, paying an approved one, and nothing but reading a paid one', async () => {
    const { meetingId, externalId } = await pastMeeting(world, { held: true, attended: true });
    await world.secretariat.ok('mutation ($h: ID!, $y: Int!) { openBudget(hubId: $h, fiscalYear: $y) { id } }', { h: world.hubId, y: 2025 });
    const { planHonorarium } = await world.secretariat.ok<{ planHonorarium: { id: string; viewerCan: Record<string, boolean> } }>(
      'mutation ($input: PlanHonorariumInput!) { planHonorarium(input: $input) { id viewerCan { approve pay cancel remove } } }',
      { input: { hubId: world.hubId, inviteeId: externalId, payeeType: 'INDIVIDUAL', role: 'ATTENDEE', grossYen: 10_000 } },
    );
    expect(planHonorarium.viewerCan).toEqual({ approve: true, pay: false, cancel: true, remove: true });
    const CAN = 'query ($h: ID!, $m: ID!) { meeting(hubId: $h, meetingId: $m) { honoraria { id viewerCan { approve pay cancel remove } } } }';
    await world.secretariat.ok('mutation ($h: ID!, $id: ID!) { approveHonorarium(hubId: $h, honorariumId: $id) { id } }', { h: world.hubId, id: planHonorarium.id });
    const approved = await world.secretariat.ok<{ meeting: { honoraria: { viewerCan: Record<string, boolean> }[] } }>(CAN, { h: world.hubId, m: meetingId });
    expect(approved.meeting.honoraria[0]!.viewerCan).toEqual({ approve: false, pay: true, cancel: true, remove: true });
    await world.secretariat.ok('mutation ($h: ID!, $id: ID!, $d: LocalDate!) { payHonorarium(hubId: $h, honorariumId: $id, paidOn: $d) { id } }', { h: world.hubId, id: planHonorarium.id, d: '2025-06-20' });
    const paid = await world.secretariat.ok<{ meeting: { honoraria: { viewerCan: Record<string, boolean> }[] } }>(CAN, { h: world.hubId, m: meetingId });
    expect(paid.meeting.honoraria[0]!.viewerCan).toEqual({ approve: false, pay: false, cancel: false, remove: false });
  });

  it('lets the secretariat move an open cycle either way from its second phase, and nobody else', async () => {
    const { cycleId } = await world.cycleIn('PLANNING');
    const CAN = 'query ($h: ID!, $c: ID!) { cycle(hubId: $h, cycleId: $c) { phase viewerCan { advance revert } plan { viewerCan { editProjects circulate adopt } } } }';
    type Answer = { cycle: { phase: string; viewerCan: Record<string, boolean>; plan: { viewerCan: Record<string, boolean> } } };
    const secretariat = await world.secretariat.ok<Answer>(CAN, { h: world.hubId, c: cycleId });
    expect(secretariat.cycle.viewerCan).toEqual({ advance: true, revert: true });
    // The draft has a project within the caps: it may be circulated, not yet adopted.
    expect(secretariat.cycle.plan.viewerCan).toEqual({ editProjects: true, circulate: true, adopt: false });
    const advisor = await world.advisor.ok<Answer>(CAN, { h: world.hubId, c: cycleId });
    expect(advisor.cycle.viewerCan).toEqual({ advance: false, revert: false });
    expect(advisor.cycle.plan.viewerCan).toEqual({ editProjects: false, circulate: false, adopt: false });
  });
});
