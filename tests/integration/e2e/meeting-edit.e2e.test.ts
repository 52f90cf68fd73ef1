import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { accessibilityProblems, openHubPage, screenshot, signIn as signInAs, startBrowserWorld, waitLive, type BrowserWorld } from '../../support/browser.js';
import { chromium, describeWith } from '../../support/requirements.js';
import { cycleWorld, type CycleWorld } from '../../support/cycle-world.js';
import type { Client, TestServer } from '../../support/harness.js';

let web: BrowserWorld;
let server: TestServer;
let world: CycleWorld;
/** A second secretariat member, whose changes through the API the first one sees. */
let colleague: Client;
let advisorId = '';
let meetingId = '';
const signIn = (client: Client): Promise<Page> => signInAs(web, client);

const TITLE = '第4回 在宅医療連携推進会議';
const RENAMED = '第4回 在宅医療・介護連携推進会議';
// 11 February 2027 is National Foundation Day (建国記念の日), a Thursday.
const HOLIDAY = '2027-02-11';

type Meeting = { version: number; title: string; startsAt: string; endsAt: string; place: string; agenda: { title: string }[]; invitees: { name: string; profession: string; userId: string | null }[] };
async function current(): Promise<Meeting> {
  const { meeting } = await world.secretariat.ok<{ meeting: Meeting }>(
    'query ($h: ID!, $m: ID!) { meeting(hubId: $h, meetingId: $m) { version title startsAt endsAt place agenda { title } invitees { name profession userId } } }',
    { h: world.hubId, m: meetingId },
  );
  return meeting;
}

async function schedule(input: Record<string, unknown>): Promise<string> {
  const { scheduleMeeting } = await world.secretariat.ok<{ scheduleMeeting: { meetings: { id: string }[] } }>(
    'mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meetings { id } } }',
    { input: { hubId: world.hubId, kind: 'COLLABORATION_COUNCIL', ...input } },
  );
  return scheduleMeeting.meetings[0]!.id;
}

async function openMeeting(): Promise<Page> {
  const page = await signIn(world.secretariat);
  await openHubPage(web, page, world.hubId, `meetings/${meetingId}`);
  await page.waitForSelector('#meeting-title');
  await waitLive(page);
  return page;
}

