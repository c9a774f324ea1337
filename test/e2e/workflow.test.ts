/**
 * A researcher's whole session in a real browser, in order: log in, import a real interview
 * transcript, code sentences selected with the mouse, watch a second tab follow live, retrieve the
 * coded text, write a linked memo, then undo and redo from the keyboard — with no console error and
 * nothing requested from anywhere but this server. Screenshots: test-results/workflow-*.png.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, screenshot, waitForView, watchedPage, type WatchedPage as Watched } from '../helpers/browser.js';
import { sparks } from '../helpers/cli.js';
import type { ServerProcess } from '../helpers/server-process.js';
import { closeStage, openStage, type Stage } from '../helpers/stage.js';
import { bar, focusedLabel, highlight, inTranscriptView, notice, selectWithMouse, tab } from './steps.js';

const PROJECT = 'Estudio piloto: momentos de encuentro 🌱';
/** A real interview (PDPilot user study, BSD-3-Clause; see /work/shared/data/SOURCES.md), imported as a PDF. */
const TRANSCRIPT = '/work/shared/data/pdpilot-interviews/transcripts_pdf/P1.pdf';
const DOC = 'P1';
const FIRST = { sentence: 'Yeah, we use PDP and ICE plots.', filter: 'humor', name: 'Humor', path: 'Triggers of moments of meeting/Humor' };
const SECOND = { sentence: 'Can you describe what tasks you use them for?', filter: 'relief', name: 'Relief', path: 'Main effects/Relief' };
const MEMO = { title: 'Humor que abrió la conversación', body: 'El participante se ríe al hablar de sus gráficos; ¿señal de alianza? 😊' };
const LIVE_MS = 15_000;
const WAIT = { timeout: 30_000 };

