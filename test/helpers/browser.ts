/**
 * Headless Chromium for end-to-end tests, through playwright-core and the system's Chromium. Each
 * page records console errors, uncaught exceptions and every requested URL, so a test can assert
 * that nothing went wrong and nothing left this machine.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ensureChromium } from './chromium.js';
import { ROOT } from './paths.js';

/** Flags for a closed network: no background traffic, no QUIC, no GPU, no sandbox (root in CI). */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Where screenshots go: a CI artifact folder at the repository's root. */
export const RESULTS_DIR = join(ROOT, 'test-results');

/** Launch Chromium; playwright gives each launch a fresh, temporary user-data directory. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
}

/** A page with what it did recorded: console errors, page errors and requested URLs. */
export interface WatchedPage {
  page: Page;
  errors: string[];
  requests: string[];
}

/** A new page (tab) in `context`, so it shares the context's login cookie, recording what it does. */
export async function watchedPage(context: BrowserContext): Promise<WatchedPage> {
  const page = await context.newPage();
  // A shared two-core CI machine can be slow; waits are on explicit conditions, so be generous.
  page.setDefaultTimeout(60_000);
  const watched: WatchedPage = { page, errors: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') watched.errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => watched.errors.push(`page error: ${e.message}`));
  page.on('request', (r) => watched.requests.push(r.url()));
  return watched;
}

/** A page in its own context (no shared cookies with other pages), at a laptop-sized viewport. */
export async function newPage(browser: Browser): Promise<WatchedPage> {
  return watchedPage(await browser.newContext({ viewport: { width: 1280, height: 800 } }));
}

/** URLs that are not on `origin` (data: and blob: URLs stay in the page, so they count as local). */
export function foreignRequests(requests: readonly string[], origin: string): string[] {
  return requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
}

/**
 * The few browser globals that functions run in the page use: the test build has no DOM library,
 * so such functions start with `const { document } = globalThis as unknown as InPage`.
 */
export interface InPage {
  document: { querySelector(selector: string): InPageElement | null; querySelectorAll(selector: string): Iterable<InPageElement> };
  location: { hash: string };
  requestAnimationFrame(callback: (time: number) => void): number;
}

export interface InPageElement {
  textContent: string | null;
  scrollTop: number;
  readonly clientHeight: number;
  readonly scrollHeight: number;
  getBoundingClientRect(): { top: number; bottom: number };
}

/** Wait until the view shows its heading and no part of it is still loading (the shared `Loaded` status). */
export async function waitForView(page: Page): Promise<void> {
  await page.waitForSelector('main :is(h1, h2)', { state: 'visible' });
  await page.waitForFunction(() => {
    const { document } = globalThis as unknown as InPage;
    return ![...document.querySelectorAll('main .status')].some((e) => e.textContent?.includes('Loading…'));
  });
}

/** Save a screenshot (the full page unless told otherwise) to test-results/<name>.png and return its path. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

/** Close the browser if it was opened, ignoring a browser that already died. */
export async function closeBrowser(browser: Browser | undefined): Promise<void> {
  await browser?.close().catch(() => undefined);
}
