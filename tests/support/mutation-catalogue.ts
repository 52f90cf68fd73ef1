import { randomUUID } from 'node:crypto';
import { Client, createUser, PASSWORD, signedIn, uniqueEmail, type TestServer } from './harness.js';
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

async function programmeResult(world: CycleWorld): Promise<string> {
  const { recordProgrammeResult } = await world.municipality.ok<{ recordProgrammeResult: { id: string } }>(
    'mutation ($input: RecordProgrammeResultInput!) { recordProgrammeResult(input: $input) { id } }',
    { input: { hubId: world.hubId, item: 'KA_TRAINING', description: '多職種研修会に参加', sessions: 1, participants: 8, periodStart: '2025-09-01', periodEnd: '2025-09-01' } },
  );
  return recordProgrammeResult.id;
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
      return {
        query: 'mutation ($input: CreateHubInput!) { createHub(input: $input) { hub { id } } }',
        variables: { input: { zoneId: world.zone.id, name: '新しい拠点', tier: 'SINGLE', implementingBody: '医師会', implementingBodyKind: 'MEDICAL_ASSOCIATION' } },
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
      return {
        query: 'mutation ($input: UpdateParticipationInput!) { updateParticipation(input: $input) { id } }',
        variables: { input: { hubId: world.hubId, participationId: [...world.participationIds.values()][0], contactName: `担当 ${randomUUID().slice(0, 4)}` } },
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
      const resultId = await programmeResult(world);
      return { query: 'mutation ($input: UpdateProgrammeResultInput!) { updateProgrammeResult(input: $input) { id } }', variables: { input: { hubId: world.hubId, resultId, participants: 9 } } };
    },
  },
  deleteProgrammeResult: {
    allowed: ['MUNICIPALITY'],
    async prepare({ world }) {
      const resultId = await programmeResult(world);
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
};

export { adopt };
