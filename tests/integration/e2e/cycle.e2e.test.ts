import { afterAll, beforeAll, expect, it } from 'vitest';
import { fiscalYearOf } from '../../../server/src/platform/fiscal-year.js';
import { accessibilityProblems, openHubPage, screenshot, signIn, startBrowserWorld, waitLive, type BrowserWorld } from '../../support/browser.js';
import { chromium, describeWith } from '../../support/requirements.js';
import { cycleWorld, type CycleWorld } from '../../support/cycle-world.js';

let web: BrowserWorld;
let world: CycleWorld;


describeWith(chromium, 'the cycle on the dashboard, in Chromium', () => {
  beforeAll(async () => {
    web = await startBrowserWorld();
    world = await cycleWorld(web.server);
  }, 180_000);
  afterAll(async () => {
    await web?.close();
  });

  it('lets the secretariat start the year, refuses moving on with what is missing, then moves on and back with a reason', async () => {
    const page = await signIn(web, world.secretariat);
    await openHubPage(web, page, world.hubId);
    await waitLive(page);
    await page.click('button:has-text("のサイクルを始める")');
    await page.waitForSelector('[data-testid=stepper] li[aria-current=step]:has-text("課題の洗い出し")');

    // No issue yet: the refusal says what is missing.
    await page.click('button:has-text("「事業計画」に進む")');
    expect(await page.textContent('[data-testid=cycle-error]')).toContain('課題が1件も登録されていません。');
    await screenshot(page, 'cycle-refused');

    // A municipality raises one (live), then the cycle moves on.
    const { cycles } = await world.secretariat.ok<{ cycles: { id: string; fiscalYear: number }[] }>('query ($h: ID!) { cycles(hubId: $h) { id fiscalYear } }', { h: world.hubId });
    const cycleId = cycles.find((c) => c.fiscalYear === fiscalYearOf(new Date()))!.id;
    await world.municipality.ok('mutation ($input: RaiseIssueInput!) { raiseIssue(input: $input) { id } }', { input: { hubId: world.hubId, cycleId, title: '夜間の訪問看護の体制が薄い', functions: ['ROUND_THE_CLOCK'] } });
    await page.waitForSelector('[data-testid=issues] >> text=夜間の訪問看護の体制が薄い', { timeout: 10_000 });
    await page.click('button:has-text("「事業計画」に進む")');
    await page.waitForSelector('[data-testid=stepper] li[aria-current=step]:has-text("事業計画")');
    expect(await page.locator('[data-testid=cycle-error]').count()).toBe(0);

    // Going back needs a reason, which the history then shows.
    await page.click('button:has-text("「課題の洗い出し」に戻す")');
    await page.fill('textarea[name=revert-reason]', '登別市の課題がまだ出そろっていないため');
    await page.click('button:has-text("理由を記録して")');
    await page.waitForSelector('[data-testid=stepper] li[aria-current=step]:has-text("課題の洗い出し")');
    expect(await page.textContent('.last-change')).toContain('登別市の課題がまだ出そろっていないため');
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'cycle-reverted');

    // Others see the phase, not the controls.
    const advisor = await signIn(web, world.advisor);
    await openHubPage(web, advisor, world.hubId);
    await advisor.waitForSelector('[data-testid=stepper]');
    expect(await advisor.locator('button:has-text("に進む")').count()).toBe(0);
    await advisor.close();
    await page.close();
  }, 60_000);
});
