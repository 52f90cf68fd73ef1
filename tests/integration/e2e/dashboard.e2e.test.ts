import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { accessibilityProblems, screenshot, signIn as signInAs, startBrowserWorld, type BrowserWorld } from '../../support/browser.js';
import { chromium, describeWith } from '../../support/requirements.js';
import { cycleWorld, createCycle, raiseIssue, type CycleWorld } from '../../support/cycle-world.js';
import type { Client, TestServer } from '../../support/harness.js';
import { prefectureAdmin } from '../../support/world.js';

let web: BrowserWorld;
let server: TestServer;
let world: CycleWorld;
const signIn = (client: Client): Promise<Page> => signInAs(web, client);

// Chromium comes from Debian's package (.ci/run installs it); without it, only CI insists.
describeWith(chromium, 'the web client in Chromium', () => {
  beforeAll(async () => {
    web = await startBrowserWorld();
    server = web.server;
    world = await cycleWorld(server);
  }, 180_000);
  afterAll(async () => {
    await web?.close();
  });

  it('signs in every role and shows each its hubs with its role', async () => {
    const members = [
      [world.secretariat, '拠点事務局'],
      [world.advisor, '助言医'],
      [world.municipality, '市町村'],
      [world.healthCenter, '保健所'],
    ] as const;
    for (const [client, label] of members) {
      const page = await signInAs(web, client, undefined, { form: true });
      expect(await page.textContent('.hub-list')).toContain(label);
      await page.close();
    }
    const admin = await signInAs(web, await prefectureAdmin(server), undefined, { form: true });
    expect(await admin.isVisible('text=全道の状況')).toBe(true);
    await admin.close();
  }, 60_000);

  it('signs a secretariat in, shows the budget gauges, and shows an issue another member raises, live', async () => {
    const fy = 2026;
    const cycle = await createCycle(world, fy);
    await world.secretariat.ok('mutation ($h: ID!) { openBudget(hubId: $h, fiscalYear: 2026) { id } }', { h: world.hubId });
    await world.secretariat.ok('mutation ($input: RecordExpenseInput!) { recordExpense(input: $input) { id } }', { input: { hubId: world.hubId, spentOn: '2026-06-01', subCap: 'OFFICE', category: 'RENTAL', amountYen: 1_600_000, description: '会場費' } });
    const page = await signIn(world.secretariat);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'hubs');
    await page.click('.hub-list a');
    const office = page.locator('[data-testid=budget] [role=meter][aria-label="②事務費"]');
    await office.waitFor();
    expect(await office.getAttribute('aria-valuenow')).toBe('1600000');
    expect(await page.textContent('[data-testid=budget]')).toContain('残り 320,000円');
    await page.waitForSelector('[data-testid=connection]:has-text("リアルタイム更新中")');
    await screenshot(page, 'dashboard');
    expect(await accessibilityProblems(page)).toEqual([]);

    await world.municipality.ok('mutation ($input: RaiseIssueInput!) { raiseIssue(input: $input) { id } }', { input: { hubId: world.hubId, cycleId: cycle.id, title: '訪問歯科との連携が弱い', functions: ['DAILY_CARE'] } });
    await page.waitForSelector('[data-testid=issues] >> text=訪問歯科との連携が弱い', { timeout: 10_000 });
    await screenshot(page, 'dashboard-live');
    await page.close();
  }, 60_000);

  it('shows advice an advisor posts, live, in the secretariat’s open issue page', async () => {
    const { cycleId } = await world.cycleIn('ISSUE_IDENTIFICATION');
    const issueId = await raiseIssue(world, world.municipality, cycleId, '入退院時の情報提供の様式がばらばら');
    const page = await signIn(world.secretariat);
    await page.goto(`${server.url}/hubs/${world.hubId}/issues/${issueId}`);
    await page.waitForSelector('#issue-title');
    await page.waitForSelector('[data-testid=connection]:has-text("リアルタイム更新中")');
    await world.advisor.ok('mutation ($input: PostAdviceInput!) { postAdvice(input: $input) { id } }', {
      input: { hubId: world.hubId, targetType: 'ISSUE', targetId: issueId, kind: 'ADVICE', body: '圏域共通の入院時情報提供書を作りましょう' },
    });
    await page.waitForSelector('[data-testid=thread] >> text=圏域共通の入院時情報提供書を作りましょう', { timeout: 10_000 });
    // The secretariat is offered comments and questions, not advice.
    expect(await page.locator('select[name=kind] option').allTextContents()).toEqual(['質問', 'コメント']);
    await screenshot(page, 'issue-advice');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  }, 60_000);

  it('shows the refusal of an expense over the cap with the remaining amount, keeping what was typed', async () => {
    const page = await signIn(world.secretariat);
    await page.goto(`${server.url}/hubs/${world.hubId}/budget`);
    await page.waitForSelector('#expense-title');
    await page.fill('input[name=spentOn]', '2026-07-01');
    // 使用料及び賃借料 goes under ② only: the sub-cap follows the category.
    await page.selectOption('select[name=category]', 'RENTAL');
    expect(await page.inputValue('select[name=subCap]')).toBe('OFFICE');
    await page.fill('input[name=amountYen]', '400000');
    await page.fill('input[name=description]', '研修会場費');
    await page.click('#expense-title ~ form button[type=submit]');
    const error = await page.waitForSelector('[data-testid=expense-error]');
    expect(await error.textContent()).toContain('残りは320,000円');
    expect(await page.inputValue('input[name=description]')).toBe('研修会場費');
    await screenshot(page, 'budget-refused');
    expect(await accessibilityProblems(page)).toEqual([]);

    // A meal is recognised while typing, with the server's words; it needs the reason it is not one.
    await page.selectOption('select[name=category]', 'SUPPLIES');
    await page.fill('input[name=amountYen]', '3000');
    expect(await page.locator('[data-testid=meal-warning]').count()).toBe(0);
    await page.fill('input[name=description]', '研修会 昼食弁当 20食');
    const warning = page.locator('[data-testid=meal-warning]');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('「弁当」「昼食」とあります');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.click('#expense-title ~ form button[type=submit]');
    await page.waitForSelector('textarea[name=notMealReason][aria-invalid=true]');
    expect(await page.textContent('#expense-title ~ form')).toContain('会食でない場合は、その理由を入力してください');
    expect(await page.inputValue('input[name=description]')).toBe('研修会 昼食弁当 20食');
    await page.fill('input[name=description]', '食事介助研修 資料印刷');
    await page.fill('textarea[name=notMealReason]', '食事介助の研修資料で、飲食物ではない');
    await page.click('#expense-title ~ form button[type=submit]');
    await page.waitForSelector('[data-testid=ledger] >> text=食事介助研修 資料印刷');
    expect(await page.locator('[data-testid=meal-warning]').count()).toBe(0);
    await page.close();
  }, 60_000);

  it('lets the secretariat schedule a meeting (warned of a holiday first), mark attendance and approve an honorarium', async () => {
    const page = await signIn(world.secretariat);
    await page.goto(`${server.url}/hubs/${world.hubId}/meetings`);
    await page.waitForSelector('#schedule-title');
    await page.fill('input[name=title]', '文化の日の連携会議');
    await page.fill('input[name=date]', '2025-11-03');
    await page.waitForSelector('[data-testid=meeting-warnings] >> text=文化の日');
    await page.fill('input[name=place]', '医師会館');
    await page.click('#schedule-title ~ form button[type=submit]');
    await page.click('text=文化の日の連携会議');
    await page.waitForSelector('#meeting-title');
    // An external invitee, added to the scheduled meeting on its page.
    await page.click('button:has-text("招待者を追加する")');
    await page.fill('[data-testid=invite-form] input[name=external-name-0]', '北海 花子');
    await page.fill('[data-testid=invite-form] input[name=external-organisation-0]', '訪問看護ステーションすずらん');
    await page.selectOption('[data-testid=invite-form] select[name=external-profession-0]', 'VISITING_NURSE');
    await page.click('[data-testid=invite-form] button:has-text("招待する")');
    const row = page.locator('tr[data-invitee="北海 花子"]');
    await row.waitFor();
    await row.locator('button:has-text("謝金を予定")').click();
    await page.locator('[data-testid=honoraria] button:has-text("承認する")').click();
    expect(await page.locator('[data-testid=meeting-error]').textContent()).toContain('出欠がまだ記録されていません');
    // Approving needs the attendance saved first: wait for its answer, not for a while.
    await Promise.all([page.waitForResponse((r) => r.request().postData()?.includes('mutation MarkAttendance') === true), row.locator('input[type=checkbox]').check()]);
    await page.locator('[data-testid=honoraria] button:has-text("承認する")').click();
    await page.waitForSelector('[data-testid=honoraria] >> text=承認済み');
    expect(await page.textContent('[data-testid=honoraria]')).toContain('1,021円');
    await screenshot(page, 'meeting');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  }, 60_000);

  it('shows the prefecture the zones by area with the designated ones', async () => {
    const page = await signIn(await prefectureAdmin(server));
    await page.click('text=全道の状況');
    await page.waitForSelector('#zones-title');
    for (const zone of ['札幌市', '室蘭']) {
      expect(await page.locator(`.zone:has-text("${zone}")`).first().getAttribute('data-status')).toBe('DESIGNATED');
    }
    expect(await page.locator('.zone').count()).toBe(39);
    await screenshot(page, 'prefecture');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  }, 60_000);
});
