import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fiscalYearOf } from '../../../server/src/platform/fiscal-year.js';
import { accessibilityProblems, openHubPage, screenshot, signIn as signInAs, startBrowserWorld, waitLive, type BrowserWorld } from '../../support/browser.js';
import { chromium, describeWith } from '../../support/requirements.js';
import { createCycle, cycleWorld, type CycleWorld } from '../../support/cycle-world.js';
import type { Client } from '../../support/harness.js';

let web: BrowserWorld;
let world: CycleWorld;
let cycleId: string;
const signIn = (client: Client): Promise<Page> => signInAs(web, client);

async function raise(client: Client, title: string, functions: string[], cycle = cycleId): Promise<string> {
  const { raiseIssue } = await client.ok<{ raiseIssue: { id: string } }>('mutation ($input: RaiseIssueInput!) { raiseIssue(input: $input) { id } }', {
    input: { hubId: world.hubId, cycleId: cycle, title, functions },
  });
  return raiseIssue.id;
}

async function issueVersion(issueId: string): Promise<number> {
  const { issue } = await world.secretariat.ok<{ issue: { version: number } }>('query ($h: ID!, $i: ID!) { issue(hubId: $h, issueId: $i) { version } }', { h: world.hubId, i: issueId });
  return issue.version;
}

const card = (page: Page, title: string) => page.locator('[data-testid=board] .issue-card', { hasText: title });

