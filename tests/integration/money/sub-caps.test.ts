import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startServer, type TestServer } from '../../support/harness.js';
import { cycleWorld, type CycleWorld } from '../../support/cycle-world.js';
import { scratchDatabaseAt, testDatabase } from '../../support/database.js';

/** Each expense category goes under the sub-cap the subsidy rules place it in (issue: category ↔ sub-cap). */

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const EXPENSE = 'mutation ($input: RecordExpenseInput!) { recordExpense(input: $input) { id subCap subCapReason category } }';
type Posted = { recordExpense: { id: string; subCap: string; subCapReason: string | null; category: string } };

async function withBudget(): Promise<CycleWorld> {
  const world = await cycleWorld(server);
  await world.secretariat.ok('mutation ($h: ID!, $y: Int!) { openBudget(hubId: $h, fiscalYear: $y) { id } }', { h: world.hubId, y: 2025 });
  return world;
}
const expense = (world: CycleWorld, input: Record<string, unknown>) =>
  world.secretariat.gql<Posted>(EXPENSE, { input: { hubId: world.hubId, spentOn: '2025-07-01', amountYen: 10_000, description: '費用', ...input } });
const ledger = async (world: CycleWorld) =>
  (await world.secretariat.ok<{ budget: { expenses: { subCap: string; category: string }[] } }>('query ($h: ID!) { budget(hubId: $h, fiscalYear: 2025) { expenses { subCap category } } }', { h: world.hubId })).budget.expenses;

describe('expenses', () => {
  it('refuses a category under a sub-cap the rules do not place it in, naming where it belongs, and writes nothing', async () => {
    const world = await withBudget();
    for (const [subCap, category, belongs] of [
      ['OFFICE', 'SALARY', '①調整担当者人件費'],
      ['OFFICE', 'MUTUAL_AID', '①調整担当者人件費'],
      ['COORDINATOR_PERSONNEL', 'HONORARIA', '②事務費'],
      ['COORDINATOR_PERSONNEL', 'RENTAL', '②事務費'],
      ['COORDINATOR_PERSONNEL', 'SUPPLIES', '②事務費'],
    ] as const) {
      const refused = await expense(world, { subCap, category });
      expect(errorCode(refused), `${category} under ${subCap}`).toBe('WRONG_SUB_CAP');
      expect(refused.errors?.[0]?.extensions).toMatchObject({ field: 'subCap', category, subCap });
      expect(refused.errors?.[0]?.message).toContain(belongs);
      expect(String(refused.errors?.[0]?.extensions?.messageEn)).toContain('cannot be filed under');
    }
    expect(await ledger(world)).toEqual([]);
  });

  it("puts a cost under its category's own sub-cap when none is named", async () => {
    const world = await withBudget();
    expect((await expense(world, { category: 'SALARY' })).data?.recordExpense).toMatchObject({ subCap: 'COORDINATOR_PERSONNEL', subCapReason: null });
    expect((await expense(world, { category: 'HONORARIA' })).data?.recordExpense).toMatchObject({ subCap: 'OFFICE' });
    expect((await expense(world, { category: 'TRAVEL' })).data?.recordExpense).toMatchObject({ subCap: 'OFFICE' });
  });

  it('files 旅費 under ① only with a reason, keeps the reason, and drops one given for its own sub-cap', async () => {
    const world = await withBudget();
    const bare = await expense(world, { subCap: 'COORDINATOR_PERSONNEL', category: 'TRAVEL' });
    expect(errorCode(bare)).toBe('WRONG_SUB_CAP');
    expect(bare.errors?.[0]?.extensions).toMatchObject({ field: 'subCapReason', allowed: ['OFFICE', 'COORDINATOR_PERSONNEL'] });
    expect(bare.errors?.[0]?.message).toContain('理由を入力してください');
    expect(errorCode(await expense(world, { subCap: 'COORDINATOR_PERSONNEL', category: 'TRAVEL', subCapReason: '  ' }))).toBe('WRONG_SUB_CAP');
    const reason = '調整担当者が町村への連携調整に出向いた旅費';
    expect((await expense(world, { subCap: 'COORDINATOR_PERSONNEL', category: 'TRAVEL', subCapReason: reason })).data?.recordExpense).toMatchObject({ subCap: 'COORDINATOR_PERSONNEL', subCapReason: reason });
    expect((await expense(world, { subCap: 'OFFICE', category: 'TRAVEL', subCapReason: '念のため' })).data?.recordExpense).toMatchObject({ subCap: 'OFFICE', subCapReason: null });
  });

  it('is held by the database too: a row written past the server under the wrong sub-cap is refused by the constraint', async () => {
    const world = await withBudget();
    const { data } = await expense(world, { category: 'RENTAL' });
    const admin = new pg.Client({ connectionString: testDatabase().adminUrl });
    await admin.connect();
    try {
      await expect(admin.query("update expense set sub_cap = 'COORDINATOR_PERSONNEL' where id = $1", [data!.recordExpense.id])).rejects.toThrow(/expense_sub_cap_check/);
      await expect(admin.query("update expense set sub_cap = 'COORDINATOR_PERSONNEL', category = 'TRAVEL' where id = $1", [data!.recordExpense.id])).rejects.toThrow(/expense_sub_cap_check/);
      await admin.query("update expense set sub_cap = 'COORDINATOR_PERSONNEL', category = 'TRAVEL', sub_cap_reason = '調整担当者の出張' where id = $1", [data!.recordExpense.id]);
    } finally {
      await admin.end();
    }
  });
});

