/**
 * Steps shared by the browser tests: logging in and opening a project's tab, selecting transcript
 * text with the real mouse, and locators for highlights, margin bars and the notice line.
 */
import type { Locator, Page } from 'playwright-core';
import { newPage, waitForView, type WatchedPage } from '../helpers/browser.js';
import type { Stage } from '../helpers/stage.js';

/** The project's tab link with this label. */
export const tab = (page: Page, label: string): Locator => page.locator('nav[aria-label="Project views"] a', { hasText: label }).first();

/** A new page in its own context, logged in through the address the server printed: where each test's browser starts. */
export async function loggedInPage(stage: Stage): Promise<WatchedPage> {
  const watched = await newPage(stage.browser);
  await watched.page.goto(stage.server.loginUrl);
  return watched;
}

/** A new logged-in page on the `label` tab of the project named `project`, its view loaded: most tests' first screen. */
export async function openProject(stage: Stage, project: string, label: string): Promise<WatchedPage> {
  const watched = await loggedInPage(stage);
  await watched.page.getByRole('link', { name: project }).click({ timeout: 30_000 });
  await tab(watched.page, label).click();
  await waitForView(watched.page);
  return watched;
}

/** The highlight whose text is exactly `text` (a whole coded sentence). */
export const highlight = (page: Page, text: string): Locator =>
  page.locator('.transcript span.hl').filter({ hasText: new RegExp(`^${escape(text)}$`) });

/** The margin bar naming `codeName`, in the row that holds `text`. */
export const bar = (page: Page, text: string, codeName: string): Locator =>
  page.locator('.transcript .turn', { hasText: text })
    .locator('button.bar').filter({ has: page.locator('.bar-name', { hasText: new RegExp(`^${escape(codeName)}$`) }) });

/** The shared notice line under the tabs. */
export const notice = (page: Page): Locator => page.locator('p.notice');

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Minimal DOM typings for functions run in the page (the test build has no DOM library). */
interface Box { left: number; right: number; top: number; bottom: number }
interface TextNode { data: string }
interface Piece { firstChild: TextNode | null; scrollIntoView(options: object): void }
interface Dom {
  document: {
    querySelectorAll(selector: string): Iterable<Piece & { textContent: string | null }>;
    querySelector(selector: string): { getBoundingClientRect(): Box } | null;
    createRange(): { setStart(node: TextNode, offset: number): void; setEnd(node: TextNode, offset: number): void; getBoundingClientRect(): Box };
  };
  requestAnimationFrame(callback: () => void): number;
}

/**
 * Where a sentence of the transcript starts and ends on screen: the middle of its first character's
 * left edge and of its last character's right edge (just inside each), after scrolling it into view.
 */
async function sentencePoints(page: Page, sentence: string): Promise<{ from: { x: number; y: number }; to: { x: number; y: number } }> {
  await page.locator('.transcript [data-start]', { hasText: sentence }).first().waitFor();
  return page.evaluate(async (sentence) => {
    const { document, requestAnimationFrame } = globalThis as unknown as Dom;
    const find = () => [...document.querySelectorAll('.transcript [data-start]')].find((p) => p.firstChild?.data.includes(sentence));
    const before = find();
    if (!before?.firstChild) throw new Error(`No text piece holds “${sentence}”.`);
    before.scrollIntoView({ block: 'center' });
    await new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
    // A live change may have redrawn the row meanwhile: measure the text as it is now.
    const piece = find();
    if (!piece?.firstChild) throw new Error(`No text piece holds “${sentence}” any more.`);
    const node = piece.firstChild;
    const first = node.data.indexOf(sentence);
    const last = first + sentence.length - 1;
    const box = (from: number, to: number) => {
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, to);
      return range.getBoundingClientRect();
    };
    const a = box(first, first + 1);
    const b = box(last, last + 1);
    return {
      from: { x: a.left + 1, y: (a.top + a.bottom) / 2 },
      to: { x: b.right - 1, y: (b.top + b.bottom) / 2 },
    };
  }, sentence);
}

/** Select a sentence as a researcher does: press on its first character, drag to its last, release. */
export async function selectWithMouse(page: Page, sentence: string): Promise<void> {
  const { from, to } = await sentencePoints(page, sentence);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
}

/** Whether the element's box lies (at least partly) inside the transcript's visible box. */
export async function inTranscriptView(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const view = await locator.page().locator('.transcript').boundingBox();
  if (!box || !view) return false;
  return box.y + box.height > view.y && box.y < view.y + view.height;
}

/** The label of the focused element, or its tag when it has none. */
export function focusedLabel(page: Page): Promise<string> {
  return page.evaluate(() => {
    const { document } = globalThis as unknown as { document: { activeElement: { tagName: string; getAttribute(n: string): string | null } | null } };
    const el = document.activeElement;
    return el?.getAttribute('aria-label') ?? el?.tagName.toLowerCase() ?? '';
  });
}
