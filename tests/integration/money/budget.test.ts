import { parse } from 'content-disposition';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startServer, type TestServer } from '../../support/harness.js';
import { cycleWorld, type CycleWorld } from '../../support/cycle-world.js';
import { pastMeeting } from '../../support/mutation-catalogue.js';
import { testDatabase } from '../../support/database.js';

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const EXPENSE = 'mutation ($input: RecordExpenseInput!) { recordExpense(input: $input) { id amountYen } }';

async function withBudget(fiscalYears = [2025]): Promise<CycleWorld> {
  const world = await cycleWorld(server);
  for (const fy of fiscalYears) await world.secretariat.ok('mutation ($h: ID!, $y: Int!) { openBudget(hubId: $h, fiscalYear: $y) { id } }', { h: world.hubId, y: fy });
  return world;
}

const expense = (world: CycleWorld, input: Record<string, unknown>) =>
  world.secretariat.gql<{ recordExpense: { id: string } }>(EXPENSE, { input: { hubId: world.hubId, spentOn: '2025-07-01', subCap: 'OFFICE', category: 'RENTAL', amountYen: 1000, description: '会場使用料', ...input } });

async function ledger(world: CycleWorld, fiscalYear = 2025) {
  const { budget } = await world.secretariat.ok<{ budget: { expenses: { amountYen: number; subCap: string; category: string; honorariumId: string | null; spentOn: string }[]; summary: { total: { actualYen: number; remainingYen: number; level: string }; subCaps: { key: string; actualYen: number; remainingYen: number; level: string }[]; warnings: { code: string; scope: string; capYen: number | null; remainingYen: number | null; projectedYen: number }[] } } }>(
    'query ($h: ID!, $y: Int!) { budget(hubId: $h, fiscalYear: $y) { expenses { amountYen subCap category honorariumId spentOn } summary { total { actualYen remainingYen level } subCaps { key actualYen remainingYen level } warnings { code scope capYen remainingYen projectedYen } } } }',
    { h: world.hubId, y: fiscalYear },
  );
  return budget;
}

describe('caps', () => {
  it('accepts an expense that exactly fills a sub-cap and refuses one more yen, saying what remains', async () => {
    const world = await withBudget();
    expect((await expense(world, { amountYen: 1_919_999 })).errors).toBeUndefined();
    const over = await expense(world, { amountYen: 2 });
    expect(errorCode(over)).toBe('CAP_EXCEEDED');
    expect(over.errors?.[0]?.extensions).toMatchObject({ scope: 'OFFICE', capYen: 1_920_000, remainingYen: 1 });
    expect(over.errors?.[0]?.message).toContain('残りは1円');
    expect((await expense(world, { amountYen: 1 })).errors).toBeUndefined();
    const budget = await ledger(world);
    expect(budget.summary.subCaps.find((s) => s.key === 'OFFICE')).toMatchObject({ actualYen: 1_920_000, remainingYen: 0, level: 'CRITICAL' });
    // A warning is a code with its figures; the client words it (lib/budget-warnings.ts).
    expect(budget.summary.warnings.filter((w) => w.scope === 'OFFICE')).toEqual([{ code: 'ABOVE_95', scope: 'OFFICE', capYen: 1_920_000, remainingYen: 0, projectedYen: expect.any(Number) }]);
  });

  it('refuses what would pass the total cap even within a sub-cap', async () => {
    const world = await withBudget();
    await expense(world, { subCap: 'COORDINATOR_PERSONNEL', category: 'WAGES', amountYen: 2_092_000, description: '調整担当者賃金' });
    expect((await expense(world, { amountYen: 1_920_000 })).errors).toBeUndefined();
    expect(errorCode(await expense(world, { subCap: 'COORDINATOR_PERSONNEL', category: 'WAGES', amountYen: 1 }))).toBe('CAP_EXCEEDED');
  });

  it('never lets 50 concurrent expenses racing past the cap leave the sum above it (several runs)', async () => {
    const admin = new pg.Client({ connectionString: testDatabase().adminUrl });
    await admin.connect();
    try {
      const runs = [];
      for (let run = 0; run < 3; run++) {
        const world = await withBudget();
        await expense(world, { amountYen: 1_900_000 });
        const results = await Promise.all(Array.from({ length: 50 }, (_, i) => expense(world, { amountYen: 1_000, description: `同時計上 ${i}` })));
        const accepted = results.filter((r) => !r.errors).length;
        const refused = results.filter((r) => errorCode(r) === 'CAP_EXCEEDED').length;
        const { rows } = await admin.query("select sum(e.amount_yen)::int as total from expense e join budget b on b.id = e.budget_id where b.hub_id = $1 and e.sub_cap = 'OFFICE'", [world.hubId]);
        runs.push({ accepted, refused, total: rows[0].total as number });
      }
      for (const run of runs) {
        expect(run).toEqual({ accepted: 20, refused: 30, total: 1_920_000 });
      }
    } finally {
      await admin.end();
    }
  }, 120_000);
});

