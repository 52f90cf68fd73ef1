import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { SESSION_COOKIE } from '../../server/src/platform/session-cookie.js';
import { Client, PASSWORD, secondFactorCode, secondFactors, startServer, type TestServer } from './harness.js';
import { CHROMIUM_PATH } from './requirements.js';


const root = path.resolve(import.meta.dirname, '../..');
export const screenshots = path.join(root, 'tests/artifacts/screenshots');
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let axeScript: string | null = null;

export type BrowserWorld = { server: TestServer; browser: Browser; close(): Promise<void> };

/**
 * One Chromium per test worker: the workers run files one after another without isolation
 * (vitest.config.ts), so the browser launched for the first file serves the next ones. It is
 * launched again if it went away; Playwright ends it with the worker's process.
 */
let shared: Promise<Browser> | null = null;
function workerBrowser(): Promise<Browser> {
  shared ??= chromium
    .launch({
      executablePath: CHROMIUM_PATH,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    })
    .then((browser) => {
      browser.once('disconnected', () => (shared = null));
      return browser;
    });
  return shared;
}

/** The real server serving the built client (global-setup.ts builds it when stale) and the worker's headless Chromium. */
export async function startBrowserWorld(): Promise<BrowserWorld> {
  const dist = process.env.WEB_DIST_DIR ?? path.join(root, 'web/dist');
  mkdirSync(screenshots, { recursive: true });
  const server = await startServer({ WEB_DIST_DIR: dist });
  const browser = await workerBrowser();
  return {
    server,
    browser,
    async close() {
      // Pages a file left open are its own; the browser stays for the worker's next file.
      await Promise.all(browser.contexts().map((context) => context.close()));
      await server.close();
    },
  };
}

/**
 * A new browser page signed in as the client's user, on their personal page. The session is a
 * fresh one opened through the API and handed to the browser as its cookie, so each test does
 * not go through the sign-in form (the form itself is tested with `{ form: true }`).
 */
export async function signIn(world: BrowserWorld, client: Client, viewport = { width: 1100, height: 1000 }, options: { form?: boolean } = {}): Promise<Page> {
  const { me } = await client.ok<{ me: { user: { email: string } } }>('{ me { user { email } } }');
  const page = await world.browser.newPage({ viewport, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  if (options.form) {
    await page.goto(`${world.server.url}/`);
    await page.fill('input[name=email]', me.user.email);
    await page.fill('input[name=password]', PASSWORD);
    await page.click('button[type=submit]');
    // An account with a second factor: the code step follows, as its owner would take it.
    const factor = secondFactors.get(me.user.email);
    if (factor) {
      await page.waitForSelector('[data-testid=second-factor] input[name=code]');
      await page.fill('input[name=code]', await secondFactorCode(me.user.email));
      await page.click('button[type=submit]');
    }
  } else {
    const session = new Client(world.server);
    const login = await session.login(me.user.email);
    if (login.errors || !session.sessionToken) throw new Error(`could not sign ${me.user.email} in: ${JSON.stringify(login.errors)}`);
    await page.context().addCookies([{ name: SESSION_COOKIE, value: session.sessionToken, url: world.server.url, httpOnly: true, sameSite: 'Lax' }]);
    await page.goto(`${world.server.url}/hubs`);
  }
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
  // Evaluated through the browser's debugging protocol, which the page's Content-Security-Policy
  // (script-src 'self') does not govern: a <script> tag would be refused, as it should be.
  axeScript ??= readFileSync(axeSource, 'utf8');
  await page.evaluate(axeScript);
  // Only violations are read, so axe need not collect the passing and incomplete results (much faster).
  const result = await page.evaluate(async () =>
    (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run((globalThis as unknown as { document: unknown }).document, { resultTypes: ['violations'] }),
  );
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
}

/**
 * A full-page screenshot for people to look at (tests/artifacts/screenshots), taken when
 * SCREENSHOTS=1: each costs about 0.2 CPU s to encode (some 15 CPU s a run), and no test reads them.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!takeScreenshots) return;
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
}
const takeScreenshots = process.env.SCREENSHOTS === '1';

export { PASSWORD };
