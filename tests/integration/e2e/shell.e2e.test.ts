import type { WebSocket } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { accessibilityProblems, openHubPage, screenshot, signIn, startBrowserWorld, waitLive, type BrowserWorld } from '../../support/browser.js';
import { chromium, describeWith } from '../../support/requirements.js';
import { cycleWorld, type CycleWorld } from '../../support/cycle-world.js';
import { PASSWORD } from '../../support/harness.js';
import { hubWorld, prefectureAdmin, type HubWorld } from '../../support/world.js';

let web: BrowserWorld;
let world: CycleWorld;
let second: HubWorld;

describeWith(chromium, 'the shell: switching hubs and languages, in Chromium', () => {
  beforeAll(async () => {
    web = await startBrowserWorld();
    world = await cycleWorld(web.server);
    // The advisor of `world` also advises a second hub.
    second = await hubWorld(web.server, { zone: '胆振西部', municipalities: ['伊達市'] });
    const { me } = await world.advisor.ok<{ me: { user: { email: string } } }>('{ me { user { email } } }');
    const { inviteMember } = await second.secretariat.ok<{ inviteMember: { token: string } }>('mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token } }', { input: { hubId: second.hubId, email: me.user.email, role: 'ADVISOR' } });
    await world.advisor.ok('mutation ($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { expiresAt } }', { t: inviteMember.token, p: PASSWORD });
  }, 180_000);
  afterAll(async () => {
    await web?.close();
  });

  it('lets a person in two hubs switch between them, staying on the same list, each with its own live stream', async () => {
    const page = await signIn(web, world.advisor);
    expect(await page.locator('.my-hub').count()).toBe(2);
    await openHubPage(web, page, world.hubId, 'meetings');
    await waitLive(page);
    const names = async () => (await page.locator('select[name=hub-switcher] option').allTextContents()).length;
    expect(await names()).toBe(2);
    await page.selectOption('select[name=hub-switcher]', second.hubId);
    await page.waitForURL(`${web.server.url}/hubs/${second.hubId}/meetings`);
    await page.waitForSelector('.hub-bar__name:has-text("胆振西部圏域")');
    expect(await page.getAttribute('nav.tabs a[aria-current=page]', 'href')).toBe(`/hubs/${second.hubId}/meetings`);
    await waitLive(page);
    // A change in the hub now open reaches the page; the first hub's stream is gone.
    const startsAt = new Date(Date.now() + 14 * 86_400_000);
    await second.secretariat.ok('mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meetings { id } } }', {
      input: { hubId: second.hubId, kind: 'WORKING_GROUP', title: '伊達の作業部会', startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString() },
    });
    await page.waitForSelector('text=伊達の作業部会', { timeout: 10_000 });
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'shell-switched');
    await page.close();
  }, 60_000);

  it('speaks English when asked, and remembers it', async () => {
    const page = await signIn(web, world.municipality);
    await page.click('button:has-text("English")');
    await page.waitForSelector('#hubs-title:has-text("Your hubs")');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await openHubPage(web, page, world.hubId);
    await page.waitForSelector('nav.tabs >> text=Issues');
    expect(await page.textContent('.hub-bar__name')).toContain('室蘭 zone');
    expect(await page.textContent('.hub-bar__name')).toContain('Municipality');
    // Fiscal years are written the English way too.
    expect(await page.textContent('.page-title')).toMatch(/FY\d{4} \(Reiwa \d+\)/);
    await page.reload();
    await page.waitForSelector('nav.tabs >> text=Dashboard');
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'shell-english');
    await page.click('button:has-text("日本語")');
    await page.waitForSelector('nav.tabs >> text=ダッシュボード');
    expect(await page.textContent('.page-title')).toMatch(/令和.+年度/);
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    await page.close();
  }, 60_000);

  it('takes the prefecture from the roll-up into a hub, with its budget, without claiming a lost connection', async () => {
    const page = await signIn(web, await prefectureAdmin(web.server));
    const sockets: WebSocket[] = [];
    page.on('websocket', (ws) => sockets.push(ws));
    await page.goto(`${web.server.url}/areas`);
    await page.waitForSelector('[data-testid=rollup]');
    await waitLive(page);
    const { hub } = await world.secretariat.ok<{ hub: { name: string } }>('query ($h: ID!) { hub(hubId: $h) { name } }', { h: world.hubId });
    // Every state the connection badge shows from here on is written down as it appears.
    await page.evaluate(() => {
      const g = globalThis as unknown as { badges: string[]; document: { body: unknown; querySelector(s: string): { textContent: string } | null }; MutationObserver: new (f: () => void) => { observe(n: unknown, o: unknown): void } };
      g.badges = [];
      new g.MutationObserver(() => {
        const text = g.document.querySelector('[data-testid=connection]')?.textContent ?? '';
        if (g.badges.at(-1) !== text) g.badges.push(text);
      }).observe(g.document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.click(`[data-testid=rollup] tr[data-hub="${hub.name}"] a`);
    await page.waitForSelector('[data-testid=budget]');
    // The prefecture holds no hub stream on a hub's pages: leaving the roll-up closes the socket.
    const socket = sockets[0]!;
    if (!socket.isClosed()) await socket.waitForEvent('close');
    await page.evaluate(() => new Promise<void>((resolve) => (globalThis as unknown as { requestAnimationFrame(f: () => void): void }).requestAnimationFrame(() => resolve())));
    // The roll-up's subscription ended with its page; the socket closing is not a lost connection.
    const badges = await page.evaluate(() => (globalThis as unknown as { badges: string[] }).badges);
    expect(badges.filter((b) => b.includes('再接続中'))).toEqual([]);
    await page.close();
  }, 60_000);
});