describeWith(chromium, 'changing a scheduled meeting in Chromium', () => {
  beforeAll(async () => {
    web = await startBrowserWorld();
    server = web.server;
    world = await cycleWorld(server);
    colleague = await world.invite('SECRETARIAT');
    advisorId = (await world.advisor.ok<{ me: { user: { id: string } } }>('{ me { user { id } } }')).me.user.id;
    meetingId = await schedule({
      title: TITLE,
      startsAt: '2027-01-12T18:30:00+09:00',
      endsAt: '2027-01-12T20:00:00+09:00',
      place: '室蘭市医師会館',
      agenda: [{ title: '退院支援ルールの運用状況', presenter: '事務局' }],
      invitees: [
        { userId: advisorId, profession: 'DOCTOR' },
        { name: '登別 一郎', organisation: '登別市地域包括支援センター', profession: 'COMMUNITY_CARE_CENTER_STAFF' },
      ],
    });
    // The advisor is already booked on the holiday evening.
    await schedule({ title: '研修会の打合せ', kind: 'WORKING_GROUP', startsAt: `${HOLIDAY}T19:00:00+09:00`, endsAt: `${HOLIDAY}T20:00:00+09:00`, invitees: [{ userId: advisorId, profession: 'DOCTOR' }] });
  }, 180_000);
  afterAll(async () => {
    await web?.close();
  });

  it('moves the meeting to a public holiday, warned before saving and after, and shows the new time', async () => {
    const page = await openMeeting();
    await page.click('button:has-text("会議の内容を変更する")');
    const form = page.locator('[data-testid=meeting-edit]');
    await form.waitFor();
    // Prefilled from the meeting, in Tokyo time.
    expect(await form.locator('input[name=title]').inputValue()).toBe(TITLE);
    expect(await form.locator('select[name=kind]').inputValue()).toBe('COLLABORATION_COUNCIL');
    expect(await form.locator('input[name=date]').inputValue()).toBe('2027-01-12');
    expect(await form.locator('input[name=start]').inputValue()).toBe('18:30');
    expect(await form.locator('input[name=end]').inputValue()).toBe('20:00');
    expect(await form.locator('input[name=place]').inputValue()).toBe('室蘭市医師会館');
    expect(await form.locator('input[name=agenda-title-0]').inputValue()).toBe('退院支援ルールの運用状況');
    expect(await form.locator('input[name=agenda-presenter-0]').inputValue()).toBe('事務局');

    await form.locator('input[name=date]').fill(HOLIDAY);
    await form.locator('input[name=start]').fill('19:00');
    await form.locator('input[name=end]').fill('20:30');
    // Before saving: the holiday, the overlap and the advisor's double booking — but not the meeting overlapping itself.
    await page.waitForSelector('[data-testid=edit-warnings] >> text=建国記念の日');
    await page.waitForSelector('[data-testid=edit-warnings] >> text=ADVISORさんは同じ時間の「研修会の打合せ」にも招待されています');
    expect(await page.textContent('[data-testid=edit-warnings]')).not.toContain(TITLE);
    await screenshot(page, 'meeting-edit-form');
    expect(await accessibilityProblems(page)).toEqual([]);

    await page.click('button:has-text("変更を保存する")');
    await page.waitForSelector('[data-testid=edit-saved] >> text=会議の内容を変更しました');
    expect(await page.textContent('[data-testid=edit-saved]')).toContain('建国記念の日');
    expect(await page.locator('[data-testid=meeting-edit]').count()).toBe(0);
    await page.waitForSelector('[data-testid=meeting-details] >> text=19:00〜20:30');
    const details = await page.textContent('[data-testid=meeting-details]');
    expect(details).toContain('2027/02/11');
    expect(details).toContain('19:00〜20:30');
    // Only the times were sent: the rest is as it was.
    const saved = await current();
    expect(saved).toMatchObject({ title: TITLE, startsAt: '2027-02-11T10:00:00.000Z', endsAt: '2027-02-11T11:30:00.000Z', place: '室蘭市医師会館', agenda: [{ title: '退院支援ルールの運用状況' }] });
    await screenshot(page, 'meeting-edit-saved');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  }, 90_000);

  it('keeps what is typed when a colleague changes the meeting meanwhile, and on CONFLICT re-applies it onto the latest version', async () => {
    const page = await openMeeting();
    await page.click('button:has-text("会議の内容を変更する")');
    const form = page.locator('[data-testid=meeting-edit]');
    await form.locator('input[name=place]').fill('室蘭市役所 第1会議室');
    await form.locator('input[name=agenda-title-0]').fill('退院支援ルールの見直し');

    // A colleague renames the meeting and changes its place: it appears live, the form keeps the typing.
    const { version } = await current();
    await colleague.ok('mutation ($input: UpdateMeetingInput!) { updateMeeting(input: $input) { meetings { id } } }', {
      input: { hubId: world.hubId, meetingId, version, title: RENAMED, place: 'オンライン開催' },
    });
    await page.waitForSelector(`#meeting-title >> text=${RENAMED}`, { timeout: 10_000 });
    expect(await form.locator('input[name=title]').inputValue()).toBe(TITLE);
    expect(await form.locator('input[name=place]').inputValue()).toBe('室蘭市役所 第1会議室');
    await page.waitForSelector('[data-testid=edit-stale]');

    await page.click('button:has-text("変更を保存する")');
    const conflict = page.locator('[data-testid=edit-conflict]');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('他の人がこの会議を変更しました');
    expect(await form.locator('input[name=place]').inputValue()).toBe('室蘭市役所 第1会議室');
    expect(await form.locator('input[name=agenda-title-0]').inputValue()).toBe('退院支援ルールの見直し');
    await screenshot(page, 'meeting-edit-conflict');
    expect(await accessibilityProblems(page)).toEqual([]);

    await conflict.locator('button:has-text("最新の内容を読み込み、入力を再適用")').click();
    const reapplied = page.locator('[data-testid=edit-reapplied]');
    await reapplied.waitFor();
    // The colleague's title comes in; the typed place (which they changed too) and agenda stay, and the place is pointed out.
    expect(await reapplied.textContent()).toContain('場所');
    expect(await form.locator('input[name=title]').inputValue()).toBe(RENAMED);
    expect(await form.locator('input[name=place]').inputValue()).toBe('室蘭市役所 第1会議室');
    expect(await form.locator('input[name=agenda-title-0]').inputValue()).toBe('退院支援ルールの見直し');
    expect(await page.locator('[data-testid=edit-conflict]').count()).toBe(0);
    await screenshot(page, 'meeting-edit-reapplied');

    await page.click('button:has-text("変更を保存する")');
    await page.waitForSelector('[data-testid=edit-saved] >> text=会議の内容を変更しました');
    expect(await page.textContent('[data-testid=meeting-details]')).toContain('室蘭市役所 第1会議室');
    expect(await page.textContent('[data-testid=agenda]')).toContain('退院支援ルールの見直し');
    expect(await current()).toMatchObject({ title: RENAMED, place: '室蘭市役所 第1会議室', startsAt: '2027-02-11T10:00:00.000Z', agenda: [{ title: '退院支援ルールの見直し' }] });
    await page.close();
  }, 90_000);

  it('invites a member and an external person to the meeting, and takes an invitee off after confirming', async () => {
    const page = await openMeeting();
    await page.click('button:has-text("招待者を追加する")');
    const invite = page.locator('[data-testid=invite-form]');
    await invite.locator('[data-member="MUNICIPALITY"]').waitFor();
    // The advisor is invited already and is not offered again.
    expect(await invite.locator('[data-member="ADVISOR"]').count()).toBe(0);
    await invite.locator('[data-member="MUNICIPALITY"] input[type=checkbox]').check();
    expect(await invite.locator('[data-member="MUNICIPALITY"] select').inputValue()).toBe('MUNICIPAL_STAFF');
    // An external person without a name is refused next to the external invitees, and the typing stays.
    await invite.locator('input[name=external-organisation-0]').fill('訪問看護ステーションすずらん');
    await invite.locator('select[name=external-profession-0]').selectOption('VISITING_NURSE');
    await invite.locator('button:has-text("招待する")').click();
    await page.waitForSelector('[data-testid=invite-error] >> text=入力内容を確認してください');
    expect(await invite.locator('fieldset:has(input[name=external-name-0]) .field-error').textContent()).toContain('氏名');
    expect(await invite.locator('input[name=external-organisation-0]').inputValue()).toBe('訪問看護ステーションすずらん');
    expect(await invite.locator('[data-member="MUNICIPALITY"] input[type=checkbox]').isChecked()).toBe(true);
    await invite.locator('input[name=external-name-0]').fill('北海 花子');
    await screenshot(page, 'meeting-invite-form');
    expect(await accessibilityProblems(page)).toEqual([]);
    await invite.locator('button:has-text("招待する")').click();

    const hanako = page.locator('tr[data-invitee="北海 花子"]');
    await hanako.waitFor();
    expect(await hanako.textContent()).toContain('訪問看護師');
    expect(await hanako.textContent()).toContain('訪問看護ステーションすずらん');
    expect(await hanako.textContent()).toContain('外部');
    expect(await page.textContent('tr[data-invitee="MUNICIPALITY"]')).toContain('市町村職員');
    expect(await page.textContent('[data-testid=invited]')).toContain('北海 花子');

    // Another secretariat member's invitation through the API appears live.
    await colleague.ok('mutation ($h: ID!, $m: ID!) { inviteToMeeting(hubId: $h, meetingId: $m, invitees: [{ name: "室蘭 次郎", organisation: "むろらん薬局", profession: PHARMACIST }]) { id } }', { h: world.hubId, m: meetingId });
    await page.locator('tr[data-invitee="室蘭 次郎"]').waitFor({ timeout: 10_000 });

    // Taking 登別 一郎 off: asked first, kept when the answer is no, removed when yes.
    const ichiro = page.locator('tr[data-invitee="登別 一郎"]');
    await ichiro.locator('button:has-text("招待を取り消す")').click();
    const confirm = page.locator('[data-testid=remove-confirm]');
    expect(await confirm.textContent()).toContain('登別 一郎さんをこの会議の招待者から外しますか？');
    await confirm.locator('button:has-text("外さない")').click();
    expect(await page.locator('[data-testid=remove-confirm]').count()).toBe(0);
    await ichiro.locator('button:has-text("招待を取り消す")').click();
    await screenshot(page, 'meeting-remove-confirm');
    expect(await accessibilityProblems(page)).toEqual([]);
    await confirm.locator('button:has-text("招待者から外す")').click();
    await page.waitForSelector('[role=status] >> text=登別 一郎さんを招待者から外しました');
    expect(await page.locator('tr[data-invitee="登別 一郎"]').count()).toBe(0);

    const invitees = (await current()).invitees.map((i) => `${i.name}:${i.profession}:${i.userId ? 'member' : 'external'}`);
    expect(invitees.sort()).toEqual(['ADVISOR:DOCTOR:member', 'MUNICIPALITY:MUNICIPAL_STAFF:member', '北海 花子:VISITING_NURSE:external', '室蘭 次郎:PHARMACIST:external'].sort());
    await screenshot(page, 'meeting-invitees');
    expect(await accessibilityProblems(page)).toEqual([]);

    // A colleague takes off the invitee whose removal is being confirmed: the row and the question go, live.
    await page.locator('tr[data-invitee="室蘭 次郎"] button:has-text("招待を取り消す")').click();
    const jiro = (await world.secretariat.ok<{ meeting: { invitees: { id: string; name: string }[] } }>('query ($h: ID!, $m: ID!) { meeting(hubId: $h, meetingId: $m) { invitees { id name } } }', { h: world.hubId, m: meetingId })).meeting.invitees.find((i) => i.name === '室蘭 次郎')!;
    await colleague.ok('mutation ($h: ID!, $i: ID!) { removeInvitee(hubId: $h, inviteeId: $i) { id } }', { h: world.hubId, i: jiro.id });
    await page.locator('tr[data-invitee="室蘭 次郎"]').waitFor({ state: 'detached', timeout: 10_000 });
    expect(await page.locator('[data-testid=remove-confirm]').count()).toBe(0);
    await page.close();
  }, 90_000);

  it('offers no change controls to the advisor', async () => {
    const page = await signIn(world.advisor);
    await openHubPage(web, page, world.hubId, `meetings/${meetingId}`);
    await page.waitForSelector('#meeting-title');
    expect(await page.locator('button:has-text("会議の内容を変更する")').count()).toBe(0);
    expect(await page.locator('button:has-text("招待者を追加する")').count()).toBe(0);
    expect(await page.locator('button:has-text("招待を取り消す")').count()).toBe(0);
    await page.close();
  }, 60_000);
});
