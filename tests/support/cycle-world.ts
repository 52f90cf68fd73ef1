import type { Client, TestServer } from './harness.js';
import { hubWorld, type HubWorld } from './world.js';

/** A hub with one signed-in member per role, and helpers to build its cycle through the API. */
export type CycleWorld = HubWorld & {
  advisor: Client;
  municipality: Client;
  healthCenter: Client;
  /** A cycle brought to the given phase, with an issue, a project and (from implementation on) an activity. Built once per phase. */
  cycleIn(phase: Phase): Promise<BuiltCycle>;
};

export type Phase = 'ISSUE_IDENTIFICATION' | 'PLANNING' | 'IMPLEMENTATION' | 'EVALUATION';

export type BuiltCycle = { cycleId: string; planId: string; issueId: string; projectId: string; indicatorId: string; activityId: string | null };

const ORDER: Phase[] = ['ISSUE_IDENTIFICATION', 'PLANNING', 'IMPLEMENTATION', 'EVALUATION'];
const FISCAL_YEARS = [2025, 2026, 2024, 2027];

export async function cycleWorld(server: TestServer, options: Parameters<typeof hubWorld>[1] = {}): Promise<CycleWorld> {
  const world = await hubWorld(server, { municipalities: ['室蘭市', '登別市'], ...options });
  const ownMunicipality = [...world.participationIds.keys()][0]!;
  const [advisor, municipality, healthCenter] = [await world.invite('ADVISOR'), await world.invite('MUNICIPALITY', ownMunicipality), await world.invite('HEALTH_CENTER')];
  const built = new Map<Phase, Promise<BuiltCycle>>();
  let nextYear = 0;
  const result: CycleWorld = {
    ...world,
    advisor,
    municipality,
    healthCenter,
    cycleIn(phase) {
      if (!built.has(phase)) built.set(phase, buildCycle(result, FISCAL_YEARS[nextYear++]!, phase));
      return built.get(phase)!;
    },
  };
  return result;
}

export async function createCycle(world: HubWorld, fiscalYear: number): Promise<{ id: string; version: number; plan: { id: string; version: number } }> {
  const { createCycle } = await world.secretariat.ok<{ createCycle: { id: string; version: number; plan: { id: string; version: number } } }>(
    'mutation ($h: ID!, $y: Int!) { createCycle(hubId: $h, fiscalYear: $y) { id version plan { id version } } }',
    { h: world.hubId, y: fiscalYear },
  );
  return createCycle;
}

export async function raiseIssue(world: HubWorld, client: Client, cycleId: string, title = '退院時の情報共有が不十分'): Promise<string> {
  const { raiseIssue } = await client.ok<{ raiseIssue: { id: string } }>(
    'mutation ($input: RaiseIssueInput!) { raiseIssue(input: $input) { id } }',
    { input: { hubId: world.hubId, cycleId, title, functions: ['DISCHARGE_SUPPORT'] } },
  );
  return raiseIssue.id;
}

export async function createProject(world: HubWorld, planId: string, issueIds: string[], title = '退院支援ルールの運用'): Promise<{ id: string; version: number; indicatorId: string }> {
  const { createProject } = await world.secretariat.ok<{ createProject: { id: string; version: number; indicators: { id: string }[] } }>(
    `mutation ($input: CreateProjectInput!) { createProject(input: $input) { id version indicators { id } } }`,
    {
      input: {
        hubId: world.hubId,
        planId,
        title,
        objective: '入退院時の情報共有ルールを圏域で運用する',
        issueIds,
        indicators: [{ name: '研修会の開催回数', type: 'PROCESS', unit: '回', baseline: 0, target: 4 }],
        budgetLines: [{ subCap: 'OFFICE', category: 'HONORARIA', plannedYen: 120000, description: '講師謝金' }],
        plannedActivities: [{ title: '多職種研修会', startsOn: '2025-09-01', endsOn: '2025-09-01' }],
      },
    },
  );
  return { id: createProject.id, version: createProject.version, indicatorId: createProject.indicators[0]!.id };
}

export async function version(client: Client, hubId: string, kind: 'cycle' | 'plan', id: string): Promise<number> {
  const query = kind === 'cycle' ? 'query ($h: ID!, $id: ID!) { cycle(hubId: $h, cycleId: $id) { version } }' : 'query ($h: ID!, $id: ID!) { plan(hubId: $h, planId: $id) { version } }';
  const data = await client.ok<Record<string, { version: number }>>(query, { h: hubId, id });
  return data[kind]!.version;
}

export async function adopt(world: HubWorld, planId: string): Promise<void> {
  await world.secretariat.ok('mutation ($h: ID!, $p: ID!, $v: Int!) { circulatePlan(hubId: $h, planId: $p, version: $v) { state } }', {
    h: world.hubId,
    p: planId,
    v: await version(world.secretariat, world.hubId, 'plan', planId),
  });
  await world.secretariat.ok('mutation ($input: AdoptPlanInput!) { adoptPlan(input: $input) { state } }', {
    input: { hubId: world.hubId, planId, version: await version(world.secretariat, world.hubId, 'plan', planId), adoptedOn: '2025-05-20', adoptedAt: '第1回 在宅医療ソリューション会議' },
  });
}

export async function advance(world: HubWorld, cycleId: string) {
  return world.secretariat.gql<{ advanceCycle: { phase: string; version: number } }>(
    'mutation ($h: ID!, $c: ID!, $v: Int!) { advanceCycle(hubId: $h, cycleId: $c, version: $v) { phase version } }',
    { h: world.hubId, c: cycleId, v: await version(world.secretariat, world.hubId, 'cycle', cycleId) },
  );
}

export async function createActivity(world: HubWorld, projectId: string, extra: Record<string, unknown> = {}): Promise<string> {
  const { createActivity } = await world.secretariat.ok<{ createActivity: { id: string } }>(
    'mutation ($input: CreateActivityInput!) { createActivity(input: $input) { id } }',
    {
      input: {
        hubId: world.hubId,
        projectId,
        kind: 'TRAINING',
        title: '多職種研修会「退院支援」',
        startsOn: '2025-09-01',
        place: '室蘭市医師会館',
        participants: [{ profession: 'DOCTOR', count: 5 }, { profession: 'VISITING_NURSE', count: 12 }],
        ...extra,
      },
    },
  );
  return createActivity.id;
}

async function buildCycle(world: CycleWorld, fiscalYear: number, phase: Phase): Promise<BuiltCycle> {
  const cycle = await createCycle(world, fiscalYear);
  const issueId = await raiseIssue(world, world.municipality, cycle.id);
  const project = await createProject(world, cycle.plan.id, [issueId]);
  const built: BuiltCycle = { cycleId: cycle.id, planId: cycle.plan.id, issueId, projectId: project.id, indicatorId: project.indicatorId, activityId: null };
  const target = ORDER.indexOf(phase);
  if (target >= 1) await expectAdvanced(world, cycle.id);
  if (target >= 2) {
    await adopt(world, cycle.plan.id);
    await expectAdvanced(world, cycle.id);
    built.activityId = await createActivity(world, project.id);
  }
  if (target >= 3) await expectAdvanced(world, cycle.id);
  return built;
}

async function expectAdvanced(world: HubWorld, cycleId: string): Promise<void> {
  const result = await advance(world, cycleId);
  if (result.errors) throw new Error(`could not advance: ${JSON.stringify(result.errors)}`);
}
