import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { accessibilityProblems, openHubPage, PASSWORD, screenshot, signIn as signInAs, startBrowserWorld, waitLive, type BrowserWorld } from '../../support/browser.js';
import { chromium, describeWith } from '../../support/requirements.js';
import { cycleWorld, type CycleWorld } from '../../support/cycle-world.js';
import { createUser, uniqueEmail, type Client } from '../../support/harness.js';

let web: BrowserWorld;
let world: CycleWorld;
const signIn = (client: Client): Promise<Page> => signInAs(web, client);

async function openMembers(client: Client): Promise<Page> {
  const page = await signIn(client);
  await openHubPage(web, page, world.hubId, 'members');
  await page.waitForSelector('#members-title');
  await waitLive(page);
  return page;
}

/** A page of its own browser context: nobody is signed in there. */
const freshPage = () => web.browser.newPage({ viewport: { width: 1000, height: 900 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });

async function inviteThroughApi(email: string, role = 'ADVISOR'): Promise<string> {
  const { inviteMember } = await world.secretariat.ok<{ inviteMember: { token: string } }>('mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token } }', {
    input: { hubId: world.hubId, email, role },
  });
  return inviteMember.token;
}

describeWith(chromium, 'the members page and accepting an invitation', () => {
  beforeAll(async () => {
    web = await startBrowserWorld();
    world = await cycleWorld(web.server);
  }, 180_000);
  afterAll(async () => {
    await web?.close();
  });

  it('invites an advisor through the form; the invitee accepts the link (a weak password refused first) and appears live on the secretariat’s page', async () => {
    const page = await openMembers(world.secretariat);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: web.server.url });
    // The members by role, with the municipality of the municipality member.
    expect(await page.locator('[data-role=SECRETARIAT] [data-member]').count()).toBe(1);
    expect(await page.textContent('[data-role=MUNICIPALITY]')).toContain('室蘭市');
    expect(await accessibilityProblems(page)).toEqual([]);

    // A municipality member needs a participating municipality; only participating ones are offered.
    await page.selectOption('select[name=inviteRole]', 'MUNICIPALITY');
    const offered = await page.locator('select[name=inviteMunicipality] option').allTextContents();
    expect(offered.slice(1).sort()).toEqual(['室蘭市', '登別市'].sort());
    await page.fill('input[name=inviteEmail]', 'kaigo@city.example.jp');
    await page.click('[data-testid=invite-form] button[type=submit]');
    await page.waitForSelector('#invite-municipality-error:has-text("参加市町村を指定してください")');
    expect(await page.inputValue('input[name=inviteEmail]')).toBe('kaigo@city.example.jp');

    // Someone already a member is refused next to the e-mail field.
    const { me } = await world.advisor.ok<{ me: { user: { email: string } } }>('{ me { user { email } } }');
    await page.selectOption('select[name=inviteRole]', 'ADVISOR');
    await page.fill('input[name=inviteEmail]', me.user.email);
    await page.click('[data-testid=invite-form] button[type=submit]');
    await page.waitForSelector('#invite-email-error:has-text("すでにこの拠点のメンバーです")');

    const email = uniqueEmail('new-advisor');
    await page.fill('input[name=inviteEmail]', email);
    await page.click('[data-testid=invite-form] button[type=submit]');
    const box = page.locator('[data-testid=invitation-link]');
    await box.waitFor();
    const link = await page.inputValue('input[name=invitationLink]');
    expect(link).toMatch(new RegExp(`^${web.server.url}/invitations/[A-Za-z0-9_-]{20,}$`));
    expect(await box.textContent()).toContain(`${email}さんご本人に送ってください`);
    expect(await box.textContent()).toMatch(/\d{4}\/\d{2}\/\d{2}\(.\) \d{2}:\d{2}（日本時間）まで有効/);
    await page.click('button:has-text("リンクをコピー")');
    await page.waitForSelector('[data-testid=invitation-link] [role=status]:has-text("コピーしました")');
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(link);
    // Listed as pending, with its role.
    expect(await page.textContent(`[data-invitation="${email}"]`)).toContain('助言医');
    await screenshot(page, 'members-invited');
    expect(await accessibilityProblems(page)).toEqual([]);

    // The invitee, not signed in, opens the link.
    const invitee = await freshPage();
    await invitee.goto(link);
    await invitee.waitForSelector('#invitation-title');
    expect(await invitee.textContent('[data-testid=password-rules]')).toContain('13文字以上');
    expect(await accessibilityProblems(invitee)).toEqual([]);
    await invitee.fill('input[name=displayName]', '北海 次郎');
    await invitee.fill('input[name=password]', 'tooweak12');
    // The rules tick as the person types; the symbol and the length are still missing.
    expect(await invitee.getAttribute('[data-rule=DIGIT]', 'data-met')).toBe('true');
    expect(await invitee.getAttribute('[data-rule=SYMBOL]', 'data-met')).toBe('false');
    await invitee.fill('input[name=passwordConfirm]', 'tooweak12');
    await invitee.click('[data-testid=invitation-form] button[type=submit]');
    await invitee.waitForSelector('[data-testid=password-error]:has-text("パスワードが要件を満たしていません")');
    expect(await invitee.textContent('[data-testid=password-error]')).toContain('記号を含めてください');
    expect(await invitee.inputValue('input[name=displayName]')).toBe('北海 次郎');
    await screenshot(invitee, 'invitation-weak-password');
    expect(await accessibilityProblems(invitee)).toEqual([]);

    await invitee.fill('input[name=password]', 'Hokkaido-Zaitaku-2025');
    await invitee.fill('input[name=passwordConfirm]', 'Hokkaido-Zaitaku-2025');
    await invitee.click('[data-testid=invitation-form] button[type=submit]');
    await invitee.waitForURL(`${web.server.url}/hubs/${world.hubId}`);
    await invitee.waitForSelector('.hub-bar__name:has-text("助言医")');
    await invitee.waitForSelector('nav.tabs');

    // The secretariat's open page shows the new member at once, highlighted, and no longer as pending.
    // (The acceptance changes the invitation and creates the membership: one reload each.)
    const row = page.locator('[data-role=ADVISOR] [data-member="北海 次郎"].row-flash');
    await row.waitFor({ timeout: 10_000 });
    expect(await row.textContent()).toContain(email);
    await page.locator(`[data-invitation="${email}"]`).waitFor({ state: 'detached' });
    // The link, now used, is no longer offered for sending.
    expect(await box.count()).toBe(0);
    await screenshot(page, 'members-live');
    await invitee.close();
    await page.close();
  }, 90_000);

  it('revokes a pending invitation; its link is then refused with what to do', async () => {
    const page = await openMembers(world.secretariat);
    const email = uniqueEmail('revoked');
    const token = await inviteThroughApi(email);
    // Issued elsewhere: it appears live.
    const pending = page.locator(`[data-invitation="${email}"]`);
    await pending.waitFor({ timeout: 10_000 });
    page.once('dialog', (dialog) => void dialog.accept());
    await page.click(`button[aria-label="${email}への招待を取り消す"]`);
    await pending.waitFor({ state: 'detached' });
    expect(await page.textContent('[data-testid=members] [role=status]')).toContain('取り消しました');

    const invitee = await freshPage();
    // The revoked link is refused as soon as it is opened, before anything is typed.
    await invitee.goto(`${web.server.url}/invitations/${token}`);
    const refused = invitee.locator('[data-testid=invitation-invalid]');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('招待が無効です');
    expect(await refused.textContent()).toContain('拠点事務局に新しい招待リンクの発行を依頼してください');
    await screenshot(invitee, 'invitation-invalid');
    expect(await accessibilityProblems(invitee)).toEqual([]);
    await invitee.close();
    await page.close();
  }, 60_000);

  it('shows a person with an account what the link is for and lets them join with their existing password', async () => {
    const user = await createUser(web.server, { displayName: '既存 利用者' });
    const token = await inviteThroughApi(user.email, 'HEALTH_CENTER');
    const invitee = await freshPage();
    await invitee.goto(`${web.server.url}/invitations/${token}`);
    // The link names the hub, the role and the address, and the account exists: the existing-account form is chosen.
    const what = invitee.locator('[data-testid=invitation-what]');
    await what.waitFor();
    expect(await what.textContent()).toContain('保健所');
    expect(await what.textContent()).toContain(user.email);
    expect(await invitee.isChecked('input[name=mode][value=existing]')).toBe(true);
    await invitee.fill('input[name=currentPassword]', 'wrong-password-1!');
    await invitee.click('[data-testid=invitation-form] button[type=submit]');
    await invitee.waitForSelector('[data-testid=current-password-error]:has-text("パスワードが正しくありません")');
    await screenshot(invitee, 'invitation-existing');
    expect(await accessibilityProblems(invitee)).toEqual([]);
    await invitee.fill('input[name=currentPassword]', PASSWORD);
    await invitee.click('[data-testid=invitation-form] button[type=submit]');
    await invitee.waitForURL(`${web.server.url}/hubs/${world.hubId}`);
    await invitee.waitForSelector('.hub-bar__name:has-text("保健所")');
    await invitee.close();
  }, 60_000);

  it('removes and adds a participating municipality, edits its contact, shows another’s edit live, re-applies an edit over a conflicting change and explains the refusals', async () => {
    const page = await openMembers(world.secretariat);
    // Both municipalities of the 室蘭 zone take part already.
    expect(await page.textContent('[data-testid=participations]')).toContain('室蘭圏域のすべての市町村がすでに参加しています');

    // A municipality a member speaks for cannot be removed; the page says what to do.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.click('button[aria-label="室蘭市の参加を外す"]');
    const refused = page.locator('[data-testid=participation-error]');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('担当するメンバーがいるため');
    expect(await refused.textContent()).toContain('その市町村のメンバーを削除してから');

    // One no member speaks for can: it is then offered for adding, and no longer for municipality members.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.click('button[aria-label="登別市の参加を外す"]');
    const row = page.locator('[data-participation="登別市"]');
    await row.waitFor({ state: 'detached' });
    await page.selectOption('select[name=inviteRole]', 'MUNICIPALITY');
    expect(await page.locator('select[name=inviteMunicipality] option').allTextContents()).not.toContain('登別市');
    expect(await page.locator('select[name=addMunicipality] option').allTextContents()).toEqual(['選択してください', '登別市']);

    await page.selectOption('select[name=addMunicipality]', { label: '登別市' });
    await page.fill('input[name=addContactName]', '介護 太郎');
    await page.click('[data-testid=add-participation] button[type=submit]');
    await row.waitFor();
    expect(await row.textContent()).toContain('介護 太郎');
    expect(await page.locator('select[name=inviteMunicipality] option').allTextContents()).toContain('登別市');

    await page.click('button[aria-label="登別市の担当者を編集"]');
    const form = page.locator('[data-testid=contact-form]');
    await form.locator('input[name=contactEmail]').fill('not-an-address');
    await form.locator('button[type=submit]').click();
    await form.locator('.field-error:has-text("メールアドレスの形式が正しくありません")').waitFor();
    expect(await form.locator('input[name=contactEmail]').inputValue()).toBe('not-an-address');
    await form.locator('input[name=contactEmail]').fill('kaigo@city.example.jp');
    await form.locator('input[name=contactPhone]').fill('0143-22-1111');
    await screenshot(page, 'members-contact-edit');
    await form.locator('button[type=submit]').click();
    await form.waitFor({ state: 'detached' });
    expect(await row.textContent()).toContain('kaigo@city.example.jp');
    expect(await row.textContent()).toContain('0143-22-1111');
    await screenshot(page, 'members-participations');
    expect(await accessibilityProblems(page)).toEqual([]);

    // Another secretariat session changes a contact: the row changes at once, highlighted.
    const muroranId = world.participationIds.get('室蘭市')!;
    const UPDATE = 'mutation ($input: UpdateParticipationInput!) { updateParticipation(input: $input) { id version } }';
    const muroranVersion = async () =>
      (await world.secretariat.ok<{ hub: { participations: { id: string; version: number }[] } }>('query ($h: ID!) { hub(hubId: $h) { participations { id version } } }', { h: world.hubId }))
        .hub.participations.find((p) => p.id === muroranId)!.version;
    await world.secretariat.ok(UPDATE, { input: { hubId: world.hubId, participationId: muroranId, version: await muroranVersion(), contactName: '室蘭 花子' } });
    await page.locator('[data-participation="室蘭市"].row-flash >> text=室蘭 花子').waitFor({ timeout: 10_000 });

    // While the form is open, someone else changes the same contact: saving is refused (CONFLICT),
    // what was typed stays, and it is re-applied onto the latest version before saving.
    await page.click('button[aria-label="室蘭市の担当者を編集"]');
    await form.locator('input[name=contactPhone]').fill('0143-33-2222');
    const opened = await muroranVersion();
    await world.secretariat.ok(UPDATE, { input: { hubId: world.hubId, participationId: muroranId, version: opened, contactName: '室蘭 次郎' } });
    await page.locator('[data-participation="室蘭市"] >> text=室蘭 次郎').waitFor({ timeout: 10_000 });
    await form.locator('button[type=submit]').click();
    const offer = form.locator('[data-testid=contact-conflict]');
    await offer.waitFor();
    expect(await form.locator('input[name=contactPhone]').inputValue()).toBe('0143-33-2222');
    expect(await form.locator('button[type=submit]').isDisabled()).toBe(true);
    await screenshot(page, 'members-contact-conflict');
    expect(await accessibilityProblems(page)).toEqual([]);
    await offer.locator('button:has-text("最新の内容を読み込み、入力を再適用")').click();
    await form.locator('[data-testid=contact-reapplied]:has-text("電話番号")').waitFor();
    expect(await form.locator('input[name=contactName]').inputValue()).toBe('室蘭 次郎');
    expect(await form.locator('input[name=contactPhone]').inputValue()).toBe('0143-33-2222');
    expect(await form.textContent()).toContain('他の人が変更した項目: 担当者');
    await form.locator('button[type=submit]').click();
    await form.waitFor({ state: 'detached' });
    const muroranRow = page.locator('[data-participation="室蘭市"]');
    expect(await muroranRow.textContent()).toContain('室蘭 次郎');
    expect(await muroranRow.textContent()).toContain('0143-33-2222');
    expect(await muroranVersion()).toBe(opened + 2);

    // The only secretariat member cannot remove themselves.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.click('[data-role=SECRETARIAT] button:has-text("削除")');
    await page.waitForSelector('[data-testid=members-error]:has-text("拠点事務局が一人もいなくなるため削除できません")');
    await screenshot(page, 'members-refusals');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  }, 90_000);

  it('shows a municipality member’s page read-only (no invitations, no controls)', async () => {
    const page = await openMembers(world.municipality);
    expect(await page.textContent('[data-testid=members]')).toContain('拠点事務局が行います');
    expect(await page.locator('[data-testid=invite-form]').count()).toBe(0);
    expect(await page.locator('[data-testid=pending-invitations]').count()).toBe(0);
    expect(await page.locator('button:has-text("担当者を編集")').count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  }, 60_000);
});