describe('fiscal year', () => {
  it('puts 2026-03-31 in FY2025 and 2026-04-01 in FY2026, and refuses a date with no budget', async () => {
    const world = await withBudget([2025, 2026]);
    expect((await expense(world, { spentOn: '2026-03-31' })).errors).toBeUndefined();
    expect((await expense(world, { spentOn: '2026-04-01' })).errors).toBeUndefined();
    expect((await ledger(world, 2025)).expenses.map((e) => e.spentOn)).toEqual(['2026-03-31']);
    expect((await ledger(world, 2026)).expenses.map((e) => e.spentOn)).toEqual(['2026-04-01']);
    const none = await expense(world, { spentOn: '2027-04-01' });
    expect(errorCode(none)).toBe('NO_BUDGET');
    expect(none.errors?.[0]?.message).toContain('令和9年度');
  });
});

describe('eligibility', () => {
  it('refuses meal and banquet costs, quoting the rule', async () => {
    const world = await withBudget();
    const meal = await expense(world, { category: 'SUPPLIES', description: '弁当', isMeal: true });
    expect(errorCode(meal)).toBe('INELIGIBLE_EXPENSE');
    expect(meal.errors?.[0]?.message).toContain('会食に要する経費を除く');
    expect(errorCode(await expense(world, { category: 'SUPPLIES', description: '研修後の懇親会費' }))).toBe('INELIGIBLE_EXPENSE');
    expect(errorCode(await expense(world, { amountYen: 0 }))).toBe('BAD_USER_INPUT');
    expect((await ledger(world)).expenses).toEqual([]);
  });

  it('recognises a meal from the words of its text, and records it only with the reason it is not one, in the audit trail', async () => {
    const world = await withBudget();
    for (const [description, payee, words] of [
      ['研修会 昼食弁当 20食', '', ['弁当', '昼食']],
      ['講師との飲食費', '', ['飲食', '食費']],
      ['ｹｰﾀﾘﾝｸﾞ一式', '', ['ケータリング']],
      ['研修会 資料', '仕出し処〇〇', ['仕出し']],
    ] as const) {
      const refused = await expense(world, { category: 'SUPPLIES', description, payee });
      expect(errorCode(refused), description).toBe('INELIGIBLE_EXPENSE');
      expect(refused.errors?.[0]?.extensions).toMatchObject({ field: 'notMealReason', words });
      expect(refused.errors?.[0]?.message).toContain('会食でない場合は、その理由を入力してください');
      expect(String(refused.errors?.[0]?.extensions?.messageEn)).toContain('say why');
      expect(String(refused.errors?.[0]?.extensions?.messageEn)).not.toContain('補助対象経費');
      expect(errorCode(await expense(world, { category: 'SUPPLIES', description, payee, notMealReason: '   ' }))).toBe('INELIGIBLE_EXPENSE');
    }
    // A reason does not make a declared meal eligible.
    expect(errorCode(await expense(world, { category: 'SUPPLIES', description: '懇親会', isMeal: true, notMealReason: '会議です' }))).toBe('INELIGIBLE_EXPENSE');
    expect((await ledger(world)).expenses).toEqual([]);

    const reason = '食事介助研修の資料印刷で、飲食物ではない';
    const { data } = await expense(world, { category: 'SUPPLIES', description: '食事介助研修 資料印刷', notMealReason: reason });
    const id = data!.recordExpense.id;
    const { budget } = await world.secretariat.ok<{ budget: { mealWords: string[]; expenses: { id: string; notMealReason: string | null }[] } }>('query ($h: ID!) { budget(hubId: $h, fiscalYear: 2025) { mealWords expenses { id notMealReason } } }', { h: world.hubId });
    expect(budget.expenses).toEqual([{ id, notMealReason: reason }]);
    expect(budget.mealWords).toContain('弁当');
    const { auditTrail } = await world.secretariat.ok<{ auditTrail: { action: string; changes: Record<string, { after?: unknown }> }[] }>(
      'query ($h: ID!, $id: ID!) { auditTrail(hubId: $h, entityType: Expense, entityId: $id) { action changes } }',
      { h: world.hubId, id },
    );
    expect(auditTrail[0]!.changes.notMealReason?.after).toBe(reason);
  });
});

