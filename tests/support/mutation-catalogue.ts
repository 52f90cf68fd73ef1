import { randomUUID } from 'node:crypto';
import { Client, createUser, PASSWORD, secondFactors, signedIn, uniqueEmail, type TestServer } from './harness.js';
import { currentCode } from '../../server/src/modules/account/second-factor.service.js';
import { adopt, createActivity, createCycle, createProject, raiseIssue, version, type CycleWorld } from './cycle-world.js';

export type Role = 'SECRETARIAT' | 'ADVISOR' | 'MUNICIPALITY' | 'HEALTH_CENTER' | 'PREFECTURE_ADMIN' | 'OTHER_HUB';
export const ROLES: Role[] = ['SECRETARIAT', 'ADVISOR', 'MUNICIPALITY', 'HEALTH_CENTER', 'PREFECTURE_ADMIN', 'OTHER_HUB'];

export type Call = { query: string; variables?: Record<string, unknown>; client?: Client };

export type CallContext = {
  server: TestServer;
  /** The shared hub, with one member per role. */
  world: CycleWorld;
  /** A new hub, for mutations that use up a cycle's state. */
  fresh(): Promise<CycleWorld>;
  /** Whether the role making this call is allowed: refused calls need no real target. */
  allowed: boolean;
};

export type Row = {
  /** Roles allowed; PUBLIC and SIGNED_IN rows act on the caller's own account and are called once. */
  allowed: Role[] | 'PUBLIC' | 'SIGNED_IN';
  prepare(ctx: CallContext): Promise<Call>;
};

const S: Role[] = ['SECRETARIAT'];
const placeholder = (): string => randomUUID();

async function issueVersion(world: CycleWorld, issueId: string): Promise<number> {
  const { issue } = await world.secretariat.ok<{ issue: { version: number } }>('query ($h: ID!, $i: ID!) { issue(hubId: $h, issueId: $i) { version } }', { h: world.hubId, i: issueId });
  return issue.version;
}

async function surveyIn(world: CycleWorld, send: boolean): Promise<{ activityId: string; questionId: string }> {
  const cycle = await world.cycleIn('IMPLEMENTATION');
  const activityId = await createActivity(world, cycle.projectId, {
    kind: 'SURVEY',
    title: '退院支援の実態調査',
    surveyDeadline: '2030-03-31',
    questions: [{ text: '退院調整ルールの運用状況', kind: 'CHOICE', choices: ['運用中', '準備中', '未着手'] }],
  });
  if (send) await world.secretariat.ok('mutation ($h: ID!, $a: ID!) { sendSurvey(hubId: $h, activityId: $a) { id } }', { h: world.hubId, a: activityId });
  const { activity } = await world.secretariat.ok<{ activity: { questions: { id: string }[] } }>('query ($h: ID!, $a: ID!) { activity(hubId: $h, activityId: $a) { questions { id } } }', { h: world.hubId, a: activityId });
  return { activityId, questionId: activity.questions[0]!.id };
}

async function programmeResult(world: CycleWorld): Promise<{ id: string; version: number }> {
  const { recordProgrammeResult } = await world.municipality.ok<{ recordProgrammeResult: { id: string; version: number } }>(
    'mutation ($input: RecordProgrammeResultInput!) { recordProgrammeResult(input: $input) { id version } }',
    { input: { hubId: world.hubId, item: 'KA_TRAINING', description: '多職種研修会に参加', sessions: 1, participants: 8, periodStart: '2025-09-01', periodEnd: '2025-09-01' } },
  );
  return recordProgrammeResult;
}

async function participationVersion(world: CycleWorld, participationId: string): Promise<number> {
  const { hub } = await world.secretariat.ok<{ hub: { participations: { id: string; version: number }[] } }>('query ($h: ID!) { hub(hubId: $h) { participations { id version } } }', { h: world.hubId });
  return hub.participations.find((p) => p.id === participationId)!.version;
}

const budgets = new WeakMap<CycleWorld, Promise<void>>();

/** The shared world's FY2025 budget, opened once. */
export function ensureBudget(world: CycleWorld): Promise<void> {
  if (!budgets.has(world)) {
    budgets.set(world, world.secretariat.ok('mutation ($h: ID!) { openBudget(hubId: $h, fiscalYear: 2025) { id } }', { h: world.hubId }).then(() => undefined));
  }
  return budgets.get(world)!;
}

