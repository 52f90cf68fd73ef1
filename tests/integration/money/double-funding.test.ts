import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startServer, type TestServer } from '../../support/harness.js';
import { cycleWorld, type CycleWorld } from '../../support/cycle-world.js';

/** 補助金二重取り as people really type it: payees compared as who they are, dates within a tolerance. */

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const EXPENSE = 'mutation ($input: RecordExpenseInput!) { recordExpense(input: $input) { id doubleFundingReason } }';
const RESULT = 'mutation ($input: RecordProgrammeResultInput!) { recordProgrammeResult(input: $input) { id doubleFundingReason } }';
const SUSPECTS = 'query ($h: ID!) { doubleFundingSuspects(hubId: $h, fiscalYear: 2025) { expenseId programmeResultId reason match daysApart confirmedReason } }';

async function withBudget(): Promise<CycleWorld> {
  const world = await cycleWorld(server);
  await world.secretariat.ok('mutation ($h: ID!, $y: Int!) { openBudget(hubId: $h, fiscalYear: $y) { id } }', { h: world.hubId, y: 2025 });
  return world;
}
const expense = (world: CycleWorld, input: Record<string, unknown>) =>
  world.secretariat.gql<{ recordExpense: { id: string; doubleFundingReason: string | null } }>(EXPENSE, {
    input: { hubId: world.hubId, spentOn: '2025-09-01', category: 'SUPPLIES', amountYen: 18_700, description: '研修資料印刷', payee: '〇〇印刷 株式会社', ...input },
  });
const claim = (world: CycleWorld, input: Record<string, unknown>) =>
  world.municipality.gql<{ recordProgrammeResult: { id: string; doubleFundingReason: string | null } }>(RESULT, {
    input: { hubId: world.hubId, item: 'KA_TRAINING', description: '研修資料', periodStart: '2025-09-01', periodEnd: '2025-09-01', costYen: 18_700, costPayee: '〇〇印刷株式会社', costDate: '2025-09-01', ...input },
  });

describe('an exact match', () => {
  it('is refused whichever way the payee is typed (spaces, full width, （株）, ㈱)', async () => {
    const world = await withBudget();
    expect((await claim(world, {})).errors).toBeUndefined();
    for (const payee of ['〇〇印刷 株式会社', '〇〇印刷　株式会社', '〇〇印刷（株）', '㈱〇〇印刷', '〇〇印刷']) {
      const refused = await expense(world, { payee });
      expect(errorCode(refused), payee).toBe('DOUBLE_FUNDING');
      expect(refused.errors?.[0]?.extensions).toMatchObject({ reason: 'SAME_PAYEE_DATE_AMOUNT', match: 'EXACT' });
    }
    // Even with a reason: an exact match is one cost.
    expect(errorCode(await expense(world, { doubleFundingReason: '別の印刷物' }))).toBe('DOUBLE_FUNDING');
    expect((await expense(world, { payee: '△△印刷 株式会社' })).errors).toBeUndefined();
  });
});

describe('a near match', () => {
  it('needs a reason from the hub a day later, is kept with it, and listed with it for the prefecture', async () => {
    const world = await withBudget();
    const municipal = (await claim(world, {})).data!.recordProgrammeResult.id;
    const warned = await expense(world, { spentOn: '2025-09-02' });
    expect(errorCode(warned)).toBe('DOUBLE_FUNDING_SUSPECTED');
    expect(warned.errors?.[0]?.extensions).toMatchObject({ field: 'doubleFundingReason', reason: 'NEAR_PAYEE_DATE_AMOUNT', match: 'NEAR', daysApart: 1, programmeResultId: municipal });
    expect(warned.errors?.[0]?.message).toContain('日付が1日違います');
    expect(String(warned.errors?.[0]?.extensions?.messageEn)).toContain('1 day(s) apart');
    expect(errorCode(await expense(world, { spentOn: '2025-09-02', doubleFundingReason: '   ' }))).toBe('DOUBLE_FUNDING_SUSPECTED');
    const reason = '市の分は参加者配布用、拠点の分は講師用の別刷り';
    const kept = await expense(world, { spentOn: '2025-09-02', doubleFundingReason: reason });
    expect(kept.data?.recordExpense).toMatchObject({ doubleFundingReason: reason });
    // Beyond the rule set's tolerance (7 days), nothing to confirm.
    expect((await expense(world, { spentOn: '2025-09-09' })).data?.recordExpense).toMatchObject({ doubleFundingReason: null });
    // The reason is in the audit trail of the expense.
    const { auditTrail } = await world.secretariat.ok<{ auditTrail: { changes: unknown }[] }>('query ($h: ID!, $id: ID!) { auditTrail(hubId: $h, entityType: Expense, entityId: $id) { changes } }', { h: world.hubId, id: kept.data!.recordExpense.id });
    expect(JSON.stringify(auditTrail)).toContain(reason);
    const { doubleFundingSuspects } = await world.admin.ok<{ doubleFundingSuspects: unknown[] }>(SUSPECTS, { h: world.hubId });
    expect(doubleFundingSuspects).toEqual([{ expenseId: kept.data!.recordExpense.id, programmeResultId: municipal, reason: 'NEAR_PAYEE_DATE_AMOUNT', match: 'NEAR', daysApart: 1, confirmedReason: reason }]);
  });

  it('needs a reason from the municipality too, when the hub recorded first', async () => {
    const world = await withBudget();
    await expense(world, {});
    const warned = await claim(world, { costDate: '2025-08-29', costPayee: '（株）〇〇印刷' });
    expect(errorCode(warned)).toBe('DOUBLE_FUNDING_SUSPECTED');
    expect(warned.errors?.[0]?.extensions).toMatchObject({ daysApart: 3 });
    expect((await claim(world, { costDate: '2025-08-29', costPayee: '（株）〇〇印刷', doubleFundingReason: '市独自の啓発チラシ' })).data?.recordProgrammeResult).toMatchObject({ doubleFundingReason: '市独自の啓発チラシ' });
  });
});

describe('two claims of one cost at the same moment', () => {
  it('never both pass, from the hub and the municipality at once (several runs)', async () => {
    for (let run = 0; run < 5; run++) {
      const world = await withBudget();
      const [hub, municipal] = await Promise.all([expense(world, { payee: `〇〇印刷${run}` }), claim(world, { costPayee: `〇〇印刷${run} 株式会社` })]);
      const passed = [hub, municipal].filter((r) => !r.errors).length;
      expect(passed, `run ${run}`).toBe(1);
      expect([errorCode(hub), errorCode(municipal)].filter(Boolean)).toEqual(['DOUBLE_FUNDING']);
    }
  }, 120_000);
});
