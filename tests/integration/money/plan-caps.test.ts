import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startServer, type TestServer } from '../../support/harness.js';
import { adopt, createCycle, createProject, cycleWorld, raiseIssue, version, type CycleWorld } from '../../support/cycle-world.js';
import { testDatabase } from '../../support/database.js';

/** A plan is circulated and adopted only within the subsidy's caps; the budget reads the adopted lines. */

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const UPDATE = 'mutation ($input: UpdateProjectInput!) { updateProject(input: $input) { version } }';
const CIRCULATE = 'mutation ($h: ID!, $p: ID!, $v: Int!) { circulatePlan(hubId: $h, planId: $p, version: $v) { state } }';

async function draft(world: CycleWorld, fiscalYear = 2025) {
  const cycle = await createCycle(world, fiscalYear);
  const issueId = await raiseIssue(world, world.municipality, cycle.id);
  const project = await createProject(world, cycle.plan.id, [issueId]);
  const projectVersion = async () => (await world.secretariat.ok<{ plan: { projects: { version: number }[] } }>('query ($h: ID!, $p: ID!) { plan(hubId: $h, planId: $p) { projects { version } } }', { h: world.hubId, p: cycle.plan.id })).plan.projects[0]!.version;
  const lines = async (budgetLines: Record<string, unknown>[]) => world.secretariat.gql(UPDATE, { input: { hubId: world.hubId, projectId: project.id, version: await projectVersion(), budgetLines } });
  const circulate = async () => world.secretariat.gql(CIRCULATE, { h: world.hubId, p: cycle.plan.id, v: await version(world.secretariat, world.hubId, 'plan', cycle.plan.id) });
  return { cycle, project, lines, circulate, planId: cycle.plan.id };
}

describe('circulating and adopting', () => {
  it('refuses a plan over a sub-cap or the total, naming each overrun, and accepts it once within', async () => {
    const world = await cycleWorld(server);
    const plan = await draft(world);
    await plan.lines([{ category: 'SALARY', plannedYen: 2_092_001 }, { category: 'HONORARIA', plannedYen: 100_000 }]);
    const refused = await plan.circulate();
    expect(errorCode(refused)).toBe('PLAN_OVER_CAP');
    expect(refused.errors?.[0]?.extensions?.over).toEqual([{ scope: 'COORDINATOR_PERSONNEL', plannedYen: 2_092_001, capYen: 2_092_000, overYen: 1 }]);
    expect(refused.errors?.[0]?.message).toContain('①調整担当者人件費が1円超過');
    expect(String(refused.errors?.[0]?.extensions?.messageEn)).toContain('cannot be circulated');
    await plan.lines([{ category: 'SALARY', plannedYen: 2_092_000 }, { category: 'HONORARIA', plannedYen: 1_920_000 }]);
    expect((await plan.circulate()).errors).toBeUndefined();
  });

  it('refuses adopting a circulated plan that an edit took over a cap', async () => {
    const world = await cycleWorld(server);
    const plan = await draft(world);
    expect((await plan.circulate()).errors).toBeUndefined();
    await plan.lines([{ category: 'RENTAL', plannedYen: 1_920_001 }]);
    const refused = await world.secretariat.gql('mutation ($input: AdoptPlanInput!) { adoptPlan(input: $input) { state } }', {
      input: { hubId: world.hubId, planId: plan.planId, version: await version(world.secretariat, world.hubId, 'plan', plan.planId), adoptedOn: '2025-05-20' },
    });
    expect(errorCode(refused)).toBe('PLAN_OVER_CAP');
    expect(refused.errors?.[0]?.extensions?.over).toEqual([{ scope: 'OFFICE', plannedYen: 1_920_001, capYen: 1_920_000, overYen: 1 }]);
  });

  // A circulated plan may still be edited (comments come back), so the state that must never hold
  // over a cap is ADOPTED: an edit after adoption starts a new draft version.
  it('never leaves a plan adopted over a cap when an edit and the adoption race (several runs)', async () => {
    const admin = new pg.Client({ connectionString: testDatabase().adminUrl });
    await admin.connect();
    try {
      for (let run = 0; run < 6; run++) {
        const world = await cycleWorld(server);
        const plan = await draft(world, 2025);
        expect((await plan.circulate()).errors).toBeUndefined();
        const projectVersion = (await world.secretariat.ok<{ plan: { projects: { version: number }[] } }>('query ($h: ID!, $p: ID!) { plan(hubId: $h, planId: $p) { projects { version } } }', { h: world.hubId, p: plan.planId })).plan.projects[0]!.version;
        const planVersion = await version(world.secretariat, world.hubId, 'plan', plan.planId);
        await Promise.all([
          world.secretariat.gql(UPDATE, { input: { hubId: world.hubId, projectId: plan.project.id, version: projectVersion, budgetLines: [{ category: 'RENTAL', plannedYen: 2_000_000 }] } }),
          world.secretariat.gql('mutation ($input: AdoptPlanInput!) { adoptPlan(input: $input) { state } }', { input: { hubId: world.hubId, planId: plan.planId, version: planVersion, adoptedOn: '2025-05-20' } }),
        ]);
        const { rows } = await admin.query(
          `select p.state, coalesce(sum(l.planned_yen) filter (where l.sub_cap = 'OFFICE'), 0)::int as office
           from plan p left join project j on j.plan_id = p.id left join budget_line l on l.project_id = j.id where p.id = $1 group by p.state`,
          [plan.planId],
        );
        const [{ state, office }] = rows as [{ state: string; office: number }];
        expect(state === 'ADOPTED' && office > 1_920_000, `run ${run}: ${state} with ${office} yen under ②`).toBe(false);
      }
    } finally {
      await admin.end();
    }
  }, 120_000);
});

describe('the budget of the year', () => {
  it('reads its planned amounts from the adopted version, not from a draft being edited after it', async () => {
    const world = await cycleWorld(server);
    const built = await world.cycleIn('PLANNING');
    await adopt(world, built.planId);
    await world.secretariat.ok('mutation ($h: ID!, $y: Int!) { openBudget(hubId: $h, fiscalYear: $y) { id } }', { h: world.hubId, y: 2025 });
    const planned = async () =>
      (await world.secretariat.ok<{ budget: { summary: { total: { plannedYen: number } } } }>('query ($h: ID!) { budget(hubId: $h, fiscalYear: 2025) { summary { total { plannedYen } } } }', { h: world.hubId })).budget.summary.total.plannedYen;
    expect(await planned()).toBe(120_000);
    const projectVersion = (await world.secretariat.ok<{ plan: { projects: { version: number }[] } }>('query ($h: ID!, $p: ID!) { plan(hubId: $h, planId: $p) { projects { version } } }', { h: world.hubId, p: built.planId })).plan.projects[0]!.version;
    await world.secretariat.ok(UPDATE, { input: { hubId: world.hubId, projectId: built.projectId, version: projectVersion, budgetLines: [{ category: 'HONORARIA', plannedYen: 500_000 }] } });
    expect(await planned()).toBe(120_000);
    await adopt(world, built.planId);
    expect(await planned()).toBe(500_000);
  });
});