describe('budget lines of the plan', () => {
  const UPDATE = 'mutation ($input: UpdateProjectInput!) { updateProject(input: $input) { version budgetLines { subCap subCapReason category plannedYen } } }';

  it('holds the same rule when a project is planned, and derives the sub-cap when none is named', async () => {
    const world = await cycleWorld(server);
    const built = await world.cycleIn('PLANNING');
    const version = async () => (await world.secretariat.ok<{ plan: { projects: { version: number }[] } }>('query ($h: ID!, $p: ID!) { plan(hubId: $h, planId: $p) { projects { version } } }', { h: world.hubId, p: built.planId })).plan.projects[0]!.version;
    const wrong = await world.secretariat.gql(UPDATE, { input: { hubId: world.hubId, projectId: built.projectId, version: await version(), budgetLines: [{ subCap: 'OFFICE', category: 'SALARY', plannedYen: 100_000 }] } });
    expect(errorCode(wrong)).toBe('WRONG_SUB_CAP');
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ field: 'budgetLines.subCap', category: 'SALARY' });
    const noReason = await world.secretariat.gql(UPDATE, { input: { hubId: world.hubId, projectId: built.projectId, version: await version(), budgetLines: [{ subCap: 'COORDINATOR_PERSONNEL', category: 'TRAVEL', plannedYen: 20_000 }] } });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'WRONG_SUB_CAP', field: 'budgetLines.subCapReason' });
    const saved = await world.secretariat.ok<{ updateProject: { budgetLines: unknown[] } }>(UPDATE, {
      input: {
        hubId: world.hubId,
        projectId: built.projectId,
        version: await version(),
        budgetLines: [{ category: 'SALARY', plannedYen: 100_000 }, { subCap: 'COORDINATOR_PERSONNEL', category: 'TRAVEL', plannedYen: 20_000, subCapReason: '調整担当者の出張旅費' }],
      },
    });
    expect(saved.updateProject.budgetLines).toEqual([
      { subCap: 'COORDINATOR_PERSONNEL', subCapReason: null, category: 'SALARY', plannedYen: 100_000 },
      { subCap: 'COORDINATOR_PERSONNEL', subCapReason: '調整担当者の出張旅費', category: 'TRAVEL', plannedYen: 20_000 },
    ]);
  });
});

describe('the migration that brought the rule in', () => {
  it('reports the rows recorded before it that break the rule, and leaves them as they were', async () => {
    const db = await scratchDatabaseAt('Migration20261203111455');
    try {
      // Rows as a hub could have recorded them before the rule: written as the owner, within the hub's scope.
      const { one } = db;
      const { hubId, commit } = await db.inNewHub('移行確認拠点');
      const hub = { id: hubId };
      const budget = await one(
        `insert into budget (id, created_at, updated_at, hub_id, fiscal_year, rule_set_version, cap_total_yen, cap_personnel_yen, cap_office_yen) values (gen_random_uuid(), now(), now(), $1, 2025, 'hokkaido-hub-2024', 4012000, 2092000, 1920000) returning id`,
        [hub.id],
      );
      const insert = (subCap: string) =>
        one(
          `insert into expense (id, created_at, updated_at, hub_id, budget_id, spent_on, sub_cap, category, amount_yen, description) values (gen_random_uuid(), now(), now(), $1, $2, '2025-06-30', $3, 'SALARY', 112000, '調整担当者 給料') returning id`,
          [hub.id, budget.id, subCap],
        );
      await insert('COORDINATOR_PERSONNEL');
      const wrong = (await insert('OFFICE')).id;
      await commit();

      const report = (await db.migrate()).find((w) => w.code === 'HUB_SUB_CAP_RULE');
      expect(report?.message).toMatch(/^1 row\(s\)/);
      expect(report?.message).toContain(`expense ${wrong} (移行確認拠点, 2025-06-30): SALARY under OFFICE, 112000 yen`);
      expect((await db.admin.query('select sub_cap, category from expense where id = $1', [wrong])).rows).toEqual([{ sub_cap: 'OFFICE', category: 'SALARY' }]);
      // Kept as it was, but it cannot be changed without being put right.
      await expect(db.admin.query('update expense set amount_yen = 1 where id = $1', [wrong])).rejects.toThrow(/expense_sub_cap_check/);
    } finally {
      await db.drop();
    }
  }, 60_000);
});