describe('honoraria', () => {
  const PLAN = 'mutation ($input: PlanHonorariumInput!) { planHonorarium(input: $input) { id grossYen withholdingYen netYen state } }';
  const APPROVE = 'mutation ($h: ID!, $id: ID!) { approveHonorarium(hubId: $h, honorariumId: $id) { state } }';
  const PAY = 'mutation ($h: ID!, $id: ID!) { payHonorarium(hubId: $h, honorariumId: $id, paidOn: "2025-06-30") { state paidOn } }';

  it('withholds tax for individuals, not corporations', async () => {
    const world = await withBudget();
    const { activityId } = await world.cycleIn('IMPLEMENTATION');
    // Three lecturers of one training: one honorarium each (the same payee twice would be refused).
    const plan = async (payeeName: string, grossYen: number, payeeType: string) =>
      (await world.secretariat.ok<{ planHonorarium: { withholdingYen: number; netYen: number } }>(PLAN, { input: { hubId: world.hubId, activityId, payeeName, payeeType, role: 'LECTURER', grossYen } })).planHonorarium;
    expect(await plan('講師 A', 10_000, 'INDIVIDUAL')).toMatchObject({ withholdingYen: 1_021, netYen: 8_979 });
    expect(await plan('講師 B', 1_500_000, 'INDIVIDUAL')).toMatchObject({ withholdingYen: 204_200, netYen: 1_295_800 });
    expect(await plan('〇〇研修 株式会社', 10_000, 'CORPORATION')).toMatchObject({ withholdingYen: 0, netYen: 10_000 });
  });

  it('is approved only for a recorded attendee, and a paid one appears in ② exactly once', async () => {
    const world = await withBudget();
    const { meetingId, externalId } = await pastMeeting(world);
    const planned = await world.secretariat.ok<{ planHonorarium: { id: string } }>(PLAN, { input: { hubId: world.hubId, inviteeId: externalId, payeeType: 'INDIVIDUAL', role: 'ATTENDEE', grossYen: 10_000 } });
    const id = planned.planHonorarium.id;
    const notRecorded = await world.secretariat.gql(APPROVE, { h: world.hubId, id });
    expect(errorCode(notRecorded)).toBe('NOT_ATTENDED');
    expect(notRecorded.errors?.[0]?.extensions?.reason).toBe('NOT_RECORDED');
    const mark = (attended: boolean) =>
      world.secretariat.ok('mutation ($h: ID!, $m: ID!, $i: ID!, $a: Boolean!) { markAttendance(hubId: $h, meetingId: $m, attendance: [{ inviteeId: $i, attended: $a }]) { id } }', { h: world.hubId, m: meetingId, i: externalId, a: attended });
    await mark(false);
    expect((await world.secretariat.gql(APPROVE, { h: world.hubId, id })).errors?.[0]?.extensions?.reason).toBe('ABSENT');
    expect(errorCode(await world.secretariat.gql(PAY, { h: world.hubId, id }))).toBe('WRONG_HONORARIUM_STATE');
    await mark(true);
    expect((await world.secretariat.ok<{ approveHonorarium: { state: string } }>(APPROVE, { h: world.hubId, id })).approveHonorarium.state).toBe('APPROVED');
    expect((await world.secretariat.ok<{ payHonorarium: { state: string } }>(PAY, { h: world.hubId, id })).payHonorarium.state).toBe('PAID');
    expect(errorCode(await world.secretariat.gql(PAY, { h: world.hubId, id }))).toBe('WRONG_HONORARIUM_STATE');
    const posted = (await ledger(world)).expenses.filter((e) => e.honorariumId === id);
    expect(posted).toEqual([{ amountYen: 10_000, subCap: 'OFFICE', category: 'HONORARIA', honorariumId: id, spentOn: '2025-06-30' }]);
    const { honorariumPayeeTotals } = await world.secretariat.ok<{ honorariumPayeeTotals: unknown[] }>('query ($h: ID!) { honorariumPayeeTotals(hubId: $h, year: 2025) { payeeName payments grossYen withholdingYen netYen } }', { h: world.hubId });
    expect(honorariumPayeeTotals).toEqual([{ payeeName: '北海 花子', payments: 1, grossYen: 10_000, withholdingYen: 1_021, netYen: 8_979 }]);
  });

  it('refuses payment that would pass the cap, leaving the honorarium approved', async () => {
    const world = await withBudget();
    await expense(world, { amountYen: 1_915_000 });
    const { externalId } = await pastMeeting(world, { attended: true });
    const { planHonorarium } = await world.secretariat.ok<{ planHonorarium: { id: string } }>(PLAN, { input: { hubId: world.hubId, inviteeId: externalId, payeeType: 'INDIVIDUAL', role: 'ATTENDEE', grossYen: 10_000 } });
    await world.secretariat.ok(APPROVE, { h: world.hubId, id: planHonorarium.id });
    expect(errorCode(await world.secretariat.gql(PAY, { h: world.hubId, id: planHonorarium.id }))).toBe('CAP_EXCEEDED');
    const { honoraria } = await world.secretariat.ok<{ honoraria: { state: string }[] }>('query ($h: ID!) { honoraria(hubId: $h, fiscalYear: 2025) { state } }', { h: world.hubId });
    expect(honoraria.map((h) => h.state)).toEqual(['APPROVED']);
  });
});