/** A meeting in the past with an external invitee and the advisor; optionally attendance marked and held. */
export async function pastMeeting(world: CycleWorld, options: { held?: boolean; attended?: boolean } = {}): Promise<{ meetingId: string; version: number; externalId: string; advisorInviteeId: string }> {
  const { me } = await world.advisor.ok<{ me: { user: { id: string } } }>('{ me { user { id } } }');
  const { scheduleMeeting } = await world.secretariat.ok<{ scheduleMeeting: { meetings: { id: string; version: number; invitees: { id: string; userId: string | null }[] }[] } }>(
    'mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meetings { id version invitees { id userId } } } }',
    {
      input: {
        hubId: world.hubId,
        kind: 'COLLABORATION_COUNCIL',
        title: '在宅医療連携協議会',
        startsAt: '2025-06-10T18:30:00+09:00',
        endsAt: '2025-06-10T20:00:00+09:00',
        place: '医師会館',
        agenda: [{ title: '退院支援ルールについて', presenter: '事務局' }],
        invitees: [
          { name: '北海 花子', organisation: '訪問看護ステーションすずらん', profession: 'VISITING_NURSE', email: 'hanako@example.jp' },
          { userId: me.user.id, profession: 'DOCTOR' },
        ],
      },
    },
  );
  const meeting = scheduleMeeting.meetings[0]!;
  const externalId = meeting.invitees.find((i) => !i.userId)!.id;
  const advisorInviteeId = meeting.invitees.find((i) => i.userId)!.id;
  if (options.attended) {
    await world.secretariat.ok('mutation ($h: ID!, $m: ID!, $a: [AttendanceInput!]!) { markAttendance(hubId: $h, meetingId: $m, attendance: $a) { id } }', {
      h: world.hubId,
      m: meeting.id,
      a: [{ inviteeId: externalId, attended: true }, { inviteeId: advisorInviteeId, attended: true }],
    });
  }
  if (options.held) await world.secretariat.ok('mutation ($h: ID!, $m: ID!) { markMeetingHeld(hubId: $h, meetingId: $m) { id } }', { h: world.hubId, m: meeting.id });
  return { meetingId: meeting.id, version: meeting.version, externalId, advisorInviteeId };
}

async function honorarium(world: CycleWorld, state: 'PLANNED' | 'APPROVED'): Promise<string> {
  const { externalId } = await pastMeeting(world, { attended: true });
  const { planHonorarium } = await world.secretariat.ok<{ planHonorarium: { id: string } }>('mutation ($input: PlanHonorariumInput!) { planHonorarium(input: $input) { id } }', {
    input: { hubId: world.hubId, inviteeId: externalId, payeeType: 'INDIVIDUAL', role: 'ATTENDEE', grossYen: 10_000 },
  });
  if (state === 'APPROVED') await world.secretariat.ok('mutation ($h: ID!, $id: ID!) { approveHonorarium(hubId: $h, honorariumId: $id) { id } }', { h: world.hubId, id: planHonorarium.id });
  return planHonorarium.id;
}

