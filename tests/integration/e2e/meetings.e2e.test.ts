import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { accessibilityProblems, openHubPage, screenshot, signIn as signInAs, startBrowserWorld, waitLive, type BrowserWorld } from '../../support/browser.js';
import { chromium, describeWith } from '../../support/requirements.js';
import { cycleWorld, type BuiltCycle, type CycleWorld } from '../../support/cycle-world.js';
import type { Client, TestServer } from '../../support/harness.js';

let web: BrowserWorld;
let server: TestServer;
let world: CycleWorld;
let cycle: BuiltCycle;
let advisorId: string;
const signIn = (client: Client): Promise<Page> => signInAs(web, client);

// The meeting is put on the 10th of the previous Tokyo month, so that it has started and can be held.
const tokyoToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const [thisYear, thisMonth] = tokyoToday.split('-').map(Number) as [number, number];
const previous = thisMonth === 1 ? { year: thisYear - 1, month: 12 } : { year: thisYear, month: thisMonth - 1 };
const meetingMonth = `${previous.year}-${String(previous.month).padStart(2, '0')}`;
const meetingDate = `${meetingMonth}-10`;
const next = thisMonth === 12 ? `${thisYear + 1}-01` : `${thisYear}-${String(thisMonth + 1).padStart(2, '0')}`;
const TITLE = '第3回 在宅医療連携推進会議';
let meetingId = '';

async function schedule(input: Record<string, unknown>): Promise<string> {
  const { scheduleMeeting } = await world.secretariat.ok<{ scheduleMeeting: { meetings: { id: string }[] } }>(
    'mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meetings { id } } }',
    { input: { hubId: world.hubId, kind: 'WORKING_GROUP', ...input } },
  );
  return scheduleMeeting.meetings[0]!.id;
}