describe('double funding', () => {
  const RESULT = 'mutation ($input: RecordProgrammeResultInput!) { recordProgrammeResult(input: $input) { id } }';

  it('is detected from either side, naming both records', async () => {
    const world = await withBudget();
    const { activityId } = await world.cycleIn('IMPLEMENTATION');
    // Hub expense first, then the municipality claims the cost of the same activity.
    const hubSide = await expense(world, { activityId, amountYen: 30_000, description: '研修会場使用料', payee: 'ホテル' });
    const clash = await world.municipality.gql(RESULT, {
      input: { hubId: world.hubId, activityId, item: 'KA_TRAINING', description: '研修', periodStart: '2025-09-01', periodEnd: '2025-09-01', costYen: 30_000, costPayee: 'ホテル', costDate: '2025-09-01' },
    });
    expect(errorCode(clash)).toBe('DOUBLE_FUNDING');
    expect(clash.errors?.[0]?.extensions).toMatchObject({ expenseId: hubSide.data!.recordExpense.id, reason: 'SAME_ACTIVITY', municipality: '室蘭市' });
    // The message names both records in words a person recognises, not by their ids.
    expect(clash.errors?.[0]?.message).toContain('研修会場使用料（ホテル）30,000円');
    expect(clash.errors?.[0]?.message).toContain('室蘭市の事業実績「2025-09-01 研修（ホテル）30,000円」');
    expect(clash.errors?.[0]?.message).not.toContain(hubSide.data!.recordExpense.id);
    // Counting the activity as a result, without claiming its cost, is fine.
    expect((await world.municipality.gql(RESULT, { input: { hubId: world.hubId, activityId, item: 'KA_TRAINING', description: '研修', periodStart: '2025-09-01', periodEnd: '2025-09-01' } })).errors).toBeUndefined();

    // Municipal claim first, then the hub records the same payee, date and amount.
    const municipal = await world.municipality.ok<{ recordProgrammeResult: { id: string } }>(RESULT, {
      input: { hubId: world.hubId, item: 'KI_AWARENESS', description: '講演会講師謝礼', periodStart: '2025-11-15', periodEnd: '2025-11-15', costYen: 50_000, costPayee: '講師 A', costDate: '2025-11-15' },
    });
    const second = await expense(world, { spentOn: '2025-11-15', category: 'HONORARIA', amountYen: 50_000, description: '講演会講師謝金', payee: '講師 A' });
    expect(errorCode(second)).toBe('DOUBLE_FUNDING');
    expect(second.errors?.[0]?.extensions).toMatchObject({ programmeResultId: municipal.recordProgrammeResult.id, reason: 'SAME_PAYEE_DATE_AMOUNT' });
  });

  it('lists suspects of a fiscal year that entered without the check', async () => {
    const world = await withBudget();
    const { activityId } = await world.cycleIn('IMPLEMENTATION');
    const { recordExpense } = (await expense(world, { activityId, amountYen: 8_000, description: '資料代' })).data!;
    expect((await world.secretariat.ok<{ doubleFundingSuspects: unknown[] }>('query ($h: ID!) { doubleFundingSuspects(hubId: $h, fiscalYear: 2025) { expenseId } }', { h: world.hubId })).doubleFundingSuspects).toEqual([]);
    // A municipal record imported directly into the database, bypassing the check.
    const admin = new pg.Client({ connectionString: testDatabase().adminUrl });
    await admin.connect();
    const { rows } = await admin.query(
      `insert into programme_result (id, created_at, updated_at, hub_id, municipality_id, activity_id, item, description, sessions, participants, period_start, period_end, fiscal_year, recorded_by, funding_source, cost_yen, cost_payee)
       select gen_random_uuid(), now(), now(), $1, m.id, $2, 'KA_TRAINING', '取込データ', 1, 10, '2025-09-01', '2025-09-01', 2025, gen_random_uuid(), 'MUNICIPAL_PROGRAMME', 8000, '' from municipality m where m.name = '室蘭市' returning id`,
      [world.hubId, activityId],
    );
    await admin.end();
    const { doubleFundingSuspects } = await world.secretariat.ok<{ doubleFundingSuspects: unknown[] }>('query ($h: ID!) { doubleFundingSuspects(hubId: $h, fiscalYear: 2025) { expenseId programmeResultId reason } }', { h: world.hubId });
    expect(doubleFundingSuspects).toEqual([{ expenseId: recordExpense.id, programmeResultId: rows[0].id, reason: 'SAME_ACTIVITY' }]);
  });
});

