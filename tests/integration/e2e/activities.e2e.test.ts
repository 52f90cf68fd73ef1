import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { accessibilityProblems, openHubPage, screenshot, signIn as signInAs, startBrowserWorld, waitLive, type BrowserWorld } from '../../support/browser.js';
import { chromium, describeWith } from '../../support/requirements.js';
import { cycleWorld, type BuiltCycle, type CycleWorld } from '../../support/cycle-world.js';
import type { Client } from '../../support/harness.js';

let web: BrowserWorld;
let world: CycleWorld;
let built: BuiltCycle;
/** A member for the second participating municipality (登別市), and a second member for 室蘭市. */
let noboribetsu: Client;
let muroranColleague: Client;
let surveyId = '';
const signIn = (client: Client): Promise<Page> => signInAs(web, client);

// Dates as the people using the screens see them: in Tokyo.
const tokyoDate = (offsetDays = 0) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date(Date.now() + offsetDays * 86_400_000));
const today = tokyoDate();
const fiscalYear = (() => {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return m >= 4 ? y : y - 1;
})();

async function openActivity(page: Page, activityId: string): Promise<void> {
  await openHubPage(web, page, world.hubId, `activities/${activityId}`);
  await page.waitForSelector('#activity-title');
}

describeWith(chromium, 'activities, surveys and municipal results in Chromium', () => {
  beforeAll(async () => {
    web = await startBrowserWorld();
    world = await cycleWorld(web.server);
    built = await world.cycleIn('IMPLEMENTATION');
    noboribetsu = await world.invite('MUNICIPALITY', '登別市');
    muroranColleague = await world.invite('MUNICIPALITY', '室蘭市');
  }, 180_000);
  afterAll(async () => {
    await web?.close();
  });

  it('lets the secretariat create a survey with two questions under a project and send it', async () => {
    const page = await signIn(world.secretariat);
    await openHubPage(web, page, world.hubId, 'activities');
    await page.waitForSelector('#create-activity-title');
    if (await page.isVisible('select[name=cycle]')) await page.selectOption('select[name=cycle]', built.cycleId);
    // The activity the cycle already has, grouped under its project, with participants by profession.
    const training = page.locator('tr[data-activity="多職種研修会「退院支援」"]');
    await training.waitFor();
    expect(await training.textContent()).toContain('医師 5・訪問看護師 12（計17）');
    expect(await page.locator('[data-testid=project] h3').first().textContent()).toBe('退院支援ルールの運用');
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'activities-list');

    const create = page.locator('[data-testid=create-activity]');
    await create.locator('select[name=kind]').selectOption('SURVEY');
    await create.locator('input[name=title]').fill('在宅医療資源調査');
    await create.locator('input[name=surveyDeadline]').fill(tokyoDate(14));
    await create.locator('input[name="questions.0.text"]').fill('訪問診療を行う医療機関の数');
    await create.locator('select[name="questions.0.kind"]').selectOption('NUMBER');
    await create.locator('button:has-text("設問を追加")').click();
    await create.locator('input[name="questions.1.text"]').fill('ACP（人生会議）の普及に取り組んでいますか');
    await create.locator('select[name="questions.1.kind"]').selectOption('CHOICE');
    // A choice question with one choice is caught before sending, keeping what was typed.
    await create.locator('textarea[name="questions.1.choices"]').fill('している');
    await create.locator('button[type=submit]').click();
    await page.waitForSelector('[data-question="2"] .field-error:has-text("2つ以上の選択肢")');
    expect(await create.locator('input[name="questions.0.text"]').inputValue()).toBe('訪問診療を行う医療機関の数');
    await create.locator('textarea[name="questions.1.choices"]').fill('している\n検討中\nしていない');
    await screenshot(page, 'activities-create-survey');
    await create.locator('button[type=submit]').click();

    await page.waitForSelector('#activity-title:has-text("在宅医療資源調査")');
    surveyId = page.url().split('/').at(-1)!;
    // The page names the project the survey belongs to.
    expect(await page.textContent('.project-of')).toContain('退院支援ルールの運用');
    expect(await page.textContent('[data-testid=survey-state]')).toContain('未送付');
    await page.click('[data-testid=send-survey]');
    await page.waitForSelector('[data-testid=survey-state]:has-text("回答受付中")');
    expect(await page.isVisible('[data-testid=send-survey]')).toBe(false);
    expect(await page.textContent('[data-testid=compilation-lead]')).toContain('参加市町村 2 のうち 0 が回答');
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'activity-survey-sent');

    // The list says it was sent and how many answered.
    await page.click('text=← 事業実施・調査照会の一覧');
    if (await page.isVisible('select[name=cycle]')) await page.selectOption('select[name=cycle]', built.cycleId);
    await page.waitForSelector('tr[data-activity="在宅医療資源調査"] [data-testid=answered-count]:has-text("回答 0/2市町村")');
    await page.close();
  }, 90_000);

  it('lets a municipality answer the sent survey, refusing a non-number by its question, and change the answers', async () => {
    const page = await signIn(world.municipality);
    await openActivity(page, surveyId);
    const form = page.locator('[data-testid=answer-form]');
    await form.waitFor();
    expect(await form.textContent()).toContain('まだ回答していません');
    // No compilation and no editing for a municipality.
    expect(await page.isVisible('[data-testid=compilation]')).toBe(false);
    expect(await page.isVisible('button:has-text("編集する")')).toBe(false);
    const count = form.locator('[data-question="訪問診療を行う医療機関の数"]');
    await count.locator('input').fill('十数か所');
    await form.locator('label:has-text("検討中") input').check();
    await form.locator('button[type=submit]').click();
    await count.locator('.field-error:has-text("数値で回答してください")').waitFor();
    expect(await form.locator('label:has-text("検討中") input').isChecked()).toBe(true);
    await screenshot(page, 'activity-answer-refused');
    await count.locator('input').fill('12');
    await form.locator('button[type=submit]').click();
    await page.waitForSelector('[data-testid=saved-answers]');
    expect(await page.textContent('#answer-title')).toContain('室蘭市');
    expect(await form.locator('button[type=submit]').textContent()).toBe('回答を更新');
    // Reopened, the saved answers fill the form.
    await page.reload();
    await page.waitForSelector('[data-testid=saved-answers]');
    expect(await page.locator('[data-question="訪問診療を行う医療機関の数"] input').inputValue()).toBe('12');
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'activity-answered');
    await page.close();
  }, 60_000);

  it('shows another municipality’s answer live in the secretariat’s open compilation, highlighted', async () => {
    const page = await signIn(world.secretariat);
    await openActivity(page, surveyId);
    await waitLive(page);
    await page.waitForSelector('[data-testid=answered]:has-text("室蘭市")');
    expect(await page.textContent('[data-testid=unanswered]')).toBe('登別市');
    expect(await page.textContent('[data-testid=number-total]')).toContain('合計 12');

    const { activity } = await noboribetsu.ok<{ activity: { questions: { id: string; kind: string }[] } }>('query ($h: ID!, $a: ID!) { activity(hubId: $h, activityId: $a) { questions { id kind } } }', { h: world.hubId, a: surveyId });
    const [numberQ, choiceQ] = activity.questions;
    await noboribetsu.ok('mutation ($input: AnswerSurveyInput!) { answerSurvey(input: $input) { id } }', {
      input: { hubId: world.hubId, activityId: surveyId, answers: [{ questionId: numberQ!.id, value: '5' }, { questionId: choiceQ!.id, value: 'している' }] },
    });
    await page.waitForSelector('tr.flash[data-municipality="登別市"]', { timeout: 10_000 });
    expect(await page.textContent('[data-testid=answered]')).toBe('室蘭市、登別市');
    expect(await page.textContent('[data-testid=unanswered]')).toBe('なし');
    expect(await page.textContent('[data-testid=number-total]')).toContain('合計 17');
    expect(await page.textContent('[data-choice="している"]')).toContain('1件（50%）');
    await screenshot(page, 'activity-compilation-live');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  }, 60_000);

  it('keeps the secretariat’s edits through a conflicting change and re-applies them onto the latest version', async () => {
    const page = await signIn(world.secretariat);
    await openActivity(page, built.activityId!);
    await page.click('button:has-text("編集する")');
    const form = page.locator('[data-testid=edit-activity]');
    await form.locator('textarea[name=outcomeNotes]').fill('退院時カンファレンスの様式を統一することで合意');
    await form.locator('input[name="participants.CARE_MANAGER"]').fill('8');
    await form.locator('textarea[name=evidenceLinks]').fill('https://example.jp/minutes.pdf');
    // Meanwhile someone else changes the place.
    const { activity } = await world.secretariat.ok<{ activity: { version: number } }>('query ($h: ID!, $a: ID!) { activity(hubId: $h, activityId: $a) { version } }', { h: world.hubId, a: built.activityId });
    await world.secretariat.ok('mutation ($input: UpdateActivityInput!) { updateActivity(input: $input) { id } }', { input: { hubId: world.hubId, activityId: built.activityId, version: activity.version, place: '室蘭市保健センター' } });
    await form.locator('button[type=submit]').click();
    await page.waitForSelector('[data-testid=conflict]');
    expect(await form.locator('textarea[name=outcomeNotes]').inputValue()).toBe('退院時カンファレンスの様式を統一することで合意');
    await screenshot(page, 'activity-conflict');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.click('button:has-text("最新の内容を読み込み、入力を再適用")');
    await page.waitForSelector('[data-testid=notice]:has-text("再適用しました")');
    expect(await form.locator('input[name=place]').inputValue()).toBe('室蘭市保健センター');
    expect(await form.locator('input[name="participants.CARE_MANAGER"]').inputValue()).toBe('8');
    await form.locator('button[type=submit]').click();
    await page.waitForSelector('[data-testid=outcome]:has-text("退院時カンファレンスの様式を統一することで合意")');
    const details = await page.textContent('[data-testid=activity]');
    expect(details).toContain('室蘭市保健センター');
    expect(await page.textContent('[data-testid=participants]')).toBe('医師 5・訪問看護師 12・介護支援専門員 8（計25）');
    expect(await page.getAttribute('a[href="https://example.jp/minutes.pdf"]', 'rel')).toContain('noopener');
    await page.close();
  }, 60_000);

  it('lets a municipality record a programme result, see it in its report with a CSV, refuses a double claim, shows a colleague’s result live and re-applies an edit over the colleague’s conflicting change', async () => {
    // A hub-subsidy expense the municipality will try to claim again.
    await world.secretariat.ok('mutation ($h: ID!, $y: Int!) { openBudget(hubId: $h, fiscalYear: $y) { id } }', { h: world.hubId, y: fiscalYear });
    await world.secretariat.ok('mutation ($input: RecordExpenseInput!) { recordExpense(input: $input) { id } }', {
      input: { hubId: world.hubId, spentOn: today, subCap: 'OFFICE', category: 'HONORARIA', amountYen: 30_000, description: '研修講師謝金', payee: '北海 太郎' },
    });
    const page = await signIn(world.municipality);
    await openHubPage(web, page, world.hubId, 'results');
    await page.waitForSelector('#record-title');
    expect(await page.textContent('#record-title')).toContain('室蘭市');
    await waitLive(page);
    const form = page.locator('[data-testid=record-result]');
    await form.locator('select[name=item]').selectOption('KA_TRAINING');
    await form.locator('textarea[name=description]').fill('多職種研修会に市職員と包括職員が参加');
    await form.locator('input[name=periodStart]').fill(today);
    await form.locator('input[name=periodEnd]').fill(today);
    await form.locator('input[name=sessions]').fill('1');
    await form.locator('input[name=participants]').fill('4');
    await form.locator('select[name=projectId]').selectOption(built.projectId);
    await form.locator('select[name=activityId]').selectOption(built.activityId!);
    await form.locator('input[name=claimsCost]').check();
    await form.locator('input[name=costYen]').fill('30000');
    await form.locator('input[name=costDate]').fill(today);
    await form.locator('input[name=costPayee]').fill('北海 太郎');
    await form.locator('button[type=submit]').click();
    const refused = await page.waitForSelector('[data-testid=cost-error]');
    expect(await refused.textContent()).toContain('二重取り');
    expect(await form.locator('textarea[name=description]').inputValue()).toBe('多職種研修会に市職員と包括職員が参加');
    await screenshot(page, 'results-double-funding');
    expect(await accessibilityProblems(page)).toEqual([]);

    // Without the cost claim it is recorded and counted in the report.
    await form.locator('input[name=claimsCost]').uncheck();
    await form.locator('button[type=submit]').click();
    await page.waitForSelector('[data-testid=results] tr[data-result="多職種研修会に市職員と包括職員が参加"]');
    const row = page.locator('[data-testid=report] tr[data-item=KA_TRAINING]');
    await row.locator('td:nth-child(2):has-text("1")').waitFor();
    expect(await row.textContent()).toContain('（カ）医療・介護関係者の研修');
    expect(await page.textContent('[data-testid=total-participants]')).toBe('4');

    // The CSV comes from the server under its official name, UTF-8 with a BOM.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=download-csv]')]);
    const era = (await page.textContent('#report-title'))?.match(/令和.+年度/)?.[0] ?? '';
    expect(download.suggestedFilename()).toBe(`市町村実績_室蘭市_${era}.csv`);
    const csv = readFileSync((await download.path())!);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.subarray(3).toString('utf8')).toContain('多職種研修会に市職員と包括職員が参加');

    // A colleague of the same municipality records one through the API: it appears without reload.
    const { recordProgrammeResult: lecture } = await muroranColleague.ok<{ recordProgrammeResult: { id: string } }>('mutation ($input: RecordProgrammeResultInput!) { recordProgrammeResult(input: $input) { id } }', {
      input: { hubId: world.hubId, item: 'KI_AWARENESS', description: '市民向けACP講演会', periodStart: today, periodEnd: today, sessions: 1, participants: 60 },
    });
    await page.waitForSelector('[data-testid=results] tr.flash[data-result="市民向けACP講演会"]', { timeout: 10_000 });
    await page.waitForSelector('[data-testid=total-participants]:has-text("64")');
    await screenshot(page, 'results-municipality');
    expect(await accessibilityProblems(page)).toEqual([]);

    // Changing and deleting their own.
    await page.click('button[aria-label="「市民向けACP講演会」を編集"]');
    const edit = page.locator('[data-testid=edit-result]');
    await edit.locator('input[name=participants]').fill('75');
    await edit.locator('button[type=submit]').click();
    await page.waitForSelector('[data-testid=total-participants]:has-text("79")');

    // While the form is open, the colleague changes the same result through the API: saving is
    // refused (CONFLICT), what was typed stays, and it is re-applied onto the latest version.
    const lectureNow = async () =>
      (await muroranColleague.ok<{ programmeResults: { id: string; version: number; sessions: number; participants: number }[] }>('query ($h: ID!) { programmeResults(hubId: $h) { id version sessions participants } }', { h: world.hubId }))
        .programmeResults.find((r) => r.id === lecture.id)!;
    await page.click('button[aria-label="「市民向けACP講演会」を編集"]');
    await edit.locator('input[name=sessions]').fill('2');
    const opened = (await lectureNow()).version;
    await muroranColleague.ok('mutation ($input: UpdateProgrammeResultInput!) { updateProgrammeResult(input: $input) { id } }', {
      input: { hubId: world.hubId, resultId: lecture.id, version: opened, participants: 80 },
    });
    await page.waitForSelector('[data-testid=total-participants]:has-text("84")', { timeout: 10_000 });
    await edit.locator('button[type=submit]').click();
    const offer = page.locator('[data-testid=result-conflict]');
    await offer.waitFor();
    expect(await edit.locator('input[name=sessions]').inputValue()).toBe('2');
    await screenshot(page, 'results-conflict');
    expect(await accessibilityProblems(page)).toEqual([]);
    await offer.locator('button:has-text("最新の内容を読み込み、入力を再適用")').click();
    await page.locator('[data-testid=result-reapplied]:has-text("回数")').waitFor();
    expect(await page.textContent('[data-testid=result-reapplied]')).toContain('他の人が変更した項目: 参加者数');
    expect(await edit.locator('input[name=sessions]').inputValue()).toBe('2');
    expect(await edit.locator('input[name=participants]').inputValue()).toBe('80');
    await edit.locator('button[type=submit]').click();
    await page.waitForSelector('[data-testid=notice]:has-text("実績を変更しました")');
    expect(await lectureNow()).toEqual({ id: lecture.id, version: opened + 2, sessions: 2, participants: 80 });
    expect(await page.textContent('tr[data-result="市民向けACP講演会"]')).toContain('80');
    await page.click('button[aria-label="「市民向けACP講演会」を削除"]');
    await page.click('[data-testid=results] button.danger');
    await page.waitForSelector('[data-testid=total-participants]:has-text("4")');
    await page.locator('tr[data-result="市民向けACP講演会"]').waitFor({ state: 'detached' });
    await page.close();
  }, 90_000);

  it('shows the secretariat every municipality’s results with a municipality filter', async () => {
    await noboribetsu.ok('mutation ($input: RecordProgrammeResultInput!) { recordProgrammeResult(input: $input) { id } }', {
      input: { hubId: world.hubId, item: 'A_RESOURCES', description: '医療・介護資源マップの更新', periodStart: today, periodEnd: today, sessions: 2, participants: 0 },
    });
    const page = await signIn(world.secretariat);
    await openHubPage(web, page, world.hubId, 'results');
    await page.waitForSelector('#results-title');
    expect(await page.isVisible('#record-title')).toBe(false);
    await page.waitForSelector('tr[data-result="医療・介護資源マップの更新"]');
    await page.waitForSelector('tr[data-result="多職種研修会に市職員と包括職員が参加"]');
    await page.selectOption('select[name=municipality]', { label: '登別市' });
    await page.waitForSelector('[data-testid=report] #report-title:has-text("登別市")');
    expect(await page.isVisible('tr[data-result="多職種研修会に市職員と包括職員が参加"]')).toBe(false);
    expect(await page.textContent('[data-testid=report] tr[data-item=A_RESOURCES]')).toContain('2');
    await screenshot(page, 'results-secretariat');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  }, 60_000);
});
