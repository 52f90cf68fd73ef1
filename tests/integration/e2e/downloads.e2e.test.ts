import { readFileSync } from 'node:fs';
import { parse } from 'content-disposition';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fiscalYearLabel, fiscalYearOf, tokyoCalendarDate } from '../../../server/src/platform/fiscal-year.js';
import { openHubPage, signIn, startBrowserWorld, type BrowserWorld } from '../../support/browser.js';
import { cycleWorld, type CycleWorld } from '../../support/cycle-world.js';
import { GlobalRole, signedIn, type Client } from '../../support/harness.js';
import { chromium, describeWith } from '../../support/requirements.js';

/**
 * Every file the screens offer arrives under its official Japanese name, also on a slow machine:
 * the pages run with Chromium's CPU throttled sixfold, as on an old office PC, and each download
 * is checked for its suggested name and its first bytes. Printable pages open as pages, and
 * carry their name for「名前を付けて保存」.
 */
let web: BrowserWorld;
let world: CycleWorld;
let hubName = '';
let healthCenter: Client;
const fy = fiscalYearOf(new Date());
const era = fiscalYearLabel(fy);
const meetingTitle = '第3回 連携協議会/全体会';
const startsAt = new Date(Date.now() + 3 * 86_400_000);
const meetingDay = tokyoCalendarDate(startsAt);

async function slowPage(client: Client): Promise<Page> {
  const page = await signIn(web, client);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  return page;
}

async function download(page: Page, link: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

const BOM = [0xef, 0xbb, 0xbf];
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // .xlsx is a zip

describeWith(chromium, 'downloads under their official names, with the CPU throttled', () => {
  beforeAll(async () => {
    web = await startBrowserWorld();
    world = await cycleWorld(web.server);
    ({ hub: { name: hubName } } = await world.secretariat.ok<{ hub: { name: string } }>('query ($h: ID!) { hub(hubId: $h) { name } }', { h: world.hubId }));
    await world.secretariat.ok('mutation ($h: ID!, $y: Int!) { openBudget(hubId: $h, fiscalYear: $y) { id } }', { h: world.hubId, y: fy });
    await world.secretariat.ok('mutation ($input: RecordExpenseInput!) { recordExpense(input: $input) { id } }', {
      input: { hubId: world.hubId, spentOn: tokyoCalendarDate(new Date()), subCap: 'OFFICE', category: 'RENTAL', amountYen: 22_000, description: '会議室使用料' },
    });
    await world.municipality.ok('mutation ($input: RecordProgrammeResultInput!) { recordProgrammeResult(input: $input) { id } }', {
      input: { hubId: world.hubId, item: 'KA_TRAINING', description: '多職種研修会に参加', periodStart: tokyoCalendarDate(new Date()), periodEnd: tokyoCalendarDate(new Date()), sessions: 1, participants: 4 },
    });
    await world.secretariat.ok('mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meetings { id } } }', {
      input: { hubId: world.hubId, kind: 'COLLABORATION_COUNCIL', title: meetingTitle, place: '医師会館', startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 5_400_000).toISOString() },
    });
    const { homeCareZone } = await world.secretariat.ok<{ homeCareZone: { secondaryArea: { id: string } } }>('query ($z: ID!) { homeCareZone(id: $z) { secondaryArea { id } } }', { z: world.zone.id });
    ({ client: healthCenter } = await signedIn(web.server, { globalRole: GlobalRole.HEALTH_CENTER, secondaryAreaId: homeCareZone.secondaryArea.id }));
  }, 180_000);
  afterAll(async () => {
    await web?.close();
  });

  it('the municipality’s programme report: 市町村実績_<municipality>_<era year>.csv, UTF-8 with a BOM', async () => {
    const page = await slowPage(world.municipality);
    await openHubPage(web, page, world.hubId, 'results');
    const link = page.locator('[data-testid=download-csv]');
    await link.waitFor();
    const municipality = [...world.participationIds.keys()][0]!;
    const csv = await download(page, link);
    expect(csv.name).toBe(`市町村実績_${municipality}_${era}.csv`);
    expect([...csv.bytes.subarray(0, 3)]).toEqual(BOM);
    expect(csv.bytes.subarray(3).toString('utf8')).toContain('多職種研修会に参加');
    await page.close();
  }, 90_000);

  it('the budget page’s performance report, budget statement and ledger', async () => {
    const page = await slowPage(world.secretariat);
    await openHubPage(web, page, world.hubId, 'budget');
    await page.waitForSelector('.downloads a');
    const links = page.locator('.downloads a');
    const performance = await download(page, links.nth(0));
    expect(performance.name).toBe(`実績報告_${hubName}_${era}.xlsx`);
    expect([...performance.bytes.subarray(0, 4)]).toEqual(ZIP);
    const statement = await download(page, links.nth(1));
    expect(statement.name).toBe(`収支予算書_${hubName}_${era}.xlsx`);
    expect([...statement.bytes.subarray(0, 4)]).toEqual(ZIP);
    const ledger = await download(page, links.nth(2));
    expect(ledger.name).toBe(`支出台帳_${hubName}_${era}.csv`);
    expect(ledger.bytes.toString('utf8')).toContain('会議室使用料');
    expect(await links.count()).toBe(3);
    await page.close();
  }, 90_000);

  it('a meeting as iCalendar from the list and from its page, and its minutes as a page with a name', async () => {
    const page = await slowPage(world.secretariat);
    await openHubPage(web, page, world.hubId, 'meetings');
    const expected = `会議_${meetingDay}_第3回 連携協議会_全体会.ics`;
    const fromList = await download(page, page.locator(`a[title*="${meetingTitle}"]`));
    expect(fromList.name).toBe(expected);
    expect(fromList.bytes.toString('utf8')).toMatch(/^BEGIN:VCALENDAR/);

    await page.click(`text=${meetingTitle}`);
    await page.waitForSelector('a[href$=".ics"]');
    const fromPage = await download(page, page.locator('a[href$=".ics"]'));
    expect(fromPage.name).toBe(expected);

    // Minutes open in a new tab to print; saved, they keep their name.
    const minutesLink = page.locator('a[href$="/minutes.html"]');
    const [popup] = await Promise.all([page.waitForEvent('popup'), minutesLink.click()]);
    await popup.waitForLoadState();
    expect(await popup.title()).toContain(meetingTitle);
    const response = await page.request.get(new URL((await minutesLink.getAttribute('href'))!, web.server.url).toString());
    const disposition = parse(response.headers()['content-disposition']!);
    expect([disposition.type, disposition.parameters.filename]).toEqual(['inline', `議事録_${meetingDay}_第3回 連携協議会_全体会.html`]);
    await popup.close();
    await page.close();
  }, 90_000);

  it('the area’s evaluation report for the health centre: 圏域評価_<area>_<era year>.xlsx', async () => {
    const page = await slowPage(healthCenter);
    await page.click('text=圏域の拠点の状況');
    await page.waitForSelector('[data-testid=rollup]');
    const xlsx = await download(page, page.locator('a[href$="/evaluation.xlsx"]'));
    expect(xlsx.name).toMatch(new RegExp(`^圏域評価_.+_${era}\\.xlsx$`));
    expect([...xlsx.bytes.subarray(0, 4)]).toEqual(ZIP);
    const printable = await page.request.get(new URL((await page.locator('a[href$="/evaluation.html"]').getAttribute('href'))!, web.server.url).toString());
    expect(parse(printable.headers()['content-disposition']!).parameters.filename).toBe(xlsx.name.replace(/\.xlsx$/, '.html'));
    await page.close();
  }, 90_000);
});