describeWith(chromium, 'the issues board, an issue’s page and its audit trail', () => {
  beforeAll(async () => {
    web = await startBrowserWorld();
    world = await cycleWorld(web.server);
    // The board opens on the current fiscal year's cycle.
    cycleId = (await createCycle(world, fiscalYearOf(new Date()))).id;
  }, 180_000);
  afterAll(async () => {
    await web?.close();
  });

  it('lets a municipality member raise an issue through the form; it appears on the board as theirs', async () => {
    const page = await signIn(world.municipality);
    await openHubPage(web, page, world.hubId, 'issues');
    await page.waitForSelector('[data-testid=board]');
    await waitLive(page);
    // The secretariat's controls are not offered.
    expect(await page.locator('[data-testid=merge]').count()).toBe(0);
    expect(await page.locator('[data-testid=raise-form] select[name=priority]').count()).toBe(0);

    const form = page.locator('[data-testid=raise-form]');
    await form.locator('input[name=title]').fill('訪問歯科との連携窓口が分からない');
    await form.locator('textarea[name=description]').fill('在宅患者の口腔ケアを依頼する先が市内で把握できていない。');
    await form.getByLabel('日常の療養支援').check();
    await form.locator('button[type=submit]').click();
    await form.locator('[role=status]', { hasText: '登録しました' }).waitFor();
    expect(await form.locator('input[name=title]').inputValue()).toBe('');

    const raised = card(page, '訪問歯科との連携窓口が分からない');
    await raised.waitFor();
    expect(await raised.locator('xpath=ancestor::section[1]').getAttribute('data-status')).toBe('OPEN');
    const text = await raised.textContent();
    expect(text).toContain('日常の療養支援');
    expect(text).toContain('室蘭市');
    expect(text).toContain('優先度 中');
    expect(text).toContain('助言・意見 0件');
    await screenshot(page, 'issues-municipality');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  }, 90_000);

  it('shows the secretariat an issue another member raises, live and highlighted, and filters by function', async () => {
    const page = await signIn(world.secretariat);
    await openHubPage(web, page, world.hubId, 'issues');
    await page.waitForSelector('[data-testid=board]');
    await waitLive(page);
    await card(page, '訪問歯科との連携窓口が分からない').waitFor();

    await raise(world.advisor, '看取り期の急変時に連絡がつかない', ['END_OF_LIFE', 'SUDDEN_DETERIORATION']);
    const live = card(page, '看取り期の急変時に連絡がつかない');
    await page.locator('[data-testid=board] .issue-card.flash', { hasText: '看取り期の急変時に連絡がつかない' }).waitFor({ timeout: 10_000 });
    expect(await live.textContent()).toContain('ADVISOR');
    await screenshot(page, 'issues-live');

    await page.selectOption('select[name=function]', 'END_OF_LIFE');
    await card(page, '訪問歯科との連携窓口が分からない').waitFor({ state: 'detached' });
    expect(await page.locator('[data-testid=board] .issue-card').allTextContents()).toHaveLength(1);
    expect(await live.isVisible()).toBe(true);
    await page.selectOption('select[name=status]', 'OPEN');
    expect(await page.locator('[data-testid=board] section.column').count()).toBe(1);
    await screenshot(page, 'issues-filtered');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.click('button:has-text("絞り込みを解除")');
    await card(page, '訪問歯科との連携窓口が分からない').waitFor();
    await page.close();
  }, 90_000);

  it('merges a duplicate after confirmation, and shows the refusal when the duplicate was merged meanwhile', async () => {
    const keep = await raise(world.municipality, '退院前カンファレンスの日程調整が難しい', ['DISCHARGE_SUPPORT']);
    await raise(world.advisor, '退院前カンファレンスが開けない', ['DAILY_CARE']);
    const other = await raise(world.secretariat, '退院調整の連絡先一覧がない', ['DISCHARGE_SUPPORT']);
    const stale = await raise(world.municipality, '退院調整の連絡先が不明', ['DISCHARGE_SUPPORT']);
    const page = await signIn(world.secretariat);
    await openHubPage(web, page, world.hubId, 'issues');
    await page.waitForSelector('[data-testid=merge] select[name=duplicateId]');
    await waitLive(page);

    const merge = page.locator('[data-testid=merge]');
    await merge.locator('select[name=duplicateId]').selectOption({ label: '退院前カンファレンスが開けない' });
    // The duplicate is not offered as the issue to merge into.
    expect(await merge.locator('select[name=intoId] option').allTextContents()).not.toContain('退院前カンファレンスが開けない');
    await merge.locator('select[name=intoId]').selectOption({ label: '退院前カンファレンスの日程調整が難しい' });
    await merge.locator('button:has-text("統合の内容を確認")').click();
    const confirm = merge.locator('[data-testid=merge-confirm]');
    expect(await confirm.textContent()).toContain('「退院前カンファレンスが開けない」を「退院前カンファレンスの日程調整が難しい」に統合します');
    await screenshot(page, 'issues-merge-confirm');
    expect(await accessibilityProblems(page)).toEqual([]);
    await confirm.locator('button:has-text("統合する")').click();
    await merge.locator('[role=status]', { hasText: '統合しました' }).waitFor();
    await card(page, '退院前カンファレンスが開けない').waitFor({ state: 'detached' });
    // The issue that stays took over the duplicate's function.
    expect(await card(page, '退院前カンファレンスの日程調整が難しい').textContent()).toContain('日常の療養支援');
    await page.check('input[name=includeMerged]');
    const merged = card(page, '退院前カンファレンスが開けない');
    await merged.waitFor();
    expect(await merged.textContent()).toContain('統合済み');
    expect(await merged.locator('xpath=ancestor::section[1]').getAttribute('data-status')).toBe('CLOSED');
    await page.uncheck('input[name=includeMerged]');

    // Someone else merges the chosen duplicate elsewhere between choosing and confirming.
    await merge.locator('select[name=duplicateId]').selectOption({ label: '退院調整の連絡先が不明' });
    await merge.locator('select[name=intoId]').selectOption({ label: '退院前カンファレンスの日程調整が難しい' });
    await merge.locator('button:has-text("統合の内容を確認")').click();
    await world.secretariat.ok('mutation ($h: ID!, $d: ID!, $i: ID!) { mergeIssues(hubId: $h, duplicateId: $d, intoId: $i) { id } }', { h: world.hubId, d: stale, i: other });
    await card(page, '退院調整の連絡先が不明').waitFor({ state: 'detached', timeout: 10_000 });
    await confirm.locator('button:has-text("統合する")').click();
    const refused = merge.locator('[data-testid=merge-error]');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('統合できるのは、同じ年度の、まだ統合されていない課題どうしです');
    await screenshot(page, 'issues-merge-refused');
    expect(await accessibilityProblems(page)).toEqual([]);

    // The issue that stays lists what it absorbed.
    await page.goto(`${web.server.url}/hubs/${world.hubId}/issues/${keep}`);
    await page.locator('[data-testid=merged-issues] >> text=退院前カンファレンスが開けない').waitFor();
    await page.close();
  }, 120_000);

  it('saves the secretariat’s edit; on CONFLICT reloads and re-applies what was typed; the audit trail shows both changes', async () => {
    // An issue answered by a project (the built cycle links them).
    const built = await world.cycleIn('ISSUE_IDENTIFICATION');
    const colleague = await world.invite('SECRETARIAT');
    const page = await signIn(world.secretariat);
    await openHubPage(web, page, world.hubId, `issues/${built.issueId}`);
    await page.waitForSelector('#issue-title');
    await waitLive(page);
    expect(await page.textContent('[data-testid=projects]')).toContain('退院支援ルールの運用');
    // The advice thread stays: the secretariat asks and comments.
    expect(await page.locator('select[name=kind] option').allTextContents()).toEqual(['質問', 'コメント']);

    const form = page.locator('[data-testid=edit-form]');
    await form.locator('input[name=edit-title]').fill('入退院時の情報共有ルールがない');
    await form.getByLabel('看取り').check();
    // Meanwhile a colleague moves the issue on.
    await colleague.ok('mutation ($input: UpdateIssueInput!) { updateIssue(input: $input) { id } }', {
      input: { hubId: world.hubId, issueId: built.issueId, version: await issueVersion(built.issueId), status: 'IN_PROGRESS', priority: 'HIGH' },
    });
    await page.locator('[data-testid=issue-status]', { hasText: '対応中' }).waitFor({ timeout: 10_000 });
    // What was typed is kept while the page follows the record.
    expect(await form.locator('input[name=edit-title]').inputValue()).toBe('入退院時の情報共有ルールがない');
    await form.locator('button[type=submit]').click();
    const conflict = form.locator('[data-testid=conflict]');
    await conflict.waitFor();
    await screenshot(page, 'issue-conflict');
    expect(await accessibilityProblems(page)).toEqual([]);
    await conflict.locator('button:has-text("最新の内容を読み込み、入力を再適用")').click();
    const reapplied = form.locator('[data-testid=reapplied]');
    await reapplied.waitFor();
    expect(await reapplied.textContent()).toContain('他の人が変更した項目: 優先度、状態');
    expect(await form.locator('input[name=edit-title]').inputValue()).toBe('入退院時の情報共有ルールがない');
    expect(await form.getByLabel('看取り').isChecked()).toBe(true);
    expect(await form.locator('select[name=status]').inputValue()).toBe('IN_PROGRESS');
    expect(await form.locator('select[name=priority]').inputValue()).toBe('HIGH');
    await screenshot(page, 'issue-reapplied');
    await form.locator('button[type=submit]').click();
    await form.locator('[role=status]', { hasText: '保存しました' }).waitFor();
    await page.locator('#issue-title', { hasText: '入退院時の情報共有ルールがない' }).waitFor();
    expect(await page.textContent('[data-testid=issue-status]')).toBe('対応中');
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'issue-saved');

    await page.click('[data-testid=audit-link]');
    const trail = page.locator('[data-testid=audit]');
    await trail.waitFor();
    // The record's name is its own query: wait for it rather than read the heading at once.
    await page.waitForSelector('#audit-title:has-text("課題「入退院時の情報共有ルールがない」の変更履歴")');
    const rows = trail.locator('tbody tr');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-operation')))).toEqual(['raiseIssue', 'updateIssue', 'updateIssue']);
    const created = await rows.nth(0).textContent();
    expect(created).toContain('MUNICIPALITY');
    expect(created).toContain('作成');
    expect(created).toContain('退院時の情報共有が不十分');
    const theirs = rows.nth(1);
    expect(await theirs.textContent()).toContain('SECRETARIAT');
    expect(await theirs.locator('[data-field=status]').textContent()).toMatch(/状態:\s*未対応\s*→\s*対応中/);
    expect(await theirs.locator('[data-field=priority]').textContent()).toMatch(/優先度:\s*中\s*→\s*高/);
    const mine = rows.nth(2);
    expect(await mine.textContent()).toContain('事務局');
    expect(await mine.locator('[data-field=title]').textContent()).toMatch(/件名:\s*退院時の情報共有が不十分\s*→\s*入退院時の情報共有ルールがない/);
    expect(await mine.locator('[data-field=functions]').textContent()).toMatch(/退院支援\s*→\s*退院支援、看取り/);
    // Times are in Tokyo.
    expect(await rows.nth(0).locator('time').textContent()).toMatch(/^\d{4}\/\d{2}\/\d{2}\(.\) \d{2}:\d{2}$/);
    await screenshot(page, 'audit-trail');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();

    // Members who may not see the audit trail are not offered it.
    const municipal = await signIn(world.municipality);
    await openHubPage(web, municipal, world.hubId, `issues/${built.issueId}`);
    await municipal.waitForSelector('#issue-title');
    expect(await municipal.locator('[data-testid=audit-link]').count()).toBe(0);
    expect(await municipal.locator('[data-testid=edit-form]').count()).toBe(0);
    await municipal.close();
  }, 120_000);
});
