import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { currentCode } from '../../../server/src/modules/account/second-factor.service.js';
import { GlobalRole } from '../../../server/src/modules/account/account.types.js';
import { accessibilityProblems, PASSWORD, screenshot, startBrowserWorld, type BrowserWorld } from '../../support/browser.js';
import { chromium, describeWith } from '../../support/requirements.js';
import { Client, createUser } from '../../support/harness.js';

let web: BrowserWorld;
const freshPage = (viewport = { width: 1100, height: 900 }) => web.browser.newPage({ viewport, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });

async function signInWithPassword(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto(`${web.server.url}/login`);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', password);
  await page.click('button[type=submit]');
}

/** Elements that reach past the viewport's right edge (sideways scrolling on a phone), named by tag and class. */
const widest = (page: Page) =>
  page.evaluate(() => {
    type Box = { tagName: string; classList: Iterable<string>; getBoundingClientRect(): { right: number } };
    const doc = (globalThis as unknown as { document: { documentElement: { clientWidth: number }; querySelectorAll(s: string): Iterable<Box> } }).document;
    const width = doc.documentElement.clientWidth;
    return [...doc.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 0.5)
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} ${Math.round(e.getBoundingClientRect().right)}px`);
  });

describeWith(chromium, 'signing in with a second factor, and the account page, in Chromium', () => {
  beforeAll(async () => {
    web = await startBrowserWorld();
  }, 180_000);
  afterAll(async () => {
    await web?.close();
  });

  it('has a prefecture administrator set up the authenticator app on a phone, keep the recovery codes, then sign in with a code', async () => {
    const admin = await createUser(web.server, { globalRole: GlobalRole.PREFECTURE_ADMIN, secondFactor: false });
    const page = await freshPage({ width: 360, height: 780 });
    await signInWithPassword(page, admin.email);
    await page.waitForSelector('[data-testid=second-factor-setup] img[alt]');
    await screenshot(page, 'second-factor-setup-360');
    expect(await widest(page), 'wider than the phone').toEqual([]);
    expect(await accessibilityProblems(page)).toEqual([]);
    const secret = (await page.textContent('[data-testid=totp-secret]'))!.trim();
    await page.fill('input[name=code]', '000000');
    await page.click('button[type=submit]');
    await expect.poll(() => page.textContent('[role=alert]')).toContain('あと4回');
    await page.fill('input[name=code]', await currentCode(secret));
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-testid=recovery-codes] li');
    expect(await page.locator('[data-testid=recovery-codes] li').count()).toBe(10);
    expect(await widest(page), 'wider than the phone').toEqual([]);
    await page.click('[data-testid=recovery-codes] button');
    await page.waitForSelector('#hubs-title');

    const again = await freshPage();
    await signInWithPassword(again, admin.email);
    await again.waitForSelector('[data-testid=second-factor] input[name=code]');
    // The next 30-second step: the code that confirmed the set-up is spent.
    await again.fill('input[name=code]', await currentCode(secret, new Date(Date.now() + 30_000)));
    await again.click('button[type=submit]');
    await again.waitForSelector('#hubs-title');
    await Promise.all([page.close(), again.close()]);
  }, 60_000);

  it('tells the owner of failed sign-ins, lists their devices and signs one out', async () => {
    const user = await createUser(web.server);
    const guesser = new Client(web.server);
    for (let i = 0; i < 3; i += 1) await guesser.login(user.email, `wrong-password-${i}-Aa!`);
    const page = await freshPage();
    await signInWithPassword(page, user.email);
    await page.waitForSelector('[data-testid=sign-in-notice]');
    expect(await page.textContent('[data-testid=sign-in-notice]')).toContain('3回のログイン失敗');
    const elsewhere = new Client(web.server);
    await elsewhere.login(user.email);
    await page.click('.account-link');
    await page.waitForSelector('[data-testid=sessions] li');
    expect(await page.locator('[data-testid=sessions] li').count()).toBe(2);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'account-page');
    await page.click('[data-testid=sessions] li:not([data-current]) button');
    await expect.poll(() => page.locator('[data-testid=sessions] li').count()).toBe(1);
    expect((await elsewhere.gql('{ me { user { id } } }')).data?.me).toBeNull();
    await page.close();
  }, 60_000);
});
