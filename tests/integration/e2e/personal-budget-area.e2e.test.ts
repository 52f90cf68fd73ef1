import { afterAll, beforeAll, expect, it } from 'vitest';
import { fiscalYearOf } from '../../../server/src/platform/fiscal-year.js';
import { accessibilityProblems, openHubPage, screenshot, signIn, startBrowserWorld, waitLive, type BrowserWorld } from '../../support/browser.js';
import { chromium, describeWith } from '../../support/requirements.js';
import { cycleWorld, type CycleWorld } from '../../support/cycle-world.js';
import { GlobalRole, signedIn } from '../../support/harness.js';

let web: BrowserWorld;
let world: CycleWorld;

async function userId(client: CycleWorld['advisor']): Promise<string> {
  return (await client.ok<{ me: { user: { id: string } } }>('{ me { user { id } } }')).me.user.id;
}

describeWith(chromium, 'my page, the budget page and the area roll-up in Chromium', () => {
  beforeAll(async () => {
    web = await startBrowserWorld();
    world = await cycleWorld(web.server);
  }, 180_000);
  afterAll(async () => {
    await web?.close();
  });

  it('shows an advisor what waits for them: an issue without their advice and a meeting to answer', async () => {
    const built = await world.cycleIn('ISSUE_IDENTIFICATION');
    const startsAt = new Date(Date.now() + 7 * 86_400_000);
    await world.secretariat.ok('mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meetings { id } } }', {
      input: {
        hubId: world.hubId, kind: 'COLLABORATION_COUNCIL', title: '第3回 連携協議会', place: '医師会館',
        startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 5_400_000).toISOString(),
        invitees: [{ userId: await userId(world.advisor), profession: 'DOCTOR' }],
      },
    });
    const page = await signIn(web, world.advisor);
    const card = page.locator('.my-hub').first();
    await card.locator('[data-testid=waiting] li').first().waitFor();
    const waiting = await card.locator('[data-testid=waiting]').textContent();
    expect(waiting).toContain('「第3回 連携協議会」の出欠を回答');
    expect(waiting).toMatch(/課題「退院時の情報共有が不十分」に助言/);
    expect(await card.textContent()).toContain('第3回 連携協議会（医師会館）');
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'personal-advisor');

    // Once the advice is given, the issue no longer waits.
    await world.advisor.ok('mutation ($input: PostAdviceInput!) { postAdvice(input: $input) { id } }', { input: { hubId: world.hubId, targetType: 'ISSUE', targetId: built.issueId, kind: 'ADVICE', body: '退院前カンファレンスの様式を統一しましょう' } });
    await page.reload();
    await card.locator('[data-testid=waiting] li').first().waitFor();
    expect(await card.locator('[data-testid=waiting]').textContent()).not.toContain('に助言');

    // The dashboard lists that advice among the recent ones, and new advice arrives live.
    await card.locator('h3 a').click();
    await page.waitForSelector('[data-testid=recent-advice] >> text=退院前カンファレンスの様式を統一しましょう');
    await waitLive(page);
    await world.municipality.ok('mutation ($input: PostAdviceInput!) { postAdvice(input: $input) { id } }', { input: { hubId: world.hubId, targetType: 'ISSUE', targetId: built.issueId, kind: 'QUESTION', body: '様式案はいつ頃示されますか' } });
    await page.waitForSelector('[data-testid=recent-advice] >> text=様式案はいつ頃示されますか', { timeout: 10_000 });
    await page.close();
  }, 60_000);

  it('shows the budget by category and over the year, and a posting made elsewhere appears live', async () => {
    const fy = fiscalYearOf(new Date());
    await world.secretariat.ok('mutation ($h: ID!, $y: Int!) { openBudget(hubId: $h, fiscalYear: $y) { id } }', { h: world.hubId, y: fy });
    const record = (spentOn: string, subCap: string, category: string, amountYen: number, description: string) =>
      world.secretariat.ok('mutation ($input: RecordExpenseInput!) { recordExpense(input: $input) { id } }', { input: { hubId: world.hubId, spentOn, subCap, category, amountYen, description } });
    await record(`${fy}-04-30`, 'COORDINATOR_PERSONNEL', 'SALARY', 174_000, '4月分給料');
    const page = await signIn(web, world.secretariat);
    await openHubPage(web, page, world.hubId, 'budget');
    await page.waitForSelector('[data-testid=categories]');
    await waitLive(page);
    const salary = page.locator('[data-testid=categories] tr', { hasText: '給料' });
    expect(await salary.textContent()).toContain('174,000円');
    expect(await page.locator('figure.chart svg path').count()).toBe(4);

    await record(`${fy}-05-20`, 'OFFICE', 'RENTAL', 22_000, '会議室使用料');
    await page.waitForSelector('[data-testid=ledger] >> text=会議室使用料', { timeout: 10_000 });
    expect(await page.locator('[role=meter][aria-label="②事務費"]').getAttribute('aria-valuenow')).toBe('22000');
    await page.locator('figure.chart summary').click();
    expect(await page.locator('figure.chart table tr', { hasText: `${fy}-05` }).textContent()).toContain('196,000円');
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'budget');

    // Deleting an expense asks first, then takes it off the ledger and the gauges.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator('[data-testid=ledger] button[aria-label="「会議室使用料」を削除"]').click();
    await page.waitForSelector('[data-testid=ledger] >> text=会議室使用料', { state: 'detached' });
    expect(await page.locator('[role=meter][aria-label="②事務費"]').getAttribute('aria-valuenow')).toBe('0');
    await page.close();
  }, 60_000);

  it('shows a health centre its area’s hubs, updated live when a hub changes', async () => {
    const { homeCareZone } = await world.secretariat.ok<{ homeCareZone: { secondaryArea: { id: string; name: string } } }>('query ($z: ID!) { homeCareZone(id: $z) { secondaryArea { id name } } }', { z: world.zone.id });
    const { client: center } = await signedIn(web.server, { globalRole: GlobalRole.HEALTH_CENTER, secondaryAreaId: homeCareZone.secondaryArea.id });
    await world.cycleIn('PLANNING');
    const page = await signIn(web, center);
    await page.click('text=圏域の拠点の状況');
    await page.waitForSelector('[data-testid=rollup]');
    expect(await page.textContent('#rollup-title')).toContain(homeCareZone.secondaryArea.name);
    const { hub } = await world.secretariat.ok<{ hub: { name: string } }>('query ($h: ID!) { hub(hubId: $h) { name } }', { h: world.hubId });
    const row = page.locator(`[data-testid=rollup] tbody tr[data-hub="${hub.name}"]`);
    await row.waitFor();
    expect(await page.locator(`a[href$="/reports/${fiscalYearOf(new Date())}/evaluation.xlsx"]`).count()).toBe(1);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'area-rollup');

    // Live: spending recorded in the hub moves its row without a reload.
    await world.secretariat.ok('mutation ($input: RecordExpenseInput!) { recordExpense(input: $input) { id } }', { input: { hubId: world.hubId, spentOn: `${fiscalYearOf(new Date())}-06-01`, subCap: 'OFFICE', category: 'SUPPLIES', amountYen: 10_000, description: '資料印刷' } });
    await row.locator('text=184,000円').waitFor({ timeout: 10_000 });
    await page.close();
  }, 60_000);
});
