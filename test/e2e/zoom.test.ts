/**
 * Readable at 200% zoom: a 1280×800 screen at 200% is a 640×400 CSS-pixel viewport drawn at twice
 * the pixels. On the demo project every tab and a document must fit the width (no sideways page
 * scrolling), keep the tab navigation and the heading in sight, and outline the focused control.
 * Screenshots: test-results/zoom-*.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, screenshot, waitForView, watchedPage, type WatchedPage as Watched } from '../helpers/browser.js';
import type { ServerProcess } from '../helpers/server-process.js';
import { closeStage, openStage, type Stage } from '../helpers/stage.js';
import { tab } from './steps.js';

const DEMO = 'Moments of meeting (demo)';
const TABS = ['Documents', 'Code system', 'Segments', 'Memos', 'History'] as const;
/** At most this many Tab presses to get from the top of the page to a control of the view itself. */
const MAX_TABS = 20;

interface Layout { scrollWidth: number; clientWidth: number; wide: string[] }
interface Focused { tag: string; text: string; inView: boolean; outlineStyle: string; outlineWidth: string }

/** Minimal DOM typings for functions run in the page (the test build has no DOM library). */
interface El {
  tagName: string;
  className: unknown;
  textContent: string | null;
  getBoundingClientRect(): { right: number; width: number };
  closest(selector: string): El | null;
}
interface Dom {
  document: {
    documentElement: { scrollWidth: number; clientWidth: number };
    activeElement: El | null;
    body: El;
    querySelectorAll(selector: string): Iterable<El>;
  };
  getComputedStyle(el: El): { outlineStyle: string; outlineWidth: string };
}

/** The page's width against the viewport's, and the elements that stick out (for a useful failure message). */
function layoutOf(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const { document } = globalThis as unknown as Dom;
    const { scrollWidth, clientWidth } = document.documentElement;
    const wide = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > clientWidth + 1)
      .slice(0, 8)
      .map((e) => `${e.tagName.toLowerCase()}.${String(e.className)} (${Math.round(e.getBoundingClientRect().right)}px)`);
    return { scrollWidth, clientWidth, wide };
  });
}

function focusedOf(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const { document, getComputedStyle } = globalThis as unknown as Dom;
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(), text: (el.textContent ?? '').trim().slice(0, 40),
      inView: !!el.closest('main') && !el.closest('nav.tabs'),
      outlineStyle: style.outlineStyle, outlineWidth: style.outlineWidth,
    };
  });
}

describe('the workbench at 200% zoom', { timeout: 240_000 }, () => {
  let stage: Stage | undefined;
  let server: ServerProcess | undefined;
  let watched: Watched;
  let page: Page;

  beforeAll(async () => {
    stage = await openStage({ command: 'start' });
    server = stage.server;
    const context = await stage.browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    watched = await watchedPage(context);
    page = watched.page;
    await page.goto(server.loginUrl);
    await waitForView(page);
    await page.getByRole('link', { name: DEMO }).click();
    await page.waitForSelector('nav[aria-label="Project views"]');
  }, 240_000);

  afterAll(() => closeStage(stage), 60_000);

  /** The checks every view must pass, then its screenshot. */
  async function checkView(name: string): Promise<void> {
    await waitForView(page);
    const layout = await layoutOf(page);
    expect(layout.scrollWidth, `${name} is wider than the window: ${layout.wide.join(', ')}`).toBeLessThanOrEqual(layout.clientWidth + 1);
    await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
    expect(await page.locator('nav[aria-label="Project views"]').isVisible()).toBe(true);
    for (const label of TABS) expect(await tab(page, label).isVisible(), `the ${label} tab in ${name}`).toBe(true);
    const heading = page.locator('main h1').first();
    expect(await heading.isVisible()).toBe(true);
    await expect.poll(async () => {
      const box = await heading.boundingBox();
      return !!box && box.x >= 0 && box.x + box.width <= 641;
    }).toBe(true);

    // Keyboard users see where they are: from the top of the page (a press on the header's empty
    // right end), Tab through the navigation into the view; each control passed is outlined.
    const header = page.locator('header.top');
    const { width, height } = (await header.boundingBox())!;
    await header.click({ position: { x: width - 2, y: height / 2 } });
    let reached = false;
    for (let i = 0; i < MAX_TABS && !reached; i++) {
      await page.keyboard.press('Tab');
      const focused = await focusedOf(page);
      expect(focused, `something has focus in ${name} after ${i + 1} Tab presses`).not.toBeNull();
      const what = `the focused ${focused!.tag} “${focused!.text}” in ${name}`;
      expect(focused!.outlineStyle, `${what} shows an outline`).not.toBe('none');
      expect(parseFloat(focused!.outlineWidth), `${what} shows an outline`).toBeGreaterThan(0);
      reached = focused!.inView;
    }
    expect(reached, `Tab reaches a control of ${name}`).toBe(true);
    await screenshot(page, `zoom-${name}`, false);
  }

  it('fits every tab, a memo and a document in 640 CSS pixels, with the navigation, heading and focus in sight', async () => {
    for (const label of TABS) {
      await tab(page, label).click();
      await page.waitForSelector(`nav[aria-label="Project views"] a[aria-current="page"]:has-text("${label}")`);
      await checkView(label.toLowerCase().replace(/ /g, '-'));
    }
    // A memo open in the editor (text and preview side by side on a wide screen).
    await tab(page, 'Memos').click();
    await page.locator('.memo-list a.memo-entry').first().click();
    await page.locator('article.memo-editor').waitFor();
    await checkView('memo');

    await tab(page, 'Documents').click();
    await page.waitForSelector('nav[aria-label="Project views"] a[aria-current="page"]:has-text("Documents")');
    await waitForView(page);
    await page.locator('main table.listing a[href*="/documents/"]').first().click();
    await page.waitForURL(/#\/projects\/[^/]+\/documents\/[^/?]+/);
    await page.locator('.transcript .turn').first().waitFor();
    await checkView('document');
    // The transcript scrolls down, never sideways: its turns and margin wrap within its box.
    const transcript = await page.locator('.transcript').evaluate((el) => {
      const box = el as unknown as { scrollWidth: number; clientWidth: number };
      return { scrollWidth: box.scrollWidth, clientWidth: box.clientWidth };
    });
    expect(transcript.scrollWidth).toBeLessThanOrEqual(transcript.clientWidth + 1);
  });

  it('logged no console error and loaded nothing from outside this server', () => {
    expect(watched.errors).toEqual([]);
    expect(foreignRequests(watched.requests, server!.origin)).toEqual([]);
  });
});
