/**
 * The workbench in a real browser, as a newcomer meets it: `sparks start` with the demo project,
 * the login link, every project view and the help panel — with no console error and nothing loaded
 * from anywhere but this server. Asserts only the stable frame (headings, tabs, the help dialog),
 * and leaves a screenshot of each view in test-results/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, newPage, screenshot, waitForView, type WatchedPage } from '../helpers/browser.js';
import type { ServerProcess } from '../helpers/server-process.js';
import { closeStage, openStage, type Stage } from '../helpers/stage.js';

const DEMO = 'Moments of meeting (demo)';
const TABS = ['Documents', 'Code system', 'Segments', 'Memos', 'Analysis', 'Members', 'History'] as const;

describe('the workbench in Chromium', { timeout: 240_000 }, () => {
  let stage: Stage | undefined;
  let server: ServerProcess | undefined;
  let watched: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    // `start` creates the demo project in the fresh database, then serves it.
    stage = await openStage({ command: 'start' });
    server = stage.server;
    watched = await newPage(stage.browser);
    page = watched.page;
  }, 240_000);

  afterAll(() => closeStage(stage), 60_000);

  const tab = (label: string) => page.locator('nav[aria-label="Project views"] a', { hasText: label }).first();

  it('logs in from the printed address and lists the demo project', async () => {
    await page.goto(server!.loginUrl);
    await waitForView(page);
    expect(new URL(page.url()).origin).toBe(server!.origin);
    await expect(page.locator('main h1').first().textContent()).resolves.toBe('Projects');
    await page.getByRole('link', { name: DEMO }).waitFor();
    await screenshot(page, 'projects');
  });

  it('opens the demo project and shows every view under the project tabs', async () => {
    await page.getByRole('link', { name: DEMO }).click();
    await page.waitForSelector('nav[aria-label="Project views"]');
    await waitForView(page);
    await screenshot(page, 'documents');

    // A document: the first link to one in the documents view (the route is #/projects/ID/documents/DOC).
    await page.locator('main a[href*="/documents/"]').first().click();
    await page.waitForURL(/#\/projects\/[^/]+\/documents\/[^/?]+/);
    await waitForView(page);
    await screenshot(page, 'document');

    for (const label of TABS) {
      await tab(label).click();
      await page.waitForSelector(`nav[aria-label="Project views"] a[aria-current="page"]:has-text("${label}")`);
      await waitForView(page);
      expect(await page.locator('main :is(h1, h2)').first().isVisible()).toBe(true);
      await screenshot(page, label.toLowerCase().replace(/ /g, '-'));
    }
  });

  it('shows the keyboard help on "?" and closes it with Escape', async () => {
    await page.locator('main :is(h1, h2)').first().click();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ state: 'visible' });
    // The dialog overlays the viewport, so that is what to see.
    await screenshot(page, 'help', false);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('logged no console error and loaded nothing from outside this server', () => {
    expect(watched.errors).toEqual([]);
    expect(watched.requests.length).toBeGreaterThan(0);
    expect(foreignRequests(watched.requests, server!.origin)).toEqual([]);
  });
});