/** Every mutation of the schema: who may call it, and a valid call for it. A mutation missing here fails the matrix test. */
export const MUTATIONS: Record<string, Row> = {
  login: {
    allowed: 'PUBLIC',
    async prepare({ server }) {
      const user = await createUser(server);
      return { query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { expiresAt } }', variables: { e: user.email, p: PASSWORD }, client: new Client(server) };
    },
  },
  logout: {
    // Signing out without a session is harmless and answers true.
    allowed: 'PUBLIC',
    async prepare({ server }) {
      return { query: 'mutation { logout }', client: (await signedIn(server)).client };
    },
  },
  changePassword: {
    allowed: 'SIGNED_IN',
    async prepare({ server }) {
      return { query: 'mutation ($c: String!) { changePassword(currentPassword: $c, newPassword: "Another-Password-2025!") }', variables: { c: PASSWORD }, client: (await signedIn(server)).client };
    },
  },
  changeInitialPassword: {
    allowed: 'SIGNED_IN',
    async prepare({ server }) {
      const user = await createUser(server, { mustChangePassword: true });
      const client = new Client(server);
      await client.login(user.email);
      return { query: 'mutation { changeInitialPassword(newPassword: "Another-Password-2025!") { next } }', client };
    },
  },
  verifySecondFactor: {
    allowed: 'SIGNED_IN',
    async prepare({ server }) {
      const user = await createUser(server, { secondFactor: true });
      const client = new Client(server);
      // Signed in with the password only: the code step is left for the call.
      await client.gql('mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { next } }', { e: user.email, p: PASSWORD });
      return { query: 'mutation ($c: String!) { verifySecondFactor(code: $c) { next } }', variables: { c: secondFactors.get(user.email)!.recoveryCodes.pop()! }, client };
    },
  },
  beginSecondFactorSetup: {
    allowed: 'SIGNED_IN',
    async prepare({ server }) {
      return { query: 'mutation { beginSecondFactorSetup { uri } }', client: (await signedIn(server)).client };
    },
  },
  confirmSecondFactorSetup: {
    allowed: 'SIGNED_IN',
    async prepare({ server }) {
      const { client } = await signedIn(server);
      const { beginSecondFactorSetup } = await client.ok<{ beginSecondFactorSetup: { secret: string } }>('mutation { beginSecondFactorSetup { secret } }');
      return { query: 'mutation ($c: String!) { confirmSecondFactorSetup(code: $c) { next } }', variables: { c: await currentCode(beginSecondFactorSetup.secret) }, client };
    },
  },
  disableSecondFactor: {
    allowed: 'SIGNED_IN',
    async prepare({ server }) {
      const { client } = await signedIn(server, { secondFactor: true });
      return { query: 'mutation ($p: String!) { disableSecondFactor(password: $p) }', variables: { p: PASSWORD }, client };
    },
  },
  regenerateRecoveryCodes: {
    allowed: 'SIGNED_IN',
    async prepare({ server }) {
      const { client, user } = await signedIn(server, { secondFactor: true });
      return { query: 'mutation ($c: String!) { regenerateRecoveryCodes(code: $c) }', variables: { c: await currentCode(secondFactors.get(user.email)!.secret) }, client };
    },
  },
  revokeSession: {
    allowed: 'SIGNED_IN',
    async prepare({ server }) {
      const { client, user } = await signedIn(server);
      const other = new Client(server);
      await other.login(user.email);
      const { mySessions } = await other.ok<{ mySessions: { id: string; current: boolean }[] }>('{ mySessions { id current } }');
      return { query: 'mutation ($s: ID!) { revokeSession(sessionId: $s) }', variables: { s: mySessions.find((m) => m.current)!.id }, client };
    },
  },
  revokeOtherSessions: {
    allowed: 'SIGNED_IN',
    async prepare({ server }) {
      const { client, user } = await signedIn(server);
      await new Client(server).login(user.email);
      return { query: 'mutation { revokeOtherSessions }', client };
    },
  },
  acceptInvitation: {
    allowed: 'PUBLIC',
    async prepare({ server, world }) {
      const { inviteMember } = await world.secretariat.ok<{ inviteMember: { token: string } }>('mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token } }', {
        input: { hubId: world.hubId, email: uniqueEmail('accept'), role: 'ADVISOR' },
      });
      return { query: 'mutation ($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p, displayName: "新メンバー") { expiresAt } }', variables: { t: inviteMember.token, p: PASSWORD }, client: new Client(server) };
    },
  },
  setZonePopulation: {
    allowed: ['PREFECTURE_ADMIN'],
    async prepare({ world }) {
      return { query: 'mutation ($z: ID!) { setZonePopulation(zoneId: $z, year: 2024, population: 98765) { year } }', variables: { z: world.zone.id } };
    },
  },
  createHub: {
    allowed: ['PREFECTURE_ADMIN'],
    async prepare({ world }) {
      // The world's zone has its single hub; 札幌市 (over 100,000 people, a core hub from the
      // reference data) takes any number of district hubs, so the call can be made again and again.
      const zoneId = (await world.admin.ok<{ homeCareZones: { id: string; name: string }[] }>('{ homeCareZones { id name } }')).homeCareZones.find((z) => z.name === '札幌市')!.id;
      await world.admin.ok('mutation ($z: ID!) { setZonePopulation(zoneId: $z, year: 2025, population: 1960000) { year } }', { z: zoneId });
      return {
        query: 'mutation ($input: CreateHubInput!) { createHub(input: $input) { hub { id } } }',
        variables: { input: { zoneId, name: '新しい区域拠点', tier: 'DISTRICT', implementingBody: '医師会', implementingBodyKind: 'MEDICAL_ASSOCIATION' } },
      };
    },
  },
  updateHub: {
    allowed: ['PREFECTURE_ADMIN'],
    async prepare({ world }) {
      return { query: 'mutation ($input: UpdateHubInput!) { updateHub(input: $input) { id } }', variables: { input: { hubId: world.hubId, name: `拠点 ${randomUUID().slice(0, 6)}` } } };
    },
  },
  inviteMember: {
    allowed: S,
    async prepare({ world }) {
      return { query: 'mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token } }', variables: { input: { hubId: world.hubId, email: uniqueEmail('inv'), role: 'ADVISOR' } } };
    },
  },
  revokeInvitation: {
    allowed: S,
    async prepare({ world }) {
      const { inviteMember } = await world.secretariat.ok<{ inviteMember: { invitation: { id: string } } }>('mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { id } } }', {
        input: { hubId: world.hubId, email: uniqueEmail('rev'), role: 'ADVISOR' },
      });
      return { query: 'mutation ($h: ID!, $i: ID!) { revokeInvitation(hubId: $h, invitationId: $i) { id } }', variables: { h: world.hubId, i: inviteMember.invitation.id } };
    },
  },
  removeMember: {
    allowed: S,
    async prepare({ world, allowed }) {
      let membershipId = placeholder();
      if (allowed) {
        const member = await world.invite('ADVISOR');
        const { me } = await member.ok<{ me: { memberships: { id: string }[] } }>('{ me { memberships { id } } }');
        membershipId = me.memberships[0]!.id;
      }
      return { query: 'mutation ($h: ID!, $m: ID!) { removeMember(hubId: $h, membershipId: $m) { id } }', variables: { h: world.hubId, m: membershipId } };
    },
  },
  addParticipation: {
    allowed: S,
    async prepare({ world }) {
      return {
        query: 'mutation ($input: AddParticipationInput!) { addParticipation(input: $input) { id } }',
        variables: { input: { hubId: world.hubId, municipalityId: world.zone.municipalities.find((m) => m.name === '壮瞥町')!.id } },
      };
    },
  },
  updateParticipation: {
    allowed: S,
    async prepare({ world }) {
      const participationId = [...world.participationIds.values()][0]!;
      return {
        query: 'mutation ($input: UpdateParticipationInput!) { updateParticipation(input: $input) { id } }',
        variables: { input: { hubId: world.hubId, participationId, version: await participationVersion(world, participationId), contactName: `担当 ${randomUUID().slice(0, 4)}` } },
      };
    },
  },
  removeParticipation: {
    allowed: S,
    async prepare({ world, allowed }) {
      let participationId = placeholder();
      if (allowed) {
        const { addParticipation } = await world.secretariat.ok<{ addParticipation: { id: string } }>('mutation ($input: AddParticipationInput!) { addParticipation(input: $input) { id } }', {
          input: { hubId: world.hubId, municipalityId: world.zone.municipalities.find((m) => m.name === '洞爺湖町')!.id },
        });
        participationId = addParticipation.id;
      }
      return { query: 'mutation ($h: ID!, $p: ID!) { removeParticipation(hubId: $h, participationId: $p) { id } }', variables: { h: world.hubId, p: participationId } };
    },
  },
  createCycle: {
    allowed: S,
    async prepare({ world, fresh, allowed }) {
      const target = allowed ? await fresh() : world;
      return { query: 'mutation ($h: ID!) { createCycle(hubId: $h, fiscalYear: 2025) { id } }', variables: { h: target.hubId }, client: allowed ? target.secretariat : undefined };
    },
  },
  advanceCycle: {
    allowed: S,
    async prepare({ world, fresh, allowed }) {
      if (!allowed) return { query: 'mutation ($h: ID!, $c: ID!) { advanceCycle(hubId: $h, cycleId: $c, version: 1) { id } }', variables: { h: world.hubId, c: placeholder() } };
      const target = await fresh();
      const cycle = await createCycle(target, 2025);
      await raiseIssue(target, target.advisor, cycle.id);
      return { query: 'mutation ($h: ID!, $c: ID!, $v: Int!) { advanceCycle(hubId: $h, cycleId: $c, version: $v) { phase } }', variables: { h: target.hubId, c: cycle.id, v: cycle.version }, client: target.secretariat };
    },
  },
  revertCycle: {
    allowed: S,
    async prepare({ world, fresh, allowed }) {
      if (!allowed) return { query: 'mutation ($h: ID!, $c: ID!) { revertCycle(hubId: $h, cycleId: $c, version: 1, reason: "x") { id } }', variables: { h: world.hubId, c: placeholder() } };
      const target = await fresh();
      const cycle = await target.cycleIn('PLANNING');
      return {
        query: 'mutation ($h: ID!, $c: ID!, $v: Int!) { revertCycle(hubId: $h, cycleId: $c, version: $v, reason: "課題の追加が必要") { phase } }',
        variables: { h: target.hubId, c: cycle.cycleId, v: await version(target.secretariat, target.hubId, 'cycle', cycle.cycleId) },
        client: target.secretariat,
      };
    },
  },
  raiseIssue: {
    allowed: ['SECRETARIAT', 'ADVISOR', 'MUNICIPALITY'],
    async prepare({ world }) {
      const { cycleId } = await world.cycleIn('ISSUE_IDENTIFICATION');
      return { query: 'mutation ($input: RaiseIssueInput!) { raiseIssue(input: $input) { id } }', variables: { input: { hubId: world.hubId, cycleId, title: '夜間の急変時対応', functions: ['SUDDEN_DETERIORATION'] } } };
    },
  },
  updateIssue: {
    allowed: S,
    async prepare({ world }) {
      const { cycleId } = await world.cycleIn('ISSUE_IDENTIFICATION');
      const issueId = await raiseIssue(world, world.advisor, cycleId);
      return { query: 'mutation ($input: UpdateIssueInput!) { updateIssue(input: $input) { id } }', variables: { input: { hubId: world.hubId, issueId, version: await issueVersion(world, issueId), priority: 'HIGH' } } };
    },
  },
  mergeIssues: {
    allowed: S,
    async prepare({ world }) {
      const { cycleId } = await world.cycleIn('ISSUE_IDENTIFICATION');
      const [a, b] = [await raiseIssue(world, world.advisor, cycleId, '看取りの理解不足'), await raiseIssue(world, world.municipality, cycleId, '看取りへの理解が進まない')];
      return { query: 'mutation ($h: ID!, $d: ID!, $i: ID!) { mergeIssues(hubId: $h, duplicateId: $d, intoId: $i) { id } }', variables: { h: world.hubId, d: b, i: a } };
    },
  },
  createProject: {
    allowed: S,
    async prepare({ world }) {
      const { planId } = await world.cycleIn('ISSUE_IDENTIFICATION');
      return { query: 'mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }', variables: { input: { hubId: world.hubId, planId, title: 'ACP普及啓発' } } };
    },
  },
  updateProject: {
    allowed: S,
    async prepare({ world }) {
      const { planId, issueId } = await world.cycleIn('ISSUE_IDENTIFICATION');
      const project = await createProject(world, planId, [issueId], '看取り研修');
      return { query: 'mutation ($input: UpdateProjectInput!) { updateProject(input: $input) { id } }', variables: { input: { hubId: world.hubId, projectId: project.id, version: project.version, objective: '看取りの質の向上' } } };
    },
  },
  deleteProject: {
    allowed: S,
    async prepare({ world }) {
      const { planId } = await world.cycleIn('ISSUE_IDENTIFICATION');
      const project = await createProject(world, planId, [], '削除予定の事業');
      return { query: 'mutation ($h: ID!, $p: ID!, $v: Int!) { deleteProject(hubId: $h, projectId: $p, version: $v) { id } }', variables: { h: world.hubId, p: project.id, v: project.version } };
    },
  },
  circulatePlan: {
    allowed: S,
    async prepare({ world, fresh, allowed }) {
      if (!allowed) return { query: 'mutation ($h: ID!, $p: ID!) { circulatePlan(hubId: $h, planId: $p, version: 1) { id } }', variables: { h: world.hubId, p: placeholder() } };
      const target = await fresh();
      const cycle = await createCycle(target, 2025);
      await createProject(target, cycle.plan.id, []);
      return { query: 'mutation ($h: ID!, $p: ID!, $v: Int!) { circulatePlan(hubId: $h, planId: $p, version: $v) { state } }', variables: { h: target.hubId, p: cycle.plan.id, v: cycle.plan.version }, client: target.secretariat };
    },
  },
  adoptPlan: {
    allowed: S,
    async prepare({ world, fresh, allowed }) {
      const input = { hubId: world.hubId, planId: placeholder(), version: 1, adoptedOn: '2025-05-20' };
      if (!allowed) return { query: 'mutation ($input: AdoptPlanInput!) { adoptPlan(input: $input) { id } }', variables: { input } };
      const target = await fresh();
      const cycle = await createCycle(target, 2025);
      await createProject(target, cycle.plan.id, []);
      await target.secretariat.ok('mutation ($h: ID!, $p: ID!, $v: Int!) { circulatePlan(hubId: $h, planId: $p, version: $v) { state } }', { h: target.hubId, p: cycle.plan.id, v: cycle.plan.version });
      const v = await version(target.secretariat, target.hubId, 'plan', cycle.plan.id);
      return { query: 'mutation ($input: AdoptPlanInput!) { adoptPlan(input: $input) { state } }', variables: { input: { ...input, hubId: target.hubId, planId: cycle.plan.id, version: v } }, client: target.secretariat };
    },
  },
  createActivity: {
    allowed: S,
    async prepare({ world }) {
      const { projectId } = await world.cycleIn('IMPLEMENTATION');
      return { query: 'mutation ($input: CreateActivityInput!) { createActivity(input: $input) { id } }', variables: { input: { hubId: world.hubId, projectId, kind: 'WORKING_GROUP', title: '退院支援WG' } } };
    },
  },
  updateActivity: {
    allowed: S,
    async prepare({ world }) {
      const { projectId } = await world.cycleIn('IMPLEMENTATION');
      const activityId = await createActivity(world, projectId);
      return { query: 'mutation ($input: UpdateActivityInput!) { updateActivity(input: $input) { id } }', variables: { input: { hubId: world.hubId, activityId, version: 1, outcomeNotes: '参加者アンケートで満足度9割' } } };
    },
  },
  deleteActivity: {
    allowed: S,
    async prepare({ world }) {
      const { projectId } = await world.cycleIn('IMPLEMENTATION');
      const activityId = await createActivity(world, projectId);
      return { query: 'mutation ($h: ID!, $a: ID!) { deleteActivity(hubId: $h, activityId: $a, version: 1) { id } }', variables: { h: world.hubId, a: activityId } };
    },
  },
  sendSurvey: {
    allowed: S,
    async prepare({ world }) {
      const { activityId } = await surveyIn(world, false);
      return { query: 'mutation ($h: ID!, $a: ID!) { sendSurvey(hubId: $h, activityId: $a) { id } }', variables: { h: world.hubId, a: activityId } };
    },
  },
  answerSurvey: {
    allowed: ['MUNICIPALITY'],
    async prepare({ world }) {
      const { activityId, questionId } = await surveyIn(world, true);
      return { query: 'mutation ($input: AnswerSurveyInput!) { answerSurvey(input: $input) { id } }', variables: { input: { hubId: world.hubId, activityId, answers: [{ questionId, value: '運用中' }] } } };
    },
  },
  postAdvice: {
    allowed: ['SECRETARIAT', 'ADVISOR', 'MUNICIPALITY', 'HEALTH_CENTER'],
    async prepare({ world }) {
      const { issueId } = await world.cycleIn('ISSUE_IDENTIFICATION');
      return { query: 'mutation ($input: PostAdviceInput!) { postAdvice(input: $input) { id } }', variables: { input: { hubId: world.hubId, targetType: 'ISSUE', targetId: issueId, kind: 'COMMENT', body: '圏域の病院の状況も確認したい' } } };
    },
  },
  markAdviceTaken: {
    allowed: S,
    async prepare({ world }) {
      const { issueId, projectId } = await world.cycleIn('ISSUE_IDENTIFICATION');
      const { postAdvice } = await world.advisor.ok<{ postAdvice: { id: string } }>('mutation ($input: PostAdviceInput!) { postAdvice(input: $input) { id } }', {
        input: { hubId: world.hubId, targetType: 'ISSUE', targetId: issueId, kind: 'ADVICE', body: '入院時情報提供書の様式を統一するとよい' },
      });
      return { query: 'mutation ($h: ID!, $a: ID!, $p: ID!) { markAdviceTaken(hubId: $h, adviceId: $a, projectId: $p) { id } }', variables: { h: world.hubId, a: postAdvice.id, p: projectId } };
    },
  },
  recordProgrammeResult: {
    allowed: ['MUNICIPALITY'],
    async prepare({ world }) {
      return {
        query: 'mutation ($input: RecordProgrammeResultInput!) { recordProgrammeResult(input: $input) { id } }',
        variables: { input: { hubId: world.hubId, item: 'KI_AWARENESS', description: '市民向けACP講演会', sessions: 1, participants: 60, periodStart: '2025-11-15', periodEnd: '2025-11-15' } },
      };
    },
  },
  updateProgrammeResult: {
    allowed: ['MUNICIPALITY'],
    async prepare({ world }) {
      const result = await programmeResult(world);
      return { query: 'mutation ($input: UpdateProgrammeResultInput!) { updateProgrammeResult(input: $input) { id } }', variables: { input: { hubId: world.hubId, resultId: result.id, version: result.version, participants: 9 } } };
    },
  },
  deleteProgrammeResult: {
    allowed: ['MUNICIPALITY'],
    async prepare({ world }) {
      const { id: resultId } = await programmeResult(world);
      return { query: 'mutation ($h: ID!, $r: ID!) { deleteProgrammeResult(hubId: $h, resultId: $r) { id } }', variables: { h: world.hubId, r: resultId } };
    },
  },
  evaluateProject: {
    allowed: S,
    async prepare({ world }) {
      const { projectId, indicatorId } = await world.cycleIn('EVALUATION');
      return {
        query: 'mutation ($input: EvaluateProjectInput!) { evaluateProject(input: $input) { id } }',
        variables: { input: { hubId: world.hubId, projectId, assessment: 'PARTLY_ACHIEVED', text: '研修は予定の3/4を実施', actuals: [{ indicatorId, actual: 3 }] } },
      };
    },
  },
  scheduleMeeting: {
    allowed: S,
    async prepare({ world }) {
      return {
        query: 'mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meetings { id } } }',
        variables: { input: { hubId: world.hubId, kind: 'WORKING_GROUP', title: '退院支援WG', startsAt: '2025-07-08T18:00:00+09:00', endsAt: '2025-07-08T19:00:00+09:00', recurrence: { rule: 'FREQ=MONTHLY;BYDAY=2TU;COUNT=3' } } },
      };
    },
  },
  updateMeeting: {
    allowed: S,
    async prepare({ world }) {
      const { meetingId, version } = await pastMeeting(world);
      return { query: 'mutation ($input: UpdateMeetingInput!) { updateMeeting(input: $input) { meetings { id } } }', variables: { input: { hubId: world.hubId, meetingId, version, place: '市役所会議室' } } };
    },
  },
  cancelMeeting: {
    allowed: S,
    async prepare({ world }) {
      const { meetingId } = await pastMeeting(world);
      return { query: 'mutation ($h: ID!, $m: ID!) { cancelMeeting(hubId: $h, meetingId: $m, reason: "台風のため") { id } }', variables: { h: world.hubId, m: meetingId } };
    },
  },
  inviteToMeeting: {
    allowed: S,
    async prepare({ world }) {
      const { meetingId } = await pastMeeting(world);
      return { query: 'mutation ($h: ID!, $m: ID!) { inviteToMeeting(hubId: $h, meetingId: $m, invitees: [{ name: "札幌 太郎", profession: PHARMACIST }]) { id } }', variables: { h: world.hubId, m: meetingId } };
    },
  },
  removeInvitee: {
    allowed: S,
    async prepare({ world }) {
      const { externalId } = await pastMeeting(world);
      return { query: 'mutation ($h: ID!, $i: ID!) { removeInvitee(hubId: $h, inviteeId: $i) { id } }', variables: { h: world.hubId, i: externalId } };
    },
  },
  respondToMeeting: {
    allowed: ['SECRETARIAT', 'ADVISOR', 'MUNICIPALITY', 'HEALTH_CENTER'],
    async prepare({ world }) {
      const { meetingId } = await pastMeeting(world);
      const members = [world.secretariat, world.municipality, world.healthCenter];
      const ids = await Promise.all(members.map(async (c) => (await c.ok<{ me: { user: { id: string } } }>('{ me { user { id } } }')).me.user.id));
      await world.secretariat.ok('mutation ($h: ID!, $m: ID!, $i: [InviteeInput!]!) { inviteToMeeting(hubId: $h, meetingId: $m, invitees: $i) { id } }', {
        h: world.hubId,
        m: meetingId,
        i: ids.map((userId) => ({ userId, profession: 'OTHER' })),
      });
      return { query: 'mutation ($h: ID!, $m: ID!) { respondToMeeting(hubId: $h, meetingId: $m, rsvp: ACCEPTED) { id } }', variables: { h: world.hubId, m: meetingId } };
    },
  },
  markAttendance: {
    allowed: S,
    async prepare({ world }) {
      const { meetingId, externalId } = await pastMeeting(world);
      return { query: 'mutation ($h: ID!, $m: ID!, $i: ID!) { markAttendance(hubId: $h, meetingId: $m, attendance: [{ inviteeId: $i, attended: true }]) { id } }', variables: { h: world.hubId, m: meetingId, i: externalId } };
    },
  },
  markMeetingHeld: {
    allowed: S,
    async prepare({ world }) {
      const { meetingId } = await pastMeeting(world);
      return { query: 'mutation ($h: ID!, $m: ID!) { markMeetingHeld(hubId: $h, meetingId: $m) { id } }', variables: { h: world.hubId, m: meetingId } };
    },
  },
  recordMinutes: {
    allowed: S,
    async prepare({ world }) {
      const { meetingId } = await pastMeeting(world, { held: true });
      const { meeting } = await world.secretariat.ok<{ meeting: { version: number; agenda: { id: string }[] } }>('query ($h: ID!, $m: ID!) { meeting(hubId: $h, meetingId: $m) { version agenda { id } } }', { h: world.hubId, m: meetingId });
      return {
        query: 'mutation ($h: ID!, $m: ID!, $v: Int!, $a: ID!) { recordMinutes(hubId: $h, meetingId: $m, version: $v, items: [{ agendaItemId: $a, minutes: "ルール案を確認した", decisions: ["案を承認"] }], actionItems: [{ description: "様式を配布する", assignee: "事務局" }]) { id } }',
        variables: { h: world.hubId, m: meetingId, v: meeting.version, a: meeting.agenda[0]!.id },
      };
    },
  },
  approveMinutes: {
    allowed: S,
    async prepare({ world }) {
      const { meetingId } = await pastMeeting(world, { held: true });
      return { query: 'mutation ($h: ID!, $m: ID!) { approveMinutes(hubId: $h, meetingId: $m) { id } }', variables: { h: world.hubId, m: meetingId } };
    },
  },
  actionItemToIssue: {
    allowed: S,
    async prepare({ world }) {
      const { meetingId } = await pastMeeting(world, { held: true });
      const { meeting } = await world.secretariat.ok<{ meeting: { version: number } }>('query ($h: ID!, $m: ID!) { meeting(hubId: $h, meetingId: $m) { version } }', { h: world.hubId, m: meetingId });
      const { recordMinutes } = await world.secretariat.ok<{ recordMinutes: { actionItems: { id: string }[] } }>(
        'mutation ($h: ID!, $m: ID!, $v: Int!) { recordMinutes(hubId: $h, meetingId: $m, version: $v, items: [], actionItems: [{ description: "夜間の連絡体制を検討する" }]) { actionItems { id } } }',
        { h: world.hubId, m: meetingId, v: meeting.version },
      );
      const { cycleId } = await world.cycleIn('ISSUE_IDENTIFICATION');
      return { query: 'mutation ($h: ID!, $a: ID!, $c: ID!) { actionItemToIssue(hubId: $h, actionItemId: $a, cycleId: $c) { issueId } }', variables: { h: world.hubId, a: recordMinutes.actionItems[0]!.id, c: cycleId } };
    },
  },
  createCalendarFeed: {
    allowed: 'SIGNED_IN',
    async prepare({ server }) {
      return { query: 'mutation { createCalendarFeed { path } }', client: (await signedIn(server)).client };
    },
  },
  revokeCalendarFeed: {
    allowed: 'SIGNED_IN',
    async prepare({ server }) {
      const { client } = await signedIn(server);
      const { createCalendarFeed } = await client.ok<{ createCalendarFeed: { feed: { id: string } } }>('mutation { createCalendarFeed { feed { id } } }');
      return { query: 'mutation ($f: ID!) { revokeCalendarFeed(feedId: $f) { revokedAt } }', variables: { f: createCalendarFeed.feed.id }, client };
    },
  },
  openBudget: {
    allowed: S,
    async prepare({ world }) {
      return { query: 'mutation ($h: ID!) { openBudget(hubId: $h, fiscalYear: 2026) { id } }', variables: { h: world.hubId } };
    },
  },
  recordExpense: {
    allowed: S,
    async prepare({ world }) {
      await ensureBudget(world);
      return {
        query: 'mutation ($input: RecordExpenseInput!) { recordExpense(input: $input) { id } }',
        variables: { input: { hubId: world.hubId, spentOn: '2025-06-10', subCap: 'OFFICE', category: 'RENTAL', amountYen: 5_500, description: '会議室使用料', payee: '室蘭市' } },
      };
    },
  },
  deleteExpense: {
    allowed: S,
    async prepare({ world }) {
      await ensureBudget(world);
      const { recordExpense } = await world.secretariat.ok<{ recordExpense: { id: string } }>('mutation ($input: RecordExpenseInput!) { recordExpense(input: $input) { id } }', {
        input: { hubId: world.hubId, spentOn: '2025-06-11', subCap: 'OFFICE', category: 'SUPPLIES', amountYen: 1_200, description: '資料印刷' },
      });
      return { query: 'mutation ($h: ID!, $e: ID!) { deleteExpense(hubId: $h, expenseId: $e) { id } }', variables: { h: world.hubId, e: recordExpense.id } };
    },
  },
  planHonorarium: {
    allowed: S,
    async prepare({ world }) {
      const { externalId } = await pastMeeting(world);
      return { query: 'mutation ($input: PlanHonorariumInput!) { planHonorarium(input: $input) { id } }', variables: { input: { hubId: world.hubId, inviteeId: externalId, payeeType: 'INDIVIDUAL', role: 'ATTENDEE', grossYen: 10_000 } } };
    },
  },
  approveHonorarium: {
    allowed: S,
    async prepare({ world }) {
      return { query: 'mutation ($h: ID!, $id: ID!) { approveHonorarium(hubId: $h, honorariumId: $id) { id } }', variables: { h: world.hubId, id: await honorarium(world, 'PLANNED') } };
    },
  },
  payHonorarium: {
    allowed: S,
    async prepare({ world }) {
      await ensureBudget(world);
      return { query: 'mutation ($h: ID!, $id: ID!) { payHonorarium(hubId: $h, honorariumId: $id, paidOn: "2025-06-30") { id } }', variables: { h: world.hubId, id: await honorarium(world, 'APPROVED') } };
    },
  },
  cancelHonorarium: {
    allowed: S,
    async prepare({ world }) {
      return { query: 'mutation ($h: ID!, $id: ID!) { cancelHonorarium(hubId: $h, honorariumId: $id, reason: "金額の誤り") { id } }', variables: { h: world.hubId, id: await honorarium(world, 'APPROVED') } };
    },
  },
  deleteHonorarium: {
    allowed: S,
    async prepare({ world }) {
      return { query: 'mutation ($h: ID!, $id: ID!) { deleteHonorarium(hubId: $h, honorariumId: $id) { id } }', variables: { h: world.hubId, id: await honorarium(world, 'PLANNED') } };
    },
  },
  changeZoneStatus: {
    allowed: ['PREFECTURE_ADMIN'],
    async prepare({ world }) {
      const zoneId = (await world.admin.ok<{ homeCareZones: { id: string; name: string }[] }>('{ homeCareZones { id name } }')).homeCareZones.find((z) => z.name === '南十勝')!.id;
      return { query: 'mutation ($z: ID!) { changeZoneStatus(zoneId: $z, status: RESEARCHING, changedOn: "2026-01-01") { id } }', variables: { z: zoneId } };
    },
  },
  setZoneCandidate: {
    allowed: ['PREFECTURE_ADMIN'],
    async prepare({ world }) {
      const zoneId = (await world.admin.ok<{ homeCareZones: { id: string; name: string }[] }>('{ homeCareZones { id name } }')).homeCareZones.find((z) => z.name === '北十勝')!.id;
      return { query: 'mutation ($z: ID!) { setZoneCandidate(zoneId: $z, candidateBody: "十勝医師会", institutions: ["音更クリニック"]) { id } }', variables: { z: zoneId } };
    },
  },
  recordZoneApproach: {
    allowed: ['PREFECTURE_ADMIN'],
    async prepare({ world }) {
      const zoneId = (await world.admin.ok<{ homeCareZones: { id: string; name: string }[] }>('{ homeCareZones { id name } }')).homeCareZones.find((z) => z.name === '西十勝')!.id;
      return { query: 'mutation ($z: ID!) { recordZoneApproach(zoneId: $z, approachedOn: "2026-02-01", who: "西十勝町村会", agreed: "候補の検討を開始") { id } }', variables: { z: zoneId } };
    },
  },
  designateZoneHub: {
    allowed: ['PREFECTURE_ADMIN'],
    async prepare({ world, allowed }) {
      // Zones kept for this call; a database where an earlier test designated one moves on to the next.
      const zones = (await world.admin.ok<{ homeCareZones: { id: string; name: string; designationStatus: string }[] }>('{ homeCareZones { id name designationStatus } }')).homeCareZones;
      const zone = ['東十勝', '中標津', '留萌'].map((name) => zones.find((z) => z.name === name)!).find((z) => z.designationStatus !== 'DESIGNATED');
      if (!zone) throw new Error('every zone kept for designateZoneHub is designated in this database');
      const zoneId = zone.id;
      // Under review already when an earlier call was prepared in this database and not made.
      const move = (status: string) => world.admin.ok(`mutation ($z: ID!) { changeZoneStatus(zoneId: $z, status: ${status}, changedOn: "2027-01-10") { id } }`, { z: zoneId });
      // The pipeline's way to review goes through COORDINATING (designation.rules.ts).
      if (allowed && zone.designationStatus !== 'UNDER_REVIEW' && zone.designationStatus !== 'COORDINATING') await move('COORDINATING');
      if (allowed && zone.designationStatus !== 'UNDER_REVIEW') await move('UNDER_REVIEW');
      return {
        query: 'mutation ($input: DesignateZoneHubInput!) { designateZoneHub(input: $input) { hub { id } } }',
        variables: { input: { zoneId, designatedOn: '2027-06-01', name: `${zone.name}在宅医療連携拠点`, implementingBody: '十勝医師会', implementingBodyKind: 'MEDICAL_ASSOCIATION', secretariatEmail: uniqueEmail('tokachi') } },
      };
    },
  },
};

export { adopt };
