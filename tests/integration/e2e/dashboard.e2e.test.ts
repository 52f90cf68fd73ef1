import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, startServer, type TestServer } from '../../support/harness.js';
import { cycleWorld, createCycle, type CycleWorld } from '../../support/cycle-world.js';

const CHROMIUM = '/usr/bin/chromium';
const root = path.resolve(import.meta.dirname, '../../..');
const screenshots = path.join(root, 'tests/artifacts/screenshots');
const available = existsSync(CHROMIUM);

let server: TestServer;
let world: CycleWorld;
let browser: Browser;

// Chromium comes from Debian's package (.ci/run installs it); without it, only CI insists.
describe.skipIf(!available && !process.env.CI)('the web client in Chromium', () => {
  beforeAll(async () => {
    if (!existsSync(path.join(root, 'web/dist/index.html'))) {
      const build = spawnSync('pnpm', ['--filter', '@hub/web', 'build'], { cwd: root, stdio: 'inherit' });
      if (build.status !== 0) throw new Error('the web client did not build');
    }
    mkdirSync(screenshots, { recursive: true });
    server = await startServer();
    world = await cycleWorld(server);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('signs a secretariat in, shows the budget gauges, and shows an issue another member raises, live', async () => {
    const fy = 2026;
    const cycle = await createCycle(world, fy);
    await world.secretariat.ok('mutation ($h: ID!) { openBudget(hubId: $h, fiscalYear: 2026) { id } }', { h: world.hubId });
    await world.secretariat.ok('mutation ($input: RecordExpenseInput!) { recordExpense(input: $input) { id } }', { input: { hubId: world.hubId, spentOn: '2026-06-01', subCap: 'OFFICE', category: 'RENTAL', amountYen: 1_600_000, description: '会場費' } });
    const { me } = await world.secretariat.ok<{ me: { user: { email: string } } }>('{ me { user { email } } }');

    const page = await browser.newPage({ viewport: { width: 1100, height: 1000 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    await page.goto(`${server.url}/`);
    await page.fill('input[name=email]', me.user.email);
    await page.fill('input[name=password]', PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForSelector('#hubs-title');
    await page.screenshot({ path: path.join(screenshots, 'hubs.png') });
    await page.click('.hub-list a');
    const office = page.locator('[data-testid=budget] [role=meter][aria-label="②事務費"]');
    await office.waitFor();
    expect(await office.getAttribute('aria-valuenow')).toBe('1600000');
    expect(await page.textContent('[data-testid=budget]')).toContain('残り 320,000円');
    await page.waitForSelector('[data-testid=connection]:has-text("リアルタイム更新中")');
    await page.screenshot({ path: path.join(screenshots, 'dashboard.png'), fullPage: true });

    await world.municipality.ok('mutation ($input: RaiseIssueInput!) { raiseIssue(input: $input) { id } }', { input: { hubId: world.hubId, cycleId: cycle.id, title: '訪問歯科との連携が弱い', functions: ['DAILY_CARE'] } });
    await page.waitForSelector('[data-testid=issues] >> text=訪問歯科との連携が弱い', { timeout: 10_000 });
    await page.screenshot({ path: path.join(screenshots, 'dashboard-live.png'), fullPage: true });
    await page.close();
  }, 60_000);
});
