import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { accessibilityProblems, screenshot, signIn as signInAs, startBrowserWorld, type BrowserWorld } from '../../support/browser.js';
import { chromium, describeWith } from '../../support/requirements.js';
import { GlobalRole, signedIn, type Client, type TestServer } from '../../support/harness.js';
import { accept, prefectureAdmin, zones } from '../../support/world.js';

// 南檜山 (道南) is NOT_STARTED in the seeded reference data and no other test designates it.
const ZONE = '南檜山';
const HUB = '南檜山在宅医療連携拠点';

let web: BrowserWorld;
let server: TestServer;
let admin: Client;
let zoneId: string;
let areaIds: Map<string, string>;
const signIn = (client: Client): Promise<Page> => signInAs(web, client);

const tokyoToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const fiscalYearNow = () => {
  const [y, m] = tokyoToday().split('-').map(Number);
  return m! >= 4 ? y! : y! - 1;
};
// The designation is dated two fiscal years ahead: the prefecture tests count designations in
// FY2025–FY2027 while they run beside this file on the same database.
const designationDate = () => `${fiscalYearNow() + 2}-04-10`;

describeWith(chromium, 'the zone page: one home-care zone’s designation pipeline', () => {
  beforeAll(async () => {
    web = await startBrowserWorld();
    server = web.server;
    admin = await prefectureAdmin(server);
    zoneId = (await zones(admin)).get(ZONE)!.id;
    const { tertiaryAreas } = await admin.ok<{ tertiaryAreas: { secondaryAreas: { id: string; name: string }[] }[] }>('{ tertiaryAreas { secondaryAreas { id name } } }');
    areaIds = new Map(tertiaryAreas.flatMap((t) => t.secondaryAreas).map((a) => [a.name, a.id]));
  }, 180_000);
  afterAll(async () => {
    await web?.close();
  });

  it('lets the prefecture open a zone from the grid, record its population, an approach and its candidate, move it to review and designate its hub', async () => {
    const page = await signIn(admin);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.click('text=全道の状況');
    await page.waitForSelector('#zones-title');
    const cell = page.locator(`.zone:has-text("${ZONE}")`);
    expect(await cell.getAttribute('data-status')).toBe('NOT_STARTED');
    expect(await page.locator('.zone').count()).toBe(39);
    expect(await accessibilityProblems(page)).toEqual([]);
    await cell.locator('a').click();

    await page.waitForSelector('#zone-title:has-text("南檜山圏域")');
    await page.waitForSelector('[data-testid=history]');
    expect(await page.getAttribute('[data-testid=zone-status]', 'data-status')).toBe('NOT_STARTED');
    const overview = await page.textContent('[data-testid=zone-overview]');
    for (const words of ['道南', '江差町', '上ノ国町', '厚沢部町', '乙部町', '奥尻町', '構成市町村（5）', '人口はまだ登録されていません']) expect(overview).toContain(words);
    expect(await page.textContent('[data-testid=designate-not-yet]')).toContain('「審査中」の圏域です');
    await screenshot(page, 'zones-start');
    expect(await accessibilityProblems(page)).toEqual([]);

    // Population: a figure the form cannot read is refused next to its field, and what was typed stays.
    const population = page.locator('[data-testid=population-form]');
    await population.locator('input[name=population]').fill('約2万');
    await population.locator('button[type=submit]').click();
    expect(await page.textContent('#population-value-error')).toContain('数字');
    expect(await population.locator('input[name=population]').inputValue()).toBe('約2万');
    await population.locator('input[name=population]').fill('21,834');
    await population.locator('button[type=submit]').click();
    await page.waitForSelector('[data-testid=zone-population]:has-text("21,834人")');
    expect(await page.textContent('[data-testid=zone-population]')).toContain('10万人以下のため、置けるのは単独の拠点のみ');

    // An approach: the server refuses a missing counterpart next to the field, keeping what was agreed.
    const approach = page.locator('[data-testid=approach-form]');
    await approach.locator('textarea[name=agreed]').fill('医師会が実施主体となる方向で検討する。次回は9月に事務局案を持ち寄る。');
    await approach.locator('button[type=submit]').click();
    await page.waitForSelector('#approach-who-error:has-text("相手・担当を入力してください")');
    expect(await approach.locator('textarea[name=agreed]').inputValue()).toContain('医師会が実施主体となる方向');
    await approach.locator('input[name=who]').fill('檜山医師会 会長・江差保健所（道庁 地域医療課 同行）');
    await approach.locator('button[type=submit]').click();
    await page.waitForSelector('[data-testid=approaches] .thread >> text=檜山医師会 会長');
    expect(await page.textContent('[data-testid=approaches] .thread')).toContain('医師会が実施主体となる方向で検討する');

    // The candidate and the institutions that will take part.
    const candidate = page.locator('[data-testid=candidate-form]');
    await candidate.locator('input[name=candidateBody]').fill('（一社）檜山医師会');
    await candidate.locator('textarea[name=candidateInstitutions]').fill('道立江差病院\n\n江差町国保診療所\n道立江差病院');
    await candidate.locator('button[type=submit]').click();
    await page.waitForSelector('[data-testid=candidate] dd:has-text("江差町国保診療所")');
    expect(await page.locator('[data-testid=candidate] dd li').allTextContents()).toEqual(['道立江差病院', '江差町国保診療所']);

    // Along the pipeline: only the steps the rules allow are offered.
    const status = page.locator('[data-testid=status-form]');
    const choices = () => status.locator('select[name=status] option:not([disabled])').allTextContents();
    expect(await choices()).toEqual(['情報収集中', '調整中', '取り下げ・中断']);
    await status.locator('select[name=status]').selectOption('RESEARCHING');
    await status.locator('button[type=submit]').click();
    await page.waitForSelector('[data-testid=zone-status][data-status=RESEARCHING]');
    expect(await choices()).toEqual(['調整中', '取り下げ・中断']);

    // A date before the last change is refused next to the date; the note stays.
    await status.locator('select[name=status]').selectOption('COORDINATING');
    await status.locator('input[name=changedOn]').fill('2020-04-01');
    await status.locator('textarea[name=statusNote]').fill('医師会理事会で了承');
    await status.locator('button[type=submit]').click();
    await page.waitForSelector('#move-on-error:has-text("前回の変更日")');
    expect(await status.locator('textarea[name=statusNote]').inputValue()).toBe('医師会理事会で了承');
    await status.locator('input[name=changedOn]').fill(tokyoToday());
    await status.locator('button[type=submit]').click();
    await page.waitForSelector('[data-testid=zone-status][data-status=COORDINATING]');
    // The history is its own query, reloaded after the change: wait for it, not only for the status.
    await page.waitForSelector('[data-testid=history]:has-text("医師会理事会で了承")');
    expect(await choices()).toEqual(['情報収集中', '審査中', '取り下げ・中断']);

    // Another prefecture officer moves the zone back meanwhile: the step is refused with the ones allowed, and the page shows the zone as it is now.
    const colleague = await prefectureAdmin(server);
    await colleague.ok('mutation ($z: ID!, $on: LocalDate!) { changeZoneStatus(zoneId: $z, status: RESEARCHING, changedOn: $on, note: "候補の再検討") { id } }', { z: zoneId, on: tokyoToday() });
    await status.locator('select[name=status]').selectOption('UNDER_REVIEW');
    await status.locator('button[type=submit]').click();
    const refused = await page.waitForSelector('[data-testid=status-error]');
    expect(await refused.textContent()).toContain('「情報収集中」のため「審査中」にはできません');
    expect(await refused.textContent()).toContain('選べるのは次のとおりです：「調整中」「取り下げ・中断」');
    await page.waitForSelector('[data-testid=zone-status][data-status=RESEARCHING]');
    await page.waitForSelector('[data-testid=history] >> text=候補の再検討');
    await screenshot(page, 'zones-step-refused');
    expect(await accessibilityProblems(page)).toEqual([]);
    for (const step of ['COORDINATING', 'UNDER_REVIEW'] as const) {
      await status.locator('select[name=status]').selectOption(step);
      await status.locator('button[type=submit]').click();
      await page.waitForSelector(`[data-testid=zone-status][data-status=${step}]`);
    }
    // The status shows as soon as the mutation answers (the cache holds the zone); the history is its own query: wait for its rows.
    await expect.poll(() => page.locator('[data-testid=history] tbody tr').count()).toBe(5);

    // Designating: a single hub only (21,834 people); a date before the last change is refused next to it, keeping what was typed.
    const designate = page.locator('[data-testid=designate-form]');
    expect(await designate.locator('input[name=tier]').count()).toBe(1);
    expect(await designate.textContent()).toContain('単独の拠点のみ選べます');
    await designate.locator('input[name=hubName]').fill(HUB);
    expect(await designate.locator('input[name=implementingBody]').getAttribute('placeholder')).toBe('（一社）檜山医師会');
    await designate.locator('select[name=implementingBodyKind]').selectOption('MEDICAL_ASSOCIATION');
    await designate.locator('input[name=designatedOn]').fill('2024-04-01');
    await designate.locator('input[name=secretariatEmail]').fill('jimukyoku@hiyama-med.example.jp');
    await designate.locator('button[type=submit]').click();
    await page.waitForSelector('#designate-on-error:has-text("前回の変更日")');
    expect(await designate.locator('input[name=hubName]').inputValue()).toBe(HUB);
    expect(await designate.locator('input[name=secretariatEmail]').inputValue()).toBe('jimukyoku@hiyama-med.example.jp');
    await designate.locator('input[name=designatedOn]').fill(designationDate());
    await designate.locator('button[type=submit]').click();

    // The secretariat's invitation link, to be sent by hand.
    const link = page.locator('[data-testid=invitation-link]');
    await link.waitFor();
    const url = await link.inputValue();
    expect(url.startsWith(`${server.url}/invitations/`)).toBe(true);
    expect(await page.textContent('[data-testid=invitation-note]')).toContain('このシステムはメールを送りません');
    await page.click('[data-testid=invitation] button:has-text("リンクをコピー")');
    await page.waitForSelector('[data-testid=invitation] [role=status]:has-text("コピーしました")');
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(url);
    await page.waitForSelector('[data-testid=zone-status][data-status=DESIGNATED]');
    const hubLink = page.locator(`[data-testid=zone-hubs] a:has-text("${HUB}")`);
    await hubLink.waitFor();
    expect(await page.textContent('[data-testid=zone-hubs]')).toContain('（一社）檜山医師会');
    expect(await page.locator('[data-testid=designate-form]').count()).toBe(0);
    expect(await page.locator('[data-testid=status-form] select').count()).toBe(0);
    await screenshot(page, 'zones-designated');
    expect(await accessibilityProblems(page)).toEqual([]);

    // The link really lets the secretariat in, to the new hub.
    const secretariat = await accept(server, decodeURIComponent(url.split('/invitations/')[1]!), '檜山 事務局');
    const { me } = await secretariat.ok<{ me: { memberships: { role: string; hub: { id: string; name: string } }[] } }>('{ me { memberships { role hub { id name } } } }');
    expect(me.memberships).toEqual([{ role: 'SECRETARIAT', hub: { id: expect.any(String), name: HUB } }]);
    expect(await hubLink.getAttribute('href')).toBe(`/hubs/${me.memberships[0]!.hub.id}`);

    // The grid shows it designated.
    await page.click('text=全道の状況へ戻る');
    await page.waitForSelector('#zones-title');
    expect(await page.locator(`.zone:has-text("${ZONE}")`).getAttribute('data-status')).toBe('DESIGNATED');
    await screenshot(page, 'zones-grid');
    await page.close();
  }, 120_000);

  it('shows a health centre its own area’s zone read-only, and keeps another area’s record from it', async () => {
    await admin.ok('mutation ($z: ID!, $on: LocalDate!) { recordZoneApproach(zoneId: $z, approachedOn: $on, who: "奥尻町 保健福祉課", agreed: "島内の訪問看護体制を拠点の課題に挙げる") { id } }', { z: zoneId, on: tokyoToday() });

    const own = await signIn((await signedIn(server, { globalRole: GlobalRole.HEALTH_CENTER, secondaryAreaId: areaIds.get('南檜山')!, displayName: '江差保健所' })).client);
    await own.goto(`${server.url}/prefecture/zones/${zoneId}`);
    await own.waitForSelector('[data-testid=approaches] >> text=島内の訪問看護体制を拠点の課題に挙げる');
    expect(await own.textContent('[data-testid=zone-overview]')).toContain('閲覧のみ');
    expect(await own.locator('main form').count()).toBe(0);
    expect(await own.textContent('[data-testid=zone-hubs]')).toContain(HUB);
    await screenshot(own, 'zones-health-centre');
    expect(await accessibilityProblems(own)).toEqual([]);
    await own.close();

    const other = await signIn((await signedIn(server, { globalRole: GlobalRole.HEALTH_CENTER, secondaryAreaId: areaIds.get('西胆振')!, displayName: '室蘭保健所' })).client);
    await other.goto(`${server.url}/prefecture/zones/${zoneId}`);
    expect(await (await other.waitForSelector('[data-testid=outside-area]')).textContent()).toContain('担当する二次医療圏の外');
    expect(await other.locator('[data-testid=approaches]').count()).toBe(0);
    expect(await other.locator('main form').count()).toBe(0);
    await screenshot(other, 'zones-other-area');
    expect(await accessibilityProblems(other)).toEqual([]);
    await other.close();
  }, 60_000);

  it('shows the server’s refusal to a person with no prefecture or health-centre role', async () => {
    const page = await signIn((await signedIn(server, { displayName: '一般の利用者' })).client);
    await page.goto(`${server.url}/prefecture/zones/${zoneId}`);
    expect(await (await page.waitForSelector('[data-testid=pipeline-error]')).textContent()).toContain('道本庁（都道府県管理者）または保健所のみ');
    expect(await page.locator('main form').count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  }, 60_000);
});