describe('reports', () => {
  it('are safe to open: hostile text comes out of every CSV as text, never as a formula, and of Excel as a text cell', async () => {
    const world = await withBudget();
    const hostile = ['=HYPERLINK("http://evil.example/","x")', '+1+1', '-2+3', '@SUM(1+1)', '\t=1', '\r=1'];
    // A tab or a line break cannot start a one-line field (the input guard refuses control characters
    // there); a multi-line one, such as a programme result's description, still takes them.
    const oneLine = hostile.filter((h) => !/[\t\r]/.test(h));
    for (const [i, text] of hostile.entries()) {
      const { errors } = await expense(world, { amountYen: 1_000 + i, description: text, payee: text, receiptRef: text });
      if (oneLine.includes(text)) expect(errors).toBeUndefined();
      else expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CONTROL' });
    }
    for (const text of hostile) {
      await world.municipality.ok('mutation ($input: RecordProgrammeResultInput!) { recordProgrammeResult(input: $input) { id } }', {
        input: { hubId: world.hubId, item: 'KA_TRAINING', description: text, periodStart: '2025-07-01', periodEnd: '2025-07-01', sessions: 1, participants: 2 },
      });
    }
    const get = (path: string) => fetch(`${server.url}${path}`, { headers: { cookie: world.secretariat.cookie! } });
    const { homeCareZones } = await world.secretariat.ok<{ homeCareZones: { municipalities: { id: string; name: string }[] }[] }>('{ homeCareZones { municipalities { id name } } }');
    const municipalityId = homeCareZones.flatMap((z) => z.municipalities).find((m) => m.name === [...world.participationIds.keys()][0])!.id;
    const startsFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell);
    // The server trims what is typed, so a leading tab or carriage return arrives as the formula behind it.
    const stored = hostile.map((h) => h.trim());

    const ledgerRows = parseCsv((await (await get(`/hubs/${world.hubId}/reports/2025/ledger.csv`)).text()).replace(/^\uFEFF/, '')) as string[][];
    const [, ...ledgerBody] = ledgerRows;
    expect(ledgerBody).toHaveLength(oneLine.length);
    for (const row of ledgerBody) {
      expect(row.filter(startsFormula)).toEqual([]);
      expect(stored.map((h) => `'${h}`)).toContain(row[3]); // 内容, as typed after the apostrophe
      expect(row[4]).toBe(row[3]); // 支払先
      expect(row[6]).toBe(row[3]); // 証憑番号
      expect(row[5]).toMatch(/^\d+$/); // the amount stays a number
    }

    const reportRows = parseCsv((await (await get(`/hubs/${world.hubId}/reports/2025/programme-results/${municipalityId}.csv`)).text()).replace(/^\uFEFF/, '')) as string[][];
    const described = reportRows.filter((r) => r[2]);
    expect(described.slice(1).map((r) => r[2])).toEqual(expect.arrayContaining(stored.map((h) => `'${h}`)));
    expect(reportRows.flat().filter(startsFormula)).toEqual([]);

    // Excel: the same text is a text cell (a string value, never a formula).
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await (await get(`/hubs/${world.hubId}/reports/2025/performance.xlsx`)).arrayBuffer());
    const cells: ExcelJS.Cell[] = [];
    book.getWorksheet('経費明細')!.eachRow((row) => row.eachCell((cell) => void cells.push(cell)));
    const written = cells.filter((c) => stored.includes(String(c.value)));
    expect(written.length).toBe(oneLine.length * 3);
    expect(written.every((c) => c.type === ExcelJS.ValueType.String && c.formula === undefined)).toBe(true);
  });

  it('gives an Excel performance report whose totals equal the ledger, a budget statement and a CSV ledger, to authorised callers only', async () => {
    const world = await withBudget();
    await world.cycleIn('IMPLEMENTATION');
    await expense(world, { amountYen: 12_345, category: 'RENTAL' });
    await expense(world, { amountYen: 54_321, category: 'TRAVEL', description: '講師旅費' });
    await expense(world, { subCap: 'COORDINATOR_PERSONNEL', category: 'WAGES', amountYen: 150_000, description: '調整担当者賃金 6月' });
    const ledgerTotal = (await ledger(world)).expenses.reduce((s, e) => s + e.amountYen, 0);
    expect(ledgerTotal).toBe(216_666);

    const download = (client: typeof world.secretariat, path: string) => fetch(`${server.url}${path}`, { headers: client.cookie ? { cookie: client.cookie } : {} });
    const response = await download(world.secretariat, `/hubs/${world.hubId}/reports/2025/performance.xlsx`);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['実績報告', '経費明細', '謝金一覧', '会議', '事業実施']);
    const summary = workbook.getWorksheet('実績報告')!;
    expect(String(summary.getCell('A1').value)).toContain('令和7年度');
    let totalRow: ExcelJS.Row | undefined;
    summary.eachRow((row) => {
      if (row.getCell(1).value === '合計') totalRow = row;
    });
    expect([totalRow!.getCell(2).value, totalRow!.getCell(3).value, totalRow!.getCell(4).value]).toEqual([4_012_000, ledgerTotal, 4_012_000 - ledgerTotal]);
    expect(summary.getColumn(3).numFmt).toBe('#,##0"円"');

    const statement = await download(world.secretariat, `/hubs/${world.hubId}/reports/2025/budget-statement.xlsx`);
    const statementBook = new ExcelJS.Workbook();
    await statementBook.xlsx.load(await statement.arrayBuffer());
    let plannedTotal: unknown;
    statementBook.getWorksheet('収支予算書')!.eachRow((row) => {
      if (row.getCell(1).value === '支出合計') plannedTotal = row.getCell(2).value;
    });
    expect(plannedTotal).toBe(120_000); // the budget line of the plan's project

    const ledgerResponse = await download(world.secretariat, `/hubs/${world.hubId}/reports/2025/ledger.csv`);
    const { hub } = await world.secretariat.ok<{ hub: { name: string } }>('query ($h: ID!) { hub(hubId: $h) { name } }', { h: world.hubId });
    expect(parse(ledgerResponse.headers.get('content-disposition')!).parameters.filename).toBe(`支出台帳_${hub.name}_令和7年度.csv`);
    expect(ledgerResponse.headers.get('content-disposition')).toContain('filename=ledger-2025.csv;');
    expect(parse(response.headers.get('content-disposition')!).parameters.filename).toBe(`実績報告_${hub.name}_令和7年度.xlsx`);
    const csv = await ledgerResponse.text();
    const rows = csv.replace(/^\uFEFF/, '').trim().split('\r\n').slice(1);
    expect(rows.reduce((s, line) => s + Number(line.split(',')[5]), 0)).toBe(ledgerTotal);

    expect((await download(world.advisor, `/hubs/${world.hubId}/reports/2025/performance.xlsx`)).status).toBe(403);
    expect((await download(world.healthCenter, `/hubs/${world.hubId}/reports/2025/performance.xlsx`)).status).toBe(200);
    expect((await fetch(`${server.url}/hubs/${world.hubId}/reports/2025/ledger.csv`)).status).toBe(401);
    const other = await cycleWorld(server);
    expect((await download(other.secretariat, `/hubs/${world.hubId}/reports/2025/ledger.csv`)).status).toBe(403);

    // A municipality's programme report: its own members, the secretariat and the prefecture; never another municipality or hub.
    const [own, neighbour] = [...world.participationIds.keys()];
    const { homeCareZones } = await world.secretariat.ok<{ homeCareZones: { municipalities: { id: string; name: string }[] }[] }>('{ homeCareZones { municipalities { id name } } }');
    const idOf = (name: string) => homeCareZones.flatMap((z) => z.municipalities).find((m) => m.name === name)!.id;
    const report = (client: typeof world.secretariat, name: string) => download(client, `/hubs/${world.hubId}/reports/2025/programme-results/${idOf(name)}.csv`);
    const ownReport = await report(world.municipality, own!);
    expect(ownReport.status).toBe(200);
    expect(parse(ownReport.headers.get('content-disposition')!).parameters.filename).toBe(`市町村実績_${own}_令和7年度.csv`);
    const bytes = Buffer.from(await ownReport.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toMatch(/^年度,事業項目/);
    expect((await report(world.secretariat, neighbour!)).status).toBe(200);
    const refused = await report(world.municipality, neighbour!);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'NOT_OWN_MUNICIPALITY' });
    expect((await report(other.secretariat, own!)).status).toBe(403);
    expect((await download(world.secretariat, `/hubs/${world.hubId}/reports/2025/programme-results/not-an-id.csv`)).status).toBe(404);
  });
});
