import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { accessibilityProblems, openHubPage, screenshot, signIn as signInAs, startBrowserWorld, waitLive, type BrowserWorld } from '../../support/browser.js';
import { chromium, describeWith } from '../../support/requirements.js';
import { createCycle, cycleWorld, raiseIssue, type CycleWorld } from '../../support/cycle-world.js';
import type { Client } from '../../support/harness.js';

let web: BrowserWorld;
let world: CycleWorld;
/** A second secretariat member: "someone else" editing the same plan through the API. */
let colleague: Client;
const signIn = (client: Client): Promise<Page> => signInAs(web, client, { width: 1100, height: 1200 });

const text = async (page: Page, selector: string) => (await page.locator(selector).textContent()) ?? '';

type ProjectRow = { id: string; version: number; title: string; objective: string };
async function projectOf(client: Client, planId: string, title: string): Promise<ProjectRow> {
  const data = await client.ok<{ plan: { projects: ProjectRow[] } }>('query ($h: ID!, $p: ID!) { plan(hubId: $h, planId: $p) { projects { id version title objective } } }', { h: world.hubId, p: planId });
  return data.plan.projects.find((p) => p.title === title)!;
}

describeWith(chromium, 'the business plan in Chromium', () => {
  beforeAll(async () => {
    web = await startBrowserWorld();
    world = await cycleWorld(web.server);
    colleague = await world.invite('SECRETARIAT');
  }, 180_000);
  afterAll(async () => {
    await web?.close();
  });

  it('lets the secretariat build a project in the form, see the sub-cap totals, circulate, adopt, edit and compare versions', async () => {
    // This fiscal year's cycle (the page opens on it), with the budget open so the caps show.
    const fy = 2026;
    const cycle = await createCycle(world, fy);
    const issueId = await raiseIssue(world, world.municipality, cycle.id, '退院時の情報共有が不十分');
    await world.secretariat.ok('mutation ($h: ID!) { openBudget(hubId: $h, fiscalYear: 2026) { id } }', { h: world.hubId });
    await world.secretariat.ok('mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meetings { id } } }', {
      input: { hubId: world.hubId, title: '第1回 在宅医療連携協議会', kind: 'COLLABORATION_COUNCIL', startsAt: '2026-05-20T09:30:00.000Z', endsAt: '2026-05-20T11:00:00.000Z' },
    });

    const page = await signIn(world.secretariat);
    await openHubPage(web, page, world.hubId, 'plan');
    await waitLive(page);
    await page.waitForSelector('[data-testid=plan-state]:has-text("案（作成中）")');
    expect(await text(page, '.page-title')).toContain('令和8年度');
    expect(await text(page, '[data-testid=plan-version]')).toBe('第1版');
    expect(await accessibilityProblems(page)).toEqual([]);

    // The form: an indicator, two budget lines (one added as a row), a planned activity, a linked issue.
    await page.click('[data-testid=add-project]');
    await page.fill('input[name=title]', '退院支援ルールの運用');
    await page.fill('textarea[name=objective]', '入退院時の情報共有ルールを圏域で運用する');
    await page.check(`input[name=issueIds][value="${issueId}"]`);
    await page.fill('input[name="indicators.0.name"]', '研修会の開催回数');
    await page.selectOption('select[name="indicators.0.type"]', 'PROCESS');
    await page.fill('input[name="indicators.0.unit"]', '回');
    await page.fill('input[name="indicators.0.baseline"]', '0');
    await page.fill('input[name="indicators.0.target"]', '４');
    await page.selectOption('select[name="budgetLines.0.category"]', 'HONORARIA');
    // 報償費 goes under ② only: the sub-cap is given, not chosen.
    expect(await page.locator('select[name="budgetLines.0.subCap"] option').evaluateAll((os) => os.map((o) => o.getAttribute('value')))).toEqual(['OFFICE']);
    expect(await page.isDisabled('select[name="budgetLines.0.subCap"]')).toBe(true);
    await page.fill('input[name="budgetLines.0.plannedYen"]', '12万');
    await page.fill('input[name="budgetLines.0.description"]', '講師謝金');
    await page.click('button:has-text("内訳を追加")');
    await page.selectOption('select[name="budgetLines.1.category"]', 'SALARY');
    expect(await page.inputValue('select[name="budgetLines.1.subCap"]')).toBe('COORDINATOR_PERSONNEL');
    await page.fill('input[name="budgetLines.1.plannedYen"]', '1,800,000');
    await page.fill('input[name="budgetLines.1.description"]', '調整担当者の人件費');
    // The totals in the form follow what is typed.
    expect(await text(page, '[data-testid=form-totals] tr[data-subcap=OFFICE]')).toContain('120,000円');
    await page.fill('input[name="plannedActivities.0.title"]', '多職種研修会');
    await page.fill('input[name="plannedActivities.0.startsOn"]', '2026-09-10');
    await page.fill('input[name="plannedActivities.0.endsOn"]', '2026-09-01');

    // The server refuses an end before the start: its message sits beside that date, and every row stays as typed.
    await page.click('button:has-text("事業を登録する")');
    const endError = page.locator('#project-new-plannedActivities-0-endsOn-error');
    await endError.waitFor();
    expect(await endError.textContent()).toContain('終了日は開始日以降にしてください');
    expect(await page.getAttribute('input[name="plannedActivities.0.endsOn"]', 'aria-invalid')).toBe('true');
    expect(await page.inputValue('input[name="budgetLines.1.plannedYen"]')).toBe('1,800,000');
    expect(await page.inputValue('input[name="indicators.0.target"]')).toBe('４');
    expect(await page.inputValue('input[name=title]')).toBe('退院支援ルールの運用');
    await screenshot(page, 'plan-form-refused');
    expect(await accessibilityProblems(page)).toEqual([]);

    await page.fill('input[name="plannedActivities.0.endsOn"]', '2026-09-10');
    await page.click('button:has-text("事業を登録する")');
    const card = page.locator('article[data-project="退院支援ルールの運用"]');
    await card.waitFor();
    expect(await card.locator('[data-testid=indicators]').textContent()).toMatch(/研修会の開催回数.*0回.*4回/);
    expect(await card.locator('[data-testid=budget-lines]').textContent()).toContain('120,000円');
    expect(await card.textContent()).toContain('退院時の情報共有が不十分');
    expect(await card.textContent()).toContain('2026年9月10日');

    // Sub-cap totals against the caps (① 2,092,000 + ② 1,920,000 = 4,012,000), with what remains.
    const totals = '[data-testid=plan-totals]';
    expect(await text(page, `${totals} tr[data-subcap=COORDINATOR_PERSONNEL]`)).toMatch(/1,800,000円.*2,092,000円.*292,000円/);
    expect(await text(page, `${totals} tr[data-subcap=OFFICE]`)).toMatch(/120,000円.*1,920,000円.*1,800,000円/);
    expect(await text(page, `${totals} tr[data-subcap=TOTAL]`)).toMatch(/1,920,000円.*4,012,000円.*2,092,000円/);
    await screenshot(page, 'plan-created');
    expect(await accessibilityProblems(page)).toEqual([]);

    // Circulate, then adopt at the recorded meeting.
    await page.click('button:has-text("意見募集のため回覧する")');
    await page.waitForSelector('[data-testid=plan-state]:has-text("回覧中")');
    await page.fill('input[name=adoptedOn]', '2026-05-20');
    const meeting = page.locator('select[name=meetingId] option', { hasText: '第1回 在宅医療連携協議会' });
    await page.selectOption('select[name=meetingId]', (await meeting.getAttribute('value'))!);
    await page.click('button:has-text("決定を記録する")');
    await page.waitForSelector('[data-testid=plan-state]:has-text("決定（承認済み）")');
    expect(await text(page, '[data-testid=plan-status]')).toContain('2026年5月20日');
    expect(await text(page, '[data-testid=plan-status]')).toContain('第1回 在宅医療連携協議会');
    expect(await text(page, '[data-testid=plan-versions] tbody')).toContain('第1版');
    await screenshot(page, 'plan-adopted');

    // Editing after adoption starts version 2 as a draft.
    await card.locator('button:has-text("編集")').click();
    await page.fill('input[name="budgetLines.0.plannedYen"]', '150,000');
    await page.fill('input[name="indicators.0.target"]', '6');
    await page.click('button:has-text("保存する")');
    await page.waitForSelector('[data-testid=plan-state]:has-text("案（作成中）")');
    await page.waitForSelector('[data-testid=plan-version]:has-text("第2版")');
    expect(await text(page, `${totals} tr[data-subcap=OFFICE]`)).toMatch(/150,000円.*1,770,000円/);

    // Version 1 against the working copy.
    await page.selectOption('select[name=compareFrom]', '1');
    await page.selectOption('select[name=compareTo]', 'working');
    await page.click('button:has-text("違いを表示")');
    const differences = page.locator('[data-testid=differences]');
    await differences.waitFor();
    const listed = (await differences.textContent()) ?? '';
    expect(listed).toContain('第1版 → 第2版（作業中）');
    expect(listed).toContain('事業「退院支援ルールの運用」');
    expect(listed).toMatch(/予算の内訳「報償費 講師謝金」\s*予定額：120,000円 → 150,000円/);
    expect(listed).toMatch(/指標「研修会の開催回数」\s*目標値：4 → 6/);
    expect(await differences.locator('li[data-kind=CHANGED]').count()).toBe(2);
    await screenshot(page, 'plan-differences');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  }, 120_000);

  it('shows an advisor’s advice on a project and a colleague’s change to it live, and offers the advisor advice but no editing', async () => {
    const built = await world.cycleIn('PLANNING');
    const page = await signIn(world.secretariat);
    await openHubPage(web, page, world.hubId, 'plan');
    await waitLive(page);
    // Another year's plan through the picker.
    await page.selectOption('select[name=cycle]', built.cycleId);
    const card = page.locator(`[data-testid=project-${built.projectId}]`);
    await card.waitFor();
    expect(await text(page, '.page-title')).toContain('令和7年度');

    await world.advisor.ok('mutation ($input: PostAdviceInput!) { postAdvice(input: $input) { id } }', {
      input: { hubId: world.hubId, targetType: 'PROJECT', targetId: built.projectId, kind: 'ADVICE', body: '研修の後に事例検討会を組み合わせると定着します' },
    });
    await card.locator('[data-testid=thread] >> text=研修の後に事例検討会を組み合わせると定着します').waitFor({ timeout: 10_000 });

    const project = await projectOf(colleague, built.planId, '退院支援ルールの運用');
    await colleague.ok('mutation ($input: UpdateProjectInput!) { updateProject(input: $input) { id } }', {
      input: { hubId: world.hubId, projectId: project.id, version: project.version, objective: '入退院支援ルールを全病院で運用する' },
    });
    await card.locator('text=入退院支援ルールを全病院で運用する').waitFor({ timeout: 10_000 });
    expect(await card.getAttribute('class')).toContain('flash');
    await screenshot(page, 'plan-live');
    await page.close();

    const advisor = await signIn(world.advisor);
    await openHubPage(web, advisor, world.hubId, `plan?cycle=${built.cycleId}`);
    const seen = advisor.locator(`[data-testid=project-${built.projectId}]`);
    // The card comes first, its advice thread loads on its own.
    await seen.locator('[data-testid=thread] >> text=研修の後に事例検討会を組み合わせると定着します').waitFor();
    expect(await advisor.locator('button:has-text("編集"), [data-testid=add-project], button:has-text("回覧")').count()).toBe(0);
    expect(await seen.locator('select[name=kind] option').allTextContents()).toEqual(['助言', 'アイディア', '質問', 'コメント']);
    // An advisor reads no budget: the planned sums are set against the subsidy rules' caps.
    expect(await advisor.locator('[data-testid=plan-totals] th').allTextContents()).toEqual(['区分', '計画額', '上限額', '残り', '①調整担当者人件費', '②事務費', '合計']);
    expect(await text(advisor, '[data-testid=plan-totals] tr[data-subcap=OFFICE]')).toContain('120,000円');
    await screenshot(advisor, 'plan-advisor');
    expect(await accessibilityProblems(advisor)).toEqual([]);
    await advisor.close();
  }, 90_000);

  it('offers to reload and re-apply typed edits when a colleague changed the project meanwhile', async () => {
    const built = await world.cycleIn('PLANNING');
    const page = await signIn(world.secretariat);
    await openHubPage(web, page, world.hubId, `plan?cycle=${built.cycleId}`);
    await waitLive(page);
    const card = page.locator(`[data-testid=project-${built.projectId}]`);
    await card.locator('button:has-text("編集")').click();
    const form = page.locator(`[data-testid=project-form-${built.projectId}]`);
    await form.waitFor();
    await form.locator('input[name=title]').fill('退院支援ルールの運用と評価');
    await form.locator('input[name="budgetLines.0.plannedYen"]').fill('200,000');
    await form.locator('button:has-text("取組を追加")').click();
    await form.locator('input[name="plannedActivities.1.title"]').fill('事例検討会');

    // Meanwhile a colleague changes the same project through the API.
    const before = await projectOf(colleague, built.planId, '退院支援ルールの運用');
    const reloaded = page.waitForResponse((r) => r.request().postData()?.includes('query BusinessPlanDetail') === true && r.request().postData()?.includes(built.planId) === true);
    await colleague.ok('mutation ($input: UpdateProjectInput!) { updateProject(input: $input) { id } }', {
      input: { hubId: world.hubId, projectId: before.id, version: before.version, objective: '圏域共通の情報提供書を定着させる' },
    });
    // The live reload (the plan read again after the colleague's event) leaves the open form as typed.
    await reloaded;
    expect(await form.locator('input[name=title]').inputValue()).toBe('退院支援ルールの運用と評価');

    await form.locator('button:has-text("保存する")').click();
    const conflict = form.locator('[data-testid=project-conflict]');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('ほかの人が変更しました');
    expect(await form.locator('input[name="budgetLines.0.plannedYen"]').inputValue()).toBe('200,000');
    expect(await form.locator('input[name="plannedActivities.1.title"]').inputValue()).toBe('事例検討会');
    await screenshot(page, 'plan-conflict');
    expect(await accessibilityProblems(page)).toEqual([]);

    await conflict.locator('button:has-text("最新の内容を読み込み、入力を再適用")').click();
    await form.locator('[data-testid=project-reapplied]').waitFor();
    // The typed edits stay; the colleague's objective comes in.
    expect(await form.locator('input[name=title]').inputValue()).toBe('退院支援ルールの運用と評価');
    expect(await form.locator('input[name="budgetLines.0.plannedYen"]').inputValue()).toBe('200,000');
    expect(await form.locator('input[name="plannedActivities.1.title"]').inputValue()).toBe('事例検討会');
    expect(await form.locator('textarea[name=objective]').inputValue()).toBe('圏域共通の情報提供書を定着させる');
    await screenshot(page, 'plan-reapplied');

    await form.locator('button:has-text("保存する")').click();
    const saved = page.locator('article[data-project="退院支援ルールの運用と評価"]');
    await saved.waitFor();
    expect(await saved.textContent()).toContain('圏域共通の情報提供書を定着させる');
    expect(await saved.textContent()).toContain('事例検討会');
    expect(await saved.locator('[data-testid=budget-lines]').textContent()).toContain('200,000円');

    // Deleting asks first, then the project goes.
    await saved.locator('button:has-text("削除")').click();
    const confirm = saved.locator('[role=alertdialog]');
    expect(await confirm.textContent()).toContain('事業「退院支援ルールの運用と評価」を削除しますか？');
    await confirm.locator('button:has-text("削除")').click();
    await saved.waitFor({ state: 'detached' });
    expect(await text(page, '#projects-title')).toContain('事業（0）');
    await page.close();
  }, 90_000);
});
