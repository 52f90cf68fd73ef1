import type { WebSocketRoute } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { accessibilityProblems, openHubPage, screenshot, signIn, startBrowserWorld, waitLive, type BrowserWorld } from '../../support/browser.js';
import { chromium, describeWith } from '../../support/requirements.js';
import { cycleWorld, type CycleWorld } from '../../support/cycle-world.js';

let web: BrowserWorld;
let world: CycleWorld;

describeWith(chromium, 'live updates through a dropped connection, in Chromium', () => {
  beforeAll(async () => {
    web = await startBrowserWorld();
    world = await cycleWorld(web.server);
  }, 180_000);
  afterAll(async () => {
    await web?.close();
  });

  it('shows the indicator while reconnecting, then every change made meanwhile, without a reload', async () => {
    const { cycleId } = await world.cycleIn('ISSUE_IDENTIFICATION');
    const page = await signIn(web, world.secretariat);
    // Every WebSocket of the page passes through here: forwarded to the real server, or refused while "offline".
    let offline = false;
    let current: { page: WebSocketRoute; server: WebSocketRoute } | null = null;
    let connections = 0;
    await page.routeWebSocket(/\/graphql$/, (ws) => {
      if (offline) return void ws.close({ code: 1012, reason: 'service restart' });
      connections += 1;
      current = { page: ws, server: ws.connectToServer() };
    });
    await openHubPage(web, page, world.hubId, 'issues');
    await waitLive(page);
    let reloads = 0;
    page.on('framenavigated', () => (reloads += 1));

    // The connection drops and stays down while two members raise issues.
    offline = true;
    await current!.server.close({ code: 1012, reason: 'service restart' });
    await current!.page.close({ code: 1012, reason: 'service restart' });
    await page.waitForSelector('[data-testid=connection]:has-text("再接続中")');
    const raise = (client: CycleWorld['advisor'], title: string) =>
      client.ok('mutation ($input: RaiseIssueInput!) { raiseIssue(input: $input) { id } }', { input: { hubId: world.hubId, cycleId, title, functions: ['END_OF_LIFE'] } });
    await raise(world.municipality, '看取り期の連絡体制が市町村ごとに違う');
    await raise(world.advisor, '在宅看取りの件数が把握できていない');
    await screenshot(page, 'live-reconnecting');

    // Back online: the client reconnects by itself and catches up.
    offline = false;
    await waitLive(page);
    await page.waitForSelector('text=看取り期の連絡体制が市町村ごとに違う', { timeout: 20_000 });
    await page.waitForSelector('text=在宅看取りの件数が把握できていない', { timeout: 20_000 });
    expect(connections).toBeGreaterThanOrEqual(2);
    expect(reloads).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'live-caught-up');

    // And the stream goes on after the catch-up.
    await raise(world.municipality, '訪問診療医の高齢化');
    await page.waitForSelector('text=訪問診療医の高齢化', { timeout: 10_000 });
    await page.close();
  }, 90_000);
});