describe('a researcher’s workflow in Chromium', { timeout: 300_000 }, () => {
  let stage: Stage | undefined;
  let dir = '';
  let server: ServerProcess | undefined;
  let context: BrowserContext;
  let one: Watched;
  let two: Watched | undefined;
  let page: Page;
  let projectId = '';
  let documentUrl = '';

  beforeAll(async () => {
    stage = await openStage({
      prepare: async (db, folder) => {
        for (const args of [['project', 'create', PROJECT], ['template', 'apply', PROJECT, 'mom']]) {
          const r = await sparks(db, args);
          if (r.code !== 0) throw new Error(`sparks ${args.join(' ')} failed: ${r.stderr}`);
        }
        // A copy, so the upload's file name is the document's name whatever the source folder holds.
        copyFileSync(TRANSCRIPT, join(folder, `${DOC}.pdf`));
      },
    });
    ({ dir, server } = stage);
    context = await stage.browser.newContext({ viewport: { width: 1280, height: 800 } });
    one = await watchedPage(context);
    page = one.page;
  }, 240_000);

  afterAll(() => closeStage(stage), 60_000);

  /** Press keys and wait for the command the shortcut sends; resolves to its result. */
  async function shortcut(keys: string, command: 'undo' | 'redo'): Promise<{ command: string }> {
    const answered = page.waitForResponse((r: Response) => r.request().method() === 'POST' && r.url().endsWith(`/commands/${command}`));
    await page.keyboard.press(keys);
    const response = await answered;
    expect(response.status()).toBe(200);
    return (await response.json()) as { command: string };
  }

  /** Select a sentence with the mouse, filter the picker by a few letters, press Enter. */
  async function codeSentence(code: typeof FIRST, shot?: string): Promise<void> {
    await selectWithMouse(page, code.sentence);
    const picker = page.getByRole('dialog', { name: 'Code the selection' });
    await picker.waitFor();
    await expect.poll(() => focusedLabel(page)).toBe('Code');
    await expect(picker.locator('.picker-quote').textContent()).resolves.toBe(`“${code.sentence}”`);
    await page.keyboard.type(code.filter);
    await picker.getByRole('option', { selected: true }).filter({ hasText: code.name }).waitFor();
    if (shot) await screenshot(page, shot, false);
    await page.keyboard.press('Enter');
    await picker.waitFor({ state: 'detached' });
    await expect.poll(() => notice(page).textContent(), WAIT).toBe(`Coded with ${code.path}.`);
  }

  it('1. logs in from the printed address and opens the project', async () => {
    await page.goto(server!.loginUrl);
    await waitForView(page);
    await page.getByRole('link', { name: PROJECT }).click();
    await page.waitForURL(/#\/projects\/[^/]+$/);
    projectId = decodeURIComponent(/#\/projects\/([^/?]+)/.exec(page.url())![1]!);
    await waitForView(page);
    await expect(page.locator('main h1').first().textContent()).resolves.toBe('Documents');
    await screenshot(page, 'workflow-project');
  });

  it('2. imports the real transcript through the file input and opens it', async () => {
    await page.locator('input.import-input[type="file"]').setInputFiles(join(dir, `${DOC}.pdf`));
    const imported = page.locator('.import-row').getByRole('link', { name: DOC, exact: true });
    await imported.waitFor();
    await page.locator('table.listing').getByRole('link', { name: DOC, exact: true }).waitFor();
    await screenshot(page, 'workflow-imported');
    await imported.click();
    await page.waitForURL(/#\/projects\/[^/]+\/documents\/[^/?]+$/);
    documentUrl = page.url();
    await waitForView(page);
    await expect(page.locator('main h1').first().textContent()).resolves.toBe(DOC);
    await page.locator('.transcript .turn').first().waitFor();
    await screenshot(page, 'workflow-document', false);
  });

  it('3–4. codes a sentence selected with the mouse, then shows its highlight and margin bar', async () => {
    await codeSentence(FIRST, 'workflow-picker');
    await highlight(page, FIRST.sentence).waitFor();
    await bar(page, FIRST.sentence, FIRST.name).waitFor();
    await screenshot(page, 'workflow-coded', false);
  });

  it('5. a second tab on the same document follows a new coding live, without reload', async () => {
    two = await watchedPage(context);
    await two.page.goto(documentUrl);
    await waitForView(two.page);
    await highlight(two.page, FIRST.sentence).waitFor();
    let loads = 0;
    two.page.on('load', () => loads++);

    await page.bringToFront();
    await codeSentence(SECOND);
    await highlight(page, SECOND.sentence).waitFor();
    await highlight(two.page, SECOND.sentence).waitFor({ timeout: LIVE_MS });
    await bar(two.page, SECOND.sentence, SECOND.name).waitFor({ timeout: LIVE_MS });
    expect(loads).toBe(0);
    await screenshot(two.page, 'workflow-second-tab', false);
  });

  it('6. lists the coded sentence in Segments filtered by its code, linking back to its place', async () => {
    await bar(page, FIRST.sentence, FIRST.name).click();
    const details = page.getByRole('dialog', { name: 'Segment details' });
    await details.waitFor();
    await details.getByRole('link', { name: 'Show in Segments' }).click();
    await page.waitForURL(/\/segments\?code=/);
    await waitForView(page);
    const item = page.locator('.segment-item').filter({ has: page.locator('mark.segment-text', { hasText: FIRST.sentence }) });
    await item.waitFor();
    await expect(page.locator('.segment-item').count()).resolves.toBe(1);
    await expect(item.locator('.segment-codes').textContent()).resolves.toContain(FIRST.path);
    const source = item.locator('.segment-source a');
    await expect(source.textContent()).resolves.toMatch(new RegExp(`^${DOC}, characters \\d+–\\d+$`));
    await screenshot(page, 'workflow-segments');

    await source.click();
    await page.waitForURL(/\/documents\/[^/?]+\?at=\d+$/);
    const coded = highlight(page, FIRST.sentence);
    await coded.waitFor();
    await expect.poll(() => inTranscriptView(coded), WAIT).toBe(true);
  });

  it('7. writes a memo linked to the segment, which autosaves, is listed with its link and survives a reload', async () => {
    await bar(page, FIRST.sentence, FIRST.name).click();
    const details = page.getByRole('dialog', { name: 'Segment details' });
    await details.getByRole('button', { name: 'Write a memo about this' }).click();
    await page.waitForURL(/\/memos\/[^/?]+$/);
    const memoUrl = page.url();
    const editor = page.locator('article.memo-editor');
    const title = editor.getByRole('textbox', { name: 'Title' });
    const body = editor.locator('textarea');
    await expect(title.inputValue()).resolves.toBe('Memo on a passage');
    await title.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(MEMO.title);
    await body.click();
    await page.keyboard.type(MEMO.body);
    const status = editor.locator('.memo-save-status');
    await expect.poll(() => status.textContent(), WAIT).toBe('Saved');
    await screenshot(page, 'workflow-memo');

    await tab(page, 'Memos').click();
    await page.waitForURL(/\/memos$/);
    const entry = page.locator('.memo-list a.memo-entry', { hasText: MEMO.title });
    await entry.waitFor();
    await expect(entry.locator('.memo-entry-links').textContent()).resolves.toMatch(/^On .*Yeah, we use/);
    await screenshot(page, 'workflow-memos');

    await page.goto(memoUrl);
    await page.reload();
    await waitForView(page);
    await expect.poll(() => title.inputValue(), WAIT).toBe(MEMO.title);
    await expect(body.inputValue()).resolves.toBe(MEMO.body);
  });

  it('8. undoes from the keyboard back to the second coding, in both tabs, then redoes it', async () => {
    await page.goto(documentUrl);
    await waitForView(page);
    await highlight(page, SECOND.sentence).waitFor();
    // Focus outside any text field, so Ctrl+Z is the workbench's undo and not a field's.
    await page.locator('main h1').first().click();
    expect(await focusedLabel(page)).toBe('body');

    const undone: string[] = [];
    while (!undone.includes('coding.apply')) {
      expect(undone.length).toBeLessThan(8);
      undone.push((await shortcut('Control+z', 'undo')).command);
    }
    // The memo's edits and creation were the latest changes, so they went first; then the coding.
    expect(undone[0]).toBe('memo.edit');
    expect(undone.at(-2)).toBe('memo.add');
    expect(undone.slice(0, -1).every((c) => c.startsWith('memo.'))).toBe(true);
    for (const p of [page, two!.page]) {
      await expect.poll(() => highlight(p, SECOND.sentence).count(), { timeout: LIVE_MS }).toBe(0);
      await expect.poll(() => bar(p, SECOND.sentence, SECOND.name).count(), { timeout: LIVE_MS }).toBe(0);
      await highlight(p, FIRST.sentence).waitFor();
    }
    await screenshot(page, 'workflow-undone', false);

    expect((await shortcut('Control+Shift+z', 'redo')).command).toBe('redo');
    for (const p of [page, two!.page]) {
      await highlight(p, SECOND.sentence).waitFor({ timeout: LIVE_MS });
      await bar(p, SECOND.sentence, SECOND.name).waitFor({ timeout: LIVE_MS });
    }
    await screenshot(page, 'workflow-redone', false);
  });

  it('9. logged no console error and requested nothing outside this server, in either tab', () => {
    for (const w of [one, two!]) {
      expect(w.errors).toEqual([]);
      expect(w.requests.length).toBeGreaterThan(0);
      expect(foreignRequests(w.requests, server!.origin)).toEqual([]);
    }
  });
});
