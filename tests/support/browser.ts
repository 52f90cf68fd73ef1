import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PASSWORD, startServer, type Client, type TestServer } from './harness.js';

/** Debian's Chromium, which .ci/run installs; the browser tests skip without it unless CI is set. */
export const CHROMIUM = '/usr/bin/chromium';
export const browserAvailable = existsSync(CHROMIUM) || Boolean(process.env.CI);

const root = path.resolve(import.meta.dirname, '../..');
export const screenshots = path.join(root, 'tests/artifacts/screenshots');
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export type BrowserWorld = { server: TestServer; browser: Browser; close(): Promise<void> };

/**
 * The real server serving the built client (built first if missing; WEB_DIST_DIR picks another
 * build) and a headless Chromium.
 */
export async function startBrowserWorld(): Promise<BrowserWorld> {
  const dist = process.env.WEB_DIST_DIR ?? path.join(root, 'web/dist');
  if (!existsSync(path.join(dist, 'index.html'))) {
    const build = spawnSync('pnpm', ['--filter', '@hub/web', 'build', '--', '--outDir', dist, '--emptyOutDir'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the web client did not build');
  }
  mkdirSync(screenshots, { recursive: true });
  const server = await startServer({ WEB_DIST_DIR: dist });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** A new browser page signed in as the client's user, on their personal page. */
export async function signIn(world: BrowserWorld, client: Client, viewport = { width: 1100, height: 1000 }): Promise<Page> {
  const { me } = await client.ok<{ me: { user: { email: string } } }>('{ me { user { email } } }');
  const page = await world.browser.newPage({ viewport, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  await page.goto(`${world.server.url}/`);
  await page.fill('input[name=email]', me.user.email);
  await page.fill('input[name=password]', PASSWORD);
  await page.click('button[type=submit]');
  await page.waitForSelector('#hubs-title');
  return page;
}

/** Opens a page of the hub and waits until its live stream is up. */
export async function openHubPage(world: BrowserWorld, page: Page, hubId: string, subpath = ''): Promise<void> {
  await page.goto(`${world.server.url}/hubs/${hubId}${subpath ? `/${subpath}` : ''}`);
  await page.waitForSelector('nav.tabs');
}

export async function waitLive(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid=connection]:has-text("リアルタイム更新中")');
}

/** axe-core on the page: serious and critical violations only. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axeSource });
  const result = await page.evaluate(async () => (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run());
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
}

export { PASSWORD };