describeWith(chromium, 'meetings in Chromium', () => {
  beforeAll(async () => {
    web = await startBrowserWorld();
    server = web.server;
    world = await cycleWorld(server);
    cycle = await world.cycleIn('ISSUE_IDENTIFICATION');
    advisorId = (await world.advisor.ok<{ me: { user: { id: string } } }>('{ me { user { id } } }')).me.user.id;
  }, 180_000);
  afterAll(async () => {
    await web?.close();
  });

  it('schedules a meeting with an agenda item, a member and an external invitee, warning that the advisor is booked elsewhere', async () => {
    await schedule({ title: '退院支援ワーキング', startsAt: `${meetingDate}T18:00:00+09:00`, endsAt: `${meetingDate}T19:00:00+09:00`, invitees: [{ userId: advisorId, profession: 'DOCTOR' }] });
    const page = await signIn(world.secretariat);
    await openHubPage(web, page, world.hubId, 'meetings');
    await waitLive(page);
    await page.fill('input[name=title]', TITLE);
    await page.selectOption('select[name=kind]', 'COLLABORATION_COUNCIL');
    await page.fill('input[name=date]', meetingDate);
    await page.fill('input[name=start]', '18:30');
    await page.fill('input[name=end]', '20:00');
    await page.waitForSelector('[data-testid=meeting-warnings] >> text=退院支援ワーキング');
    expect(await page.textContent('[data-testid=meeting-warnings]')).not.toContain('ADVISORさん');
    // Choosing the advisor adds the double-booking warning before anything is saved.
    await page.check('[data-member="ADVISOR"] input[type=checkbox]');
    await page.waitForSelector('[data-testid=meeting-warnings] >> text=ADVISORさんは同じ時間の「退院支援ワーキング」にも招待されています');
    expect(await page.inputValue('[data-member="ADVISOR"] select')).toBe('DOCTOR');
    await page.fill('input[name=place]', '室蘭市医師会館 2階会議室');
    await page.fill('input[name=onlineUrl]', 'https://meet.example.jp/renkei-3');
    await page.fill('input[name=agenda-title-0]', '退院支援ルールの運用状況');
    await page.fill('input[name=agenda-presenter-0]', '事務局');
    await page.selectOption('select[name=agenda-issue-0]', cycle.issueId);
    await page.click('button:has-text("外部の招待者を追加")');
    await page.fill('input[name=external-name-0]', '北海 太郎');
    await page.fill('input[name=external-organisation-0]', 'すずらん薬局');
    await page.selectOption('select[name=external-profession-0]', 'PHARMACIST');
    // The monthly series is previewed, then left off again.
    await page.check('input[name=repeat]');
    await page.fill('input[name=count]', '3');
    expect(await page.textContent('[data-testid=recurrence-preview]')).toMatch(/毎月第2.曜日に 3回/);
    await page.uncheck('input[name=repeat]');
    expect(await page.locator('[data-testid=recurrence-preview]').count()).toBe(0);
    await screenshot(page, 'meetings-form');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.click('#schedule-title ~ form button[type=submit]');
    await page.waitForSelector('[role=status] >> text=会議を登録しました（1件）');
    // The form is emptied, and the meeting is in the list.
    expect(await page.inputValue('input[name=title]')).toBe('');
    const link = page.locator(`[data-testid=meeting-list] a:has-text("${TITLE}")`);
    await link.waitFor();
    await link.click();
    await page.waitForSelector('#meeting-title');
    meetingId = page.url().split('/').at(-1)!;
    const details = await page.textContent('[data-testid=meeting-details]');
    expect(details).toContain('連携協議会');
    expect(details).toContain('18:30〜20:00');
    expect(details).toContain('室蘭市医師会館 2階会議室');
    expect(await page.getAttribute('a:has-text("オンラインで参加する")', 'href')).toBe('https://meet.example.jp/renkei-3');
    expect(await page.textContent('[data-testid=agenda]')).toContain('退院支援ルールの運用状況');
    expect(await page.textContent('tr[data-invitee="北海 太郎"]')).toContain('薬剤師');
    expect(await page.textContent('tr[data-invitee="ADVISOR"]')).toContain('未回答');
    await page.close();
  }, 90_000);

  it('shows the meeting on its day in the month view, with public holidays marked', async () => {
    const page = await signIn(world.secretariat);
    await openHubPage(web, page, world.hubId, 'meetings');
    await page.click('button:has-text("月表示")');
    await page.waitForSelector('[data-testid=meeting-month]');
    expect(await page.textContent('.month caption')).toContain(`${thisYear}年${thisMonth}月`);
    expect(await page.getAttribute(`td[data-date="${tokyoToday}"]`, 'aria-current')).toBe('date');
    await page.click('button:has-text("前の月")');
    await page.waitForSelector(`.month caption >> text=${previous.year}年${previous.month}月`);
    const day = page.locator(`td[data-date="${meetingDate}"]`);
    await day.locator(`a:has-text("${TITLE}")`).waitFor();
    expect(await day.textContent()).toContain('18:30');
    expect(await day.locator('li').count()).toBe(2);
    // Nothing else that month carries it.
    expect(await page.locator(`.month a:has-text("${TITLE}")`).count()).toBe(1);
    await screenshot(page, 'meetings-month');
    expect(await accessibilityProblems(page)).toEqual([]);
    // A month picked directly: 3 November 2025 is Culture Day.
    await page.fill('input[name=month]', '2025-11');
    await page.waitForSelector('td[data-date="2025-11-03"] .holiday-name >> text=文化の日');
    expect(await page.textContent('td[data-date="2025-11-23"] .holiday-name')).toBe('勤労感謝の日');
    await screenshot(page, 'meetings-month-holidays');
    // The address keeps the view: back from a meeting, the month is shown again.
    await page.click('button:has-text("次の月")');
    await page.waitForURL(/view=month&month=2025-12/);
    await page.click('button:has-text("今月")');
    await page.waitForSelector(`.month caption >> text=${thisYear}年${thisMonth}月`);
    await page.close();
  }, 60_000);

  it('shows the invited advisor’s answer live in the secretariat’s open meeting page', async () => {
    const secretariat = await signIn(world.secretariat);
    await openHubPage(web, secretariat, world.hubId, `meetings/${meetingId}`);
    await secretariat.waitForSelector('#meeting-title');
    await waitLive(secretariat);
    // The secretariat is not invited: no answer to give.
    expect(await secretariat.locator('[data-testid=rsvp]').count()).toBe(0);

    const advisor = await signIn(world.advisor);
    await openHubPage(web, advisor, world.hubId, 'meetings');
    await advisor.click(`a:has-text("${TITLE}")`);
    await advisor.waitForSelector('[data-testid=rsvp]');
    expect(await advisor.textContent('[data-testid=my-rsvp]')).toBe('未回答');
    // The advisor is offered no secretariat controls.
    expect(await advisor.locator('button:has-text("開催済みにする")').count()).toBe(0);
    expect(await advisor.locator('tr[data-invitee] input[type=checkbox]').count()).toBe(0);
    await advisor.click('[data-rsvp=ACCEPTED]');
    await advisor.waitForSelector('[data-testid=my-rsvp] >> text=出席');
    expect(await advisor.getAttribute('[data-rsvp=ACCEPTED]', 'aria-pressed')).toBe('true');
    await screenshot(advisor, 'meeting-advisor-rsvp');
    expect(await accessibilityProblems(advisor)).toEqual([]);

    const row = secretariat.locator('tr[data-invitee="ADVISOR"]');
    await row.locator('[data-testid=invitee-rsvp]:has-text("出席")').waitFor({ timeout: 10_000 });
    expect(await row.getAttribute('class')).toContain('flash');
    await screenshot(secretariat, 'meeting-rsvp-live');

    // A change through the API by the advisor arrives the same way.
    await world.advisor.ok('mutation ($h: ID!, $m: ID!) { respondToMeeting(hubId: $h, meetingId: $m, rsvp: TENTATIVE) { id } }', { h: world.hubId, m: meetingId });
    await row.locator('[data-testid=invitee-rsvp]:has-text("未定")').waitFor({ timeout: 10_000 });
    await advisor.close();
    await secretariat.close();
  }, 60_000);

  it('offers holding a meeting only from its start, and cancels it with a reason', async () => {
    const futureId = await schedule({ title: '翌月の打合せ', startsAt: `${next}-15T10:00:00+09:00`, endsAt: `${next}-15T11:00:00+09:00` });
    const page = await signIn(world.secretariat);
    await openHubPage(web, page, world.hubId, `meetings/${futureId}`);
    // The server answers Meeting.viewerCan.markHeld = false before the start: no button, a hint saying when.
    const hint = await page.waitForSelector('[data-testid=held-after-start]');
    expect(await hint.textContent()).toContain(`${next.replace('-', '/')}/15`);
    expect(await page.locator('button:has-text("開催済みにする")').count()).toBe(0);
    expect(await page.textContent('[data-testid=meeting-status]')).toBe('開催予定');
    await page.click('button:has-text("会議を中止する")');
    await page.fill('textarea[name=cancel-reason]', '講師の都合により延期');
    await page.click('button:has-text("中止を確定する")');
    await page.waitForSelector('[data-testid=meeting-status] >> text=中止');
    expect(await page.textContent('[data-testid=cancellation-reason]')).toBe('講師の都合により延期');
    expect(await page.locator('button:has-text("開催済みにする")').count()).toBe(0);
    await screenshot(page, 'meeting-cancelled');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  }, 60_000);

  it('marks the meeting held, records minutes with a decision and an action item, makes it an issue and approves the minutes', async () => {
    const page = await signIn(world.secretariat);
    await openHubPage(web, page, world.hubId, `meetings/${meetingId}`);
    await page.waitForSelector('#meeting-title');
    expect(await page.textContent('[data-testid=agenda]')).toContain('開催済み」にした後に記録できます');
    await page.click('button:has-text("開催済みにする")');
    await page.waitForSelector('[data-testid=meeting-status] >> text=開催済み');
    await page.click('button:has-text("議事録を記録する")');
    await page.fill('textarea[name=minutes-0]', '各市町村から入退院時の情報提供の実情を報告し、様式の違いが課題として共有された。');
    await page.fill('input[name=decision-0-0]', '入院時情報提供書を圏域共通様式にする');
    await page.fill('input[name=action-description-0]', '共通様式の案を作成する');
    await page.fill('input[name=action-assignee-0]', '事務局');
    await page.fill('input[name=action-due-0]', `${next}-20`);
    await page.selectOption('select[name=action-agenda-0]', { label: '退院支援ルールの運用状況' });
    await screenshot(page, 'meeting-minutes-editor');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.click('button:has-text("議事録を保存する")');
    await page.waitForSelector('[data-testid=decisions] >> text=入院時情報提供書を圏域共通様式にする');
    expect(await page.locator('[data-testid=minutes-editor]').count()).toBe(0);
    const action = page.locator('tr[data-action="共通様式の案を作成する"]');
    expect(await action.textContent()).toContain('事務局');
    expect(await action.textContent()).toContain('退院支援ルールの運用状況');
    await action.locator('button:has-text("課題にする")').click();
    await action.locator('a:has-text("課題を見る")').waitFor();
    const { issues } = await world.secretariat.ok<{ issues: { title: string; source: string }[] }>('query ($h: ID!, $c: ID!) { issues(hubId: $h, filter: { cycleId: $c }) { title source } }', { h: world.hubId, c: cycle.cycleId });
    expect(issues).toContainEqual({ title: '共通様式の案を作成する', source: 'MEETING' });

    await page.click('button:has-text("議事録を承認する")');
    await page.waitForSelector('[data-testid=meeting-status] >> text=議事録承認済み');
    expect(await page.locator('button:has-text("議事録を記録する")').count()).toBe(0);
    const printable = await page.request.get(`${server.url}${await page.getAttribute('a:has-text("議事録を印刷する")', 'href')}`);
    expect(printable.status()).toBe(200);
    expect(await printable.text()).toContain('入院時情報提供書を圏域共通様式にする');
    const ics = await page.request.get(`${server.url}${await page.getAttribute('a:has-text("この会議をカレンダーに追加")', 'href')}`);
    expect(await ics.text()).toContain('BEGIN:VCALENDAR');
    await screenshot(page, 'meeting-minutes');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  }, 90_000);

  it('keeps the minutes being typed when they are approved elsewhere meanwhile, and says why saving is refused', async () => {
    const heldId = await schedule({ title: '臨時の打合せ', startsAt: `${meetingMonth}-12T10:00:00+09:00`, endsAt: `${meetingMonth}-12T11:00:00+09:00`, agenda: [{ title: '研修会の準備' }] });
    await world.secretariat.ok('mutation ($h: ID!, $m: ID!) { markMeetingHeld(hubId: $h, meetingId: $m) { id } }', { h: world.hubId, m: heldId });
    const page = await signIn(world.secretariat);
    await openHubPage(web, page, world.hubId, `meetings/${heldId}`);
    await waitLive(page);
    await page.click('button:has-text("議事録を記録する")');
    await page.fill('textarea[name=minutes-0]', '会場と講師を確認した。');
    await world.secretariat.ok('mutation ($h: ID!, $m: ID!) { approveMinutes(hubId: $h, meetingId: $m) { id } }', { h: world.hubId, m: heldId });
    await page.waitForSelector('[data-testid=meeting-status] >> text=議事録承認済み', { timeout: 10_000 });
    expect(await page.inputValue('textarea[name=minutes-0]')).toBe('会場と講師を確認した。');
    await page.click('button:has-text("議事録を保存する")');
    expect(await page.textContent('[data-testid=minutes-error]')).toContain('「開催済み」の会議にのみ行えます');
    expect(await page.inputValue('textarea[name=minutes-0]')).toBe('会場と講師を確認した。');
    await page.close();
  }, 60_000);

  it('issues a personal calendar feed address to copy, and stops it', async () => {
    const page = await signIn(world.advisor);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await openHubPage(web, page, world.hubId, 'meetings');
    // Not the secretariat: no scheduling form.
    expect(await page.locator('#schedule-title').count()).toBe(0);
    await page.click('button:has-text("配信URLを発行する")');
    const input = page.locator('input[name=feed-url]');
    await input.waitFor();
    const url = await input.inputValue();
    expect(url).toMatch(new RegExp(`^${server.url.replace(/\./g, '\\.')}/calendar/[A-Za-z0-9_-]+\\.ics$`));
    expect(await page.textContent('[data-testid=calendar-feed]')).toContain('照会するカレンダーを追加');
    await page.click('button:has-text("URLをコピー")');
    await page.waitForSelector('[data-testid=calendar-feed] [role=status]:has-text("URL")');
    if ((await page.textContent('[data-testid=calendar-feed] [role=status]'))!.includes('コピーしました')) {
      expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(url);
    }
    const feed = await page.request.get(url);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain(TITLE);
    await screenshot(page, 'meetings-feed');
    expect(await accessibilityProblems(page)).toEqual([]);
    // On a later visit the address is no longer shown, but the feed can still be stopped.
    await page.reload();
    await page.waitForSelector('[data-testid=earlier-feed]');
    await page.click('[data-testid=earlier-feed] button:has-text("配信を停止する")');
    await page.waitForSelector('text=配信を停止しました');
    await page.waitForSelector('[data-testid=earlier-feed]', { state: 'detached' });
    expect((await page.request.get(url)).status()).toBe(404);
    await page.close();
  }, 60_000);
});
